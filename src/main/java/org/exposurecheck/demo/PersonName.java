package org.exposurecheck.demo;

import java.util.List;
import java.util.Locale;

/**
 * A fictional person's name: Chinese surname and given name in Traditional characters, their Hong Kong
 * Government Cantonese romanisation (one syllable per character, "Au Yeung" for 歐陽), and an optional
 * Western given name ("Peter").
 */
record PersonName(String surname, String surnameRoman, String given, List<String> givenRoman, String western) {
    PersonName {
        givenRoman = List.copyOf(givenRoman);
    }

    String chinese() {
        return surname + given;
    }

    boolean hasWestern() {
        return western != null;
    }

    /** "CHAN", "AU YEUNG": the upper-case surname of official documents. */
    String upperSurname() {
        return surnameRoman.toUpperCase(Locale.ROOT);
    }

    /** "Tai Man". */
    String givenSpaced() {
        return String.join(" ", givenRoman);
    }

    /** "Tai-man", as newspapers write it. */
    String givenHyphenated() {
        return givenRoman.get(0) + givenRoman.subList(1, givenRoman.size()).stream()
                .map(syllable -> "-" + syllable.toLowerCase(Locale.ROOT)).reduce("", String::concat);
    }

    /** Lower-case syllables without spaces, for e-mail addresses and handles: "taiman", "auyeung". */
    String givenCompact() {
        return compact(givenSpaced());
    }

    String surnameCompact() {
        return compact(surnameRoman);
    }

    PersonName withWestern(String otherWestern) {
        return new PersonName(surname, surnameRoman, given, givenRoman, otherWestern);
    }

    private static String compact(String words) {
        return words.toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
