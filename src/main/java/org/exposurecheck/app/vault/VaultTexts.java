package org.exposurecheck.app.vault;

import java.util.LinkedHashMap;
import java.util.Map;
import org.exposurecheck.base.DisplayText;
import org.exposurecheck.base.Sentence;

/**
 * The vault services' sentences, in the {@code vault} bundle (en, zh-HK, zh-CN). Numbers stay numbers, so
 * the bundles' plural forms work; any other argument is shown as plain text.
 */
final class VaultTexts {
    static final String BUNDLE = "org.exposurecheck.app.vault.vault";
    static final String ZXCVBN_BUNDLE = "org.exposurecheck.app.vault.zxcvbn";

    private VaultTexts() {
    }

    static Sentence sentence(String key, Object... namesAndValues) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            arguments.put((String) namesAndValues[i], value instanceof Number ? value : DisplayText.clean(String.valueOf(value)));
        }
        return new Sentence(BUNDLE, key, arguments);
    }
}
