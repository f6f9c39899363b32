package org.exposurecheck.cli;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --lang}: the language of printed summaries, one of the app's three. */
final class SummaryLanguageOption {
    private static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ENGLISH, "zh-HK", Locale.forLanguageTag("zh-HK"),
            "zh-CN", Locale.forLanguageTag("zh-CN"));

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Locale locale = Locale.ENGLISH;

    @Option(names = "--lang", paramLabel = "LANG", description = "The language of printed summaries: en (default), zh-HK or zh-CN.")
    void setLanguage(String tag) {
        Locale chosen = LANGUAGES.get(tag);
        if (chosen == null) {
            throw new ParameterException(spec.commandLine(), "--lang must be en, zh-HK or zh-CN.");
        }
        locale = chosen;
    }

    Locale locale() {
        return locale;
    }
}
