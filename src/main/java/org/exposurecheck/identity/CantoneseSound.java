package org.exposurecheck.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A coarse Cantonese sound key per syllable, so a romanised name meets the Chinese characters it
 * romanises and its spelling variants meet each other: "Tsz", "Chi" and Jyutping zi2 all become
 * {@code c-i}; "Lee", "Li", "Lei" and lei5 become {@code l-i}; "Chow", "Chau" and zau1 become {@code c-au}.
 * Hong Kong Government romanisation drops aspiration and voicing (d/t → T, z/c → Ch/Ts), so the key
 * merges exactly those. Readings come from Unihan's kCantonese field (cantonese-readings.tsv); written by
 * hand because no Java library romanises Cantonese.
 */
final class CantoneseSound {
    private static final String[] ROMANISED_INITIALS = {"tsz", "sz", "ch", "ts", "tz", "sh", "kw", "gw", "ng",
            "b", "p", "d", "t", "g", "k", "c", "z", "j", "s", "y", "h", "f", "l", "m", "n", "w"};
    private static final String[] JYUTPING_INITIALS = {"ng", "gw", "kw", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k",
            "h", "w", "z", "c", "s", "j"};
    private static final Map<String, String> INITIAL_CLASS = Map.ofEntries(
            Map.entry("b", "p"), Map.entry("p", "p"), Map.entry("d", "t"), Map.entry("t", "t"), Map.entry("g", "k"),
            Map.entry("k", "k"), Map.entry("gw", "kw"), Map.entry("kw", "kw"), Map.entry("z", "c"), Map.entry("c", "c"),
            Map.entry("ch", "c"), Map.entry("ts", "c"), Map.entry("tz", "c"), Map.entry("tsz", "c"), Map.entry("s", "s"),
            Map.entry("sh", "s"), Map.entry("sz", "s"), Map.entry("j", "y"), Map.entry("y", "y"), Map.entry("ng", "ng"),
            Map.entry("h", "h"), Map.entry("f", "f"), Map.entry("l", "l"), Map.entry("m", "m"), Map.entry("n", "n"),
            Map.entry("w", "w"), Map.entry("", ""));
    /** How Hong Kong spellings write each final, mapped to the key's final. */
    private static final Map<String, String> ROMANISED_FINALS = finals(
            "a=a aa=a ah=a ai=ai aai=ai au=au aau=au ow=au am=am aam=am um=am an=an aan=an ang=ang aang=ang ap=ap aap=ap "
            + "at=at aat=at ak=ak e=e eh=e eng=eng ek=ek i=i ee=i ei=i ey=i ie=i y=i ay=i iu=iu eu=iu im=im in=in "
            + "ing=ing ip=ip it=it ik=ik o=o oh=o ou=o aw=o oi=oi oy=oi on=on ong=ong ot=ot ok=ok u=u oo=u ue=u ueh=u "
            + "ui=ui ooi=ui eui=ui un=un oon=un uen=yun uan=yun ung=ung oong=ung uk=uk ook=uk ut=ut eung=eung ueng=eung "
            + "euk=euk uet=yut");
    /** Jyutping finals, mapped to the same key finals. */
    private static final Map<String, String> JYUTPING_FINALS = finals(
            "aa=a aai=ai aau=au aam=am aan=an aang=ang aap=ap aat=at aak=ak ai=ai au=au am=am an=an ang=ang ap=ap at=at "
            + "ak=ak e=e ei=i eu=iu em=em eng=eng ep=ep ek=ek i=i iu=iu im=im in=in ing=ing ip=ip it=it ik=ik o=o oi=oi "
            + "ou=o on=on ong=ong ot=ot ok=ok u=u ui=ui un=un ung=ung ut=ut uk=uk oe=eu oeng=eung oek=euk eoi=ui eon=un "
            + "eot=ut yu=u yun=yun yut=yut");
    private static final Set<String> KEY_FINALS = keyFinals();
    /** Surname readings Unihan's kCantonese leaves out (區 Au, 單 Sin, 覃 Tam, 繆 Miu, 解 Hai, 查 Cha). */
    private static final Map<Character, String> SURNAME_READINGS = Map.of('區', "au1", '区', "au1", '單', "sin6", '单', "sin6",
            '覃', "taam4", '繆', "miu6", '缪', "miu6", '解', "haai6", '查', "caa4");

