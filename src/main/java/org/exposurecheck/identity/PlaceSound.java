package org.exposurecheck.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sound keys of Hong Kong building names, so an address written in English meets the same address written in
 * Chinese without a gazetteer: most estate and building names are Cantonese readings (華富邨 Wah Fu Estate,
 * 石硤尾邨 Shek Kip Mei Estate, 葵涌 Kwai Chung), and the generic words have fixed translations
 * (邨/村 Estate, 苑 Court, 花園 Garden(s), 大廈 Building/Mansion, 中心 Centre). "Wah Fu Estate" and 華富邨 both
 * become {@code w-a f-u estate}.
 *
 * <p>Syllables are keyed as names are ({@link CantoneseSound}), then merged further where the Hong Kong
 * government's romanisation of places departs from today's readings: "Kwun" for gun (觀塘 Kwun Tong), "Sun"
 * and "Shun" for san and seon (新, 順), "Hom" for ham (紅磡 Hung Hom), "Lek" for lik (瀝源 Lek Yuen), "Cheong"
 * for coeng, and a few place readings Unihan lacks (硤 Kip, 輋 Che). Syllables run together ("Taikoo",
 * "Fanling") are split. A name that is an English word ("Silverbrook") has no key: linking it to its Chinese
 * name would take a gazetteer, and a wrong link would be a false match.
 */
final class PlaceSound {
    /** English type words and the class their Chinese generic words share. */
    private static final Map<String, String> ENGLISH_TYPES = Map.of("estate", "estate", "court", "court", "garden", "garden",
            "gardens", "garden", "building", "building", "mansion", "building", "mansions", "building", "centre", "centre");
    /** 邨/村 romanised, as in "Mei Foo Sun Chuen" or "Kam Tin Tsuen", is the estate word too. */
    private static final List<String> ROMANISED_ESTATE = List.of("chuen", "tsuen");
    /** Chinese generic words, in Simplified as the address parser leaves them (邨 is already 村), longest first. */
    private static final List<Map.Entry<String, String>> CHINESE_TYPES = List.of(Map.entry("花园", "garden"),
            Map.entry("大厦", "building"), Map.entry("中心", "centre"), Map.entry("村", "estate"), Map.entry("苑", "court"));
    /** Place readings Unihan's kCantonese leaves out: 石硤尾 Shek Kip Mei, 禾輋 Wo Che, 茜草灣 Sai Tso Wan. */
    private static final Map<Character, String> PLACE_READINGS = Map.of('硤', "gip3", '硖', "gip3", '輋', "ce1", '茜', "sai1");
    /** Finals the government romanisation writes differently, mapped to one key final. */
    private static final Map<String, String> PLACE_FINALS = Map.of("om", "am", "un", "an", "ek", "ik", "eng", "ing", "eong", "eung");
    private static final int MAX_SYLLABLES = 6;
    private static final int MAX_READING_COMBINATIONS = 4;

    private PlaceSound() {
    }

    /** The key of a building name in lower-case ASCII words ("wah fu estate"), if every word before the type is Cantonese. */
    static Optional<String> ofRomanised(String building) {
        List<String> words = new ArrayList<>(List.of(building.trim().split("\\s+")));
        String last = words.get(words.size() - 1);
        String type = "";
        if (ENGLISH_TYPES.containsKey(last)) {
            type = ENGLISH_TYPES.get(last);
            words.remove(words.size() - 1);
        } else if (ROMANISED_ESTATE.contains(last) && words.size() > 1) {
            type = "estate";
            words.remove(words.size() - 1);
        }
        List<String> keys = new ArrayList<>();
        for (String word : words) {
            Optional<List<String>> syllables = syllables(word);
            if (syllables.isEmpty()) {
                return Optional.empty();
            }
            keys.addAll(syllables.get());
        }
        if (keys.isEmpty() || keys.size() > MAX_SYLLABLES) {
            return Optional.empty();
        }
        return Optional.of(join(keys, type));
    }

