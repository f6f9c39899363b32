package org.exposurecheck.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.exposurecheck.app.Messages;

/**
 * The interface language, switchable at runtime. Every visible string comes from the {@code messages}
 * bundle; patterns with counts use ICU MessageFormat, so English gets its plurals and Chinese none.
 */
public final class I18n {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale TRADITIONAL_HK = Locale.forLanguageTag("zh-HK");
    public static final Locale SIMPLIFIED = Locale.forLanguageTag("zh-CN");
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, TRADITIONAL_HK, SIMPLIFIED);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(ENGLISH);

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** The messages in the current language. */
    public Messages messages() {
        return Messages.in(locale());
    }

    public ResourceBundle bundle() {
        return bundle(locale());
    }

    public static ResourceBundle bundle(Locale locale) {
        return Messages.in(locale).bundle();
    }

    public String text(String key) {
        return messages().text(key);
    }

    /** A pattern with named arguments, e.g. {@code {count, plural, one {# detail} other {# details}}}. */
    public String format(String key, Map<String, Object> arguments) {
        return messages().format(key, arguments);
    }

    /** The language's own name, shown in the language menu whatever the current language is. */
    public static String nativeName(Locale language) {
        return bundle(language).getString("language.self");
    }

    /** The best of our languages for the system's: Traditional for HK/TW/MO and zh-Hant, Simplified for other Chinese. */
    public static Locale closestTo(Locale system) {
        if (!"zh".equals(system.getLanguage())) {
            return ENGLISH;
        }
        boolean traditional = "Hant".equals(system.getScript()) || List.of("HK", "TW", "MO").contains(system.getCountry());
        return traditional ? TRADITIONAL_HK : SIMPLIFIED;
    }
}
