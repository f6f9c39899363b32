package org.exposurecheck.base;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Loads a message bundle in exactly the language asked for. Plain {@code ResourceBundle.getBundle}
 * prefers the computer's own language to the base (English) bundle, so a person in Hong Kong who
 * switches the app to English would still read Chinese.
 */
public final class Bundles {
    private static final ResourceBundle.Control WITHOUT_COMPUTER_LANGUAGE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    public static ResourceBundle get(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, WITHOUT_COMPUTER_LANGUAGE);
    }
}
