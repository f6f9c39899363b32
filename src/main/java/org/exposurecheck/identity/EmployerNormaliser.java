package org.exposurecheck.identity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Employers and schools: Chinese in Simplified without spaces; English lower-case words without
 * punctuation, legal suffixes ("Ltd", "Limited", "Co.") and a leading "The".
 */
final class EmployerNormaliser {
    private static final Set<String> DROPPED_WORDS = Set.of("the", "ltd", "limited", "co", "company", "inc",
            "corp", "corporation", "plc", "llc");

    private EmployerNormaliser() {
    }

    static Normalised normalise(String raw) {
        String text = Text.clean(raw);
        String form;
        if (Text.containsHan(text)) {
            form = ChineseText.simplified(Text.removeSpaces(text)).replaceAll("[\\p{Punct}（）「」、。·]", "")
                    .replaceAll("(有限公司|公司)$", "");
        } else {
            form = Arrays.stream(Text.lower(Text.toAscii(text)).split("[^a-z0-9]+"))
                    .filter(word -> !word.isEmpty() && !DROPPED_WORDS.contains(word))
                    .collect(Collectors.joining(" "));
        }
        if (form.isBlank()) {
            return Normalised.invalid(Problem.EMPLOYER_UNREADABLE);
        }
        return Normalised.of(FormKind.EMPLOYER, form);
    }
}
