package org.exposurecheck.identity;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text clean-up shared by the normalisers: NFKC (full-width to ASCII), whitespace, accents, scripts. */
final class Text {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    // ICU transliterators are not documented as thread-safe; every use goes through a synchronized helper.
    private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");

    private Text() {
    }

    /** NFKC, unified whitespace, trimmed. Turns full-width digits, letters and brackets into ASCII. */
    static String clean(String raw) {
        return SPACES.matcher(NFKC.normalize(raw)).replaceAll(" ").trim();
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static boolean containsHan(String text) {
        return HAN.matcher(text).find();
    }

    /** Removes accents and other Latin-script decorations: "Chän" → "Chan". */
    static String toAscii(String text) {
        synchronized (LATIN_ASCII) {
            return LATIN_ASCII.transliterate(text);
        }
    }

    static String removeSpaces(String text) {
        return SPACES.matcher(text).replaceAll("");
    }
}