    private CantoneseSound() {
    }

    /** The key of one romanised syllable ("Tsz" → "c-i"); a word that is not one keeps its letters ("peter" → "p-eter"). */
    static String ofRomanised(String word) {
        String lower = Text.lower(word);
        if (lower.equals("ng") || lower.equals("m")) {
            return lower + "-";
        }
        String initial = "";
        for (String candidate : ROMANISED_INITIALS) {
            if (lower.startsWith(candidate) && lower.length() >= candidate.length()) {
                initial = candidate;
                break;
            }
        }
        String rest = lower.substring(initial.length());
        String fin;
        if ((initial.equals("tsz") || initial.equals("sz")) && (rest.isEmpty() || rest.equals("e"))) {
            fin = "i";
        } else {
            fin = ROMANISED_FINALS.getOrDefault(rest, rest);
        }
        return key(INITIAL_CLASS.get(initial), fin);
    }

    /** The key of one Jyutping syllable ("zi2" → "c-i"). */
    static String ofJyutping(String syllable) {
        String bare = syllable.replaceAll("[0-9]", "");
        if (bare.equals("ng") || bare.equals("m")) {
            return bare + "-";
        }
        String initial = "";
        for (String candidate : JYUTPING_INITIALS) {
            if (bare.startsWith(candidate) && bare.length() > candidate.length()) {
                initial = candidate;
                break;
            }
        }
        String rest = bare.substring(initial.length());
        return key(INITIAL_CLASS.get(initial), JYUTPING_FINALS.getOrDefault(rest, rest));
    }

    /** "Ip" and Jyutping jip6 are the same syllable: a final starting with i or u keeps an implied y. */
    private static String key(String initialClass, String fin) {
        String initial = initialClass.isEmpty() && (fin.startsWith("i") || fin.startsWith("u") || fin.startsWith("yu"))
                ? "y" : initialClass;
        return initial + "-" + fin;
    }

    /** True for a final a key can end in, e.g. "ung" from "Chung" or zung1; false for the leftover letters of a non-syllable. */
    static boolean isKeyFinal(String fin) {
        return KEY_FINALS.contains(fin);
    }

    /** The Jyutping readings of a character, or an empty list when Unihan has none. */
    static List<String> readings(char character) {
        List<String> readings = new ArrayList<>(Table.READINGS.getOrDefault(character, List.of()));
        String surname = SURNAME_READINGS.get(character);
        if (surname != null && !readings.contains(surname)) {
            readings.add(surname);
        }
        return readings;
    }

    private static Set<String> keyFinals() {
        Set<String> finals = new HashSet<>(ROMANISED_FINALS.values());
        finals.addAll(JYUTPING_FINALS.values());
        return Set.copyOf(finals);
    }

    private static Map<String, String> finals(String spec) {
        Map<String, String> map = new HashMap<>();
        for (String pair : spec.split(" ")) {
            String[] parts = pair.split("=");
            map.put(parts[0], parts[1]);
        }
        return Map.copyOf(map);
    }

    /** Loaded on first use: 25,000 characters, about 240 KB. */
    private static final class Table {
        static final Map<Character, List<String>> READINGS = load();

        private static Map<Character, List<String>> load() {
            Map<Character, List<String>> readings = new HashMap<>(32_768);
            try (InputStream in = CantoneseSound.class.getResourceAsStream("cantonese-readings.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("cantonese-readings.tsv is missing from the application");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    readings.put(line.charAt(0), List.of(line.substring(tab + 1).split(" ")));
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            return readings;
        }
    }
}
