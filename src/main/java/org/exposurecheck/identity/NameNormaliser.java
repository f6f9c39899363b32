package org.exposurecheck.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names. Chinese names are compared in Simplified without spaces. Romanised names become the sorted
 * set of their syllables' Cantonese sound keys ({@link CantoneseSound}), so "CHAN Tai Man",
 * "Chan Tai-man", "Tai Man Chan" and "CHAN, Tai Man" meet without a table of surnames, and so do
 * spelling variants (Lee/Li, Chow/Chau, Tsz/Chi). A Chinese name also yields the sound keys of its
 * characters' readings, so 陳大文 meets "Chan Tai Man" when a leak prints only one of them.
 * A Western given name written before an upper-case surname ("Peter CHAN Tai Man") also yields the
 * forms without it and with the surname alone, because people and leaks use all three.
 * See docs/decisions/0003-names-as-syllable-sets.md.
 */
final class NameNormaliser {
    private static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}·•]+");
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}']+");

    /** Most names have one reading per character; this caps what a rare many-reading name costs in tokens. */
    private static final int MAX_READING_COMBINATIONS = 8;

    private NameNormaliser() {
    }

    static Normalised normalise(String raw) {
        String text = SPACE_BETWEEN_HAN.matcher(Text.clean(raw)).replaceAll("");
        Set<String> forms = new LinkedHashSet<>();
        Matcher han = HAN_RUN.matcher(text);
        while (han.find()) {
            String characters = han.group().replaceAll("[·•]", "");
            if (characters.length() >= 2) {
                forms.add(ChineseText.simplified(characters));
                forms.addAll(soundForms(characters));
            }
        }
        forms.addAll(romanisedForms(HAN_RUN.matcher(text).replaceAll(" ")));
        if (forms.isEmpty()) {
            return Normalised.invalid(Problem.NAME_UNREADABLE);
        }
        List<CanonicalForm> result = new ArrayList<>();
        forms.forEach(form -> result.add(new CanonicalForm(FormKind.NAME, form)));
        return Normalised.of(result);
    }

    private static List<String> romanisedForms(String text) {
        String ascii = Text.toAscii(text);
        List<String> words = new ArrayList<>();
        int surnameIndex = -1;
        Matcher word = LATIN_WORD.matcher(ascii.replace('-', ' '));
        while (word.find()) {
            String w = word.group().replace("'", "");
            if (w.isEmpty()) {
                continue;
            }
            if (surnameIndex < 0 && w.length() >= 2 && isUpperCase(w)) {
                surnameIndex = words.size();
            }
            words.add(w);
        }
        List<String> forms = new ArrayList<>();
        if (words.isEmpty()) {
            return forms;
        }
        forms.add(sortedSyllables(words));
        boolean mixedCase = !words.stream().allMatch(NameNormaliser::isUpperCase);
        // "Peter CHAN Tai Man": an upper-case surname after mixed-case words marks those as Western given names.
        // With a comma ("CHAN, Tai Man") the surname comes first and nothing before it is a given name.
        if (mixedCase && surnameIndex > 0 && !ascii.contains(",")) {
            List<String> western = words.subList(0, surnameIndex);
            List<String> chineseOrder = words.subList(surnameIndex, words.size());
            if (chineseOrder.size() > 1) {
                forms.add(sortedSyllables(chineseOrder));
            }
            List<String> westernName = new ArrayList<>(western);
            // A surname may be two upper-case words ("AU YEUNG"); all of them go with the Western name.
            for (int i = surnameIndex; i < words.size() && isUpperCase(words.get(i)); i++) {
                westernName.add(words.get(i));
            }
            forms.add(sortedSyllables(westernName));
        }
        return forms;
    }

    private static boolean isUpperCase(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static String sortedSyllables(List<String> words) {
        return sorted(words.stream().map(CantoneseSound::ofRomanised).toList());
    }

    private static String sorted(List<String> keys) {
        return keys.stream().sorted().reduce((a, b) -> a + " " + b).orElseThrow();
    }

    /** The sound keys of every reading of the name, at most {@value #MAX_READING_COMBINATIONS} combinations. */
    private static List<String> soundForms(String characters) {
        List<List<String>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (char character : characters.toCharArray()) {
            List<String> readings = CantoneseSound.readings(character);
            if (readings.isEmpty()) {
                return List.of();
            }
            List<List<String>> extended = new ArrayList<>();
            for (List<String> partial : combinations) {
                for (String reading : readings) {
                    if (extended.size() < MAX_READING_COMBINATIONS) {
                        List<String> next = new ArrayList<>(partial);
                        next.add(CantoneseSound.ofJyutping(reading));
                        extended.add(next);
                    }
                }
            }
            combinations = extended;
        }
        return combinations.stream().map(NameNormaliser::sorted).toList();
    }
}
