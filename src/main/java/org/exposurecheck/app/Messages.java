package org.exposurecheck.app;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.exposurecheck.base.Bundles;

/**
 * The app's {@code messages} bundle (en, zh-HK, zh-CN) in one language, for what the app and the command line both
 * say to a person: the results in words and the printed summary. Patterns with counts use ICU MessageFormat, so
 * English gets its plurals and Chinese none.
 */
public final class Messages {
    private static final String BUNDLE = "org.exposurecheck.ui.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = Bundles.get(BUNDLE, locale);
    }

    public static Messages in(Locale locale) {
        return new Messages(locale);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    /** A pattern with named arguments, e.g. {@code {count, plural, one {# detail} other {# details}}}. */
    public String format(String key, Map<String, Object> arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }
}