    /** The keys of a building name in Simplified characters ("华富村"), one per reading, at most {@value #MAX_READING_COMBINATIONS}. */
    static List<String> ofChinese(String building) {
        String stem = building;
        String type = "";
        for (Map.Entry<String, String> generic : CHINESE_TYPES) {
            if (stem.endsWith(generic.getKey()) && stem.length() > generic.getKey().length()) {
                stem = stem.substring(0, stem.length() - generic.getKey().length());
                type = generic.getValue();
                break;
            }
        }
        if (stem.length() > MAX_SYLLABLES) {
            return List.of();
        }
        List<List<String>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (char character : stem.toCharArray()) {
            List<String> readings = new ArrayList<>(CantoneseSound.readings(character));
            String place = PLACE_READINGS.get(character);
            if (place != null) {
                readings.add(0, place);
            }
            if (readings.isEmpty()) {
                return List.of();
            }
            List<List<String>> extended = new ArrayList<>();
            for (List<String> partial : combinations) {
                for (String reading : readings) {
                    if (extended.size() < MAX_READING_COMBINATIONS) {
                        List<String> next = new ArrayList<>(partial);
                        next.add(merged(CantoneseSound.ofJyutping(reading)));
                        extended.add(next);
                    }
                }
            }
            combinations = extended;
        }
        String finalType = type;
        return combinations.stream().map(keys -> join(keys, finalType)).distinct().toList();
    }

    /** One word as syllable keys: itself, or split into two to four syllables ("taikoo" → tai koo); empty if it is not Cantonese. */
    private static Optional<List<String>> syllables(String word) {
        Optional<String> whole = syllable(word);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        return split(word, 4);
    }

    /** The first split, longest first syllable first, that leaves only syllables starting with a consonant ("shatin" is sha tin, not shat in). */
    private static Optional<List<String>> split(String word, int maxParts) {
        if (maxParts < 2) {
            return Optional.empty();
        }
        for (int end = word.length() - 1; end >= 1; end--) {
            Optional<String> first = syllable(word.substring(0, end));
            String rest = word.substring(end);
            if (first.isEmpty() || !startsWithConsonant(rest)) {
                continue;
            }
            Optional<String> restWhole = syllable(rest);
            Optional<List<String>> restKeys = restWhole.isPresent() ? Optional.of(List.of(restWhole.get())) : split(rest, maxParts - 1);
            if (restKeys.isPresent()) {
                List<String> keys = new ArrayList<>(List.of(first.get()));
                keys.addAll(restKeys.get());
                return Optional.of(keys);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWithConsonant(String text) {
        return !text.isEmpty() && "aeiou".indexOf(text.charAt(0)) < 0;
    }

    /** The merged key of one romanised syllable, if it is one (a known initial and final). */
    private static Optional<String> syllable(String word) {
        if (!word.matches("[a-z]{1,6}")) {
            return Optional.empty();
        }
        String key = merged(CantoneseSound.ofRomanised(word));
        String fin = key.substring(key.indexOf('-') + 1);
        boolean syllabicNasal = key.equals("ng-") || key.equals("m-");
        return syllabicNasal || CantoneseSound.isKeyFinal(fin) ? Optional.of(key) : Optional.empty();
    }

    /** Applies the place-name merges to a syllable key ("kw-un" → "k-an"). */
    private static String merged(String key) {
        int dash = key.indexOf('-');
        String initial = key.substring(0, dash);
        String fin = key.substring(dash + 1);
        if (initial.equals("kw") && fin.startsWith("u")) {
            initial = "k";
        }
        return initial + "-" + PLACE_FINALS.getOrDefault(fin, fin);
    }

    private static String join(List<String> keys, String type) {
        String joined = String.join(" ", keys);
        return type.isEmpty() ? joined : joined + " " + type;
    }
}
