package org.exposurecheck.base;

import com.ibm.icu.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One plain sentence for a person, kept as a bundle key and named arguments rather than as text, so the
 * app can say it in the person's language (en, zh-HK, zh-CN) and the command line in English.
 * Arguments are file names, fingerprints, numbers and ISO dates, never personal data; they are shown as
 * {@link DisplayText}, because a file name or a value read from a pack can carry escape sequences.
 */
public record Sentence(String bundle, String key, Map<String, Object> arguments) {
    private static final int MAX_ARGUMENT_CODE_POINTS = 2000;

    public Sentence {
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** {@code namesAndValues} alternates argument names and their values: {@code "pack", id, "sequence", 3}. */
    public static Sentence of(String bundle, String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Arguments come in name and value pairs");
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], DisplayText.clean(String.valueOf(namesAndValues[i + 1]), MAX_ARGUMENT_CODE_POINTS));
        }
        return new Sentence(bundle, key, arguments);
    }

    public String in(Locale locale) {
        return new MessageFormat(Bundles.get(bundle, locale).getString(key), locale).format(arguments);
    }

    public String inEnglish() {
        return in(Locale.ENGLISH);
    }
}
