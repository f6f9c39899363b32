package org.exposurecheck.identity;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Chinese text compared in Simplified form, so 陳大文 and 陈大文 meet. ICU's Traditional-Simplified
 * does the work; the small table first maps Hong Kong variant characters ICU leaves alone (峯, 邨…)
 * to their standard Traditional form.
 */
final class ChineseText {
    private static final Map<Character, Character> HK_VARIANTS = Map.ofEntries(
            Map.entry('峯', '峰'), Map.entry('邨', '村'), Map.entry('衞', '衛'), Map.entry('麪', '麵'),
            Map.entry('羣', '群'), Map.entry('啓', '啟'), Map.entry('裡', '裏'), Map.entry('鷄', '雞'),
            Map.entry('眞', '真'), Map.entry('爲', '為'), Map.entry('衆', '眾'), Map.entry('敎', '教'),
            Map.entry('綫', '線'), Map.entry('僞', '偽'), Map.entry('粧', '妝'));
    private static final Transliterator TRADITIONAL_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final ULocale CHINESE = ULocale.forLanguageTag("zh");

    private ChineseText() {
    }

    /** The Simplified form of a text, Hong Kong variants included; characters outside Han pass through. */
    static String simplified(String text) {
        StringBuilder standard = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            standard.append(HK_VARIANTS.getOrDefault(c, c));
        }
        synchronized (TRADITIONAL_SIMPLIFIED) {
            return TRADITIONAL_SIMPLIFIED.transliterate(standard.toString());
        }
    }

    /** Reads a number written in digits or in Chinese numerals (三, 十二, 二十一). */
    static OptionalInt number(String text) {
        if (text.chars().allMatch(Character::isDigit) && !text.isEmpty() && text.length() < 6) {
            return OptionalInt.of(Integer.parseInt(text));
        }
        // A new formatter each time: ICU formatters are not thread-safe and this is not a hot path.
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(CHINESE, RuleBasedNumberFormat.SPELLOUT);
        ParsePosition position = new ParsePosition(0);
        Number parsed = spellout.parse(text, position);
        if (parsed == null || position.getIndex() != text.length() || position.getIndex() == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(parsed.intValue());
    }
}
