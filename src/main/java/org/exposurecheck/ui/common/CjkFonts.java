package org.exposurecheck.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.scene.text.Font;

/**
 * Whether Chinese text can render. On Linux JavaFX only falls back to TrueType fonts, so a system with
 * only CFF fonts (such as Noto Sans CJK) shows empty boxes; we look for a known TrueType CJK family.
 */
public final class CjkFonts {
    private static final List<String> KNOWN_FAMILIES = List.of("wenquanyi", "wqy", "droid sans fallback", "ar pl",
            "microsoft jhenghei", "microsoft yahei", "mingliu", "pmingliu", "simsun", "simhei", "pingfang", "heiti",
            "hiragino sans gb", "songti");

    private CjkFonts() {
    }

    public static boolean available() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return Font.getFamilies().stream().map(family -> family.toLowerCase(Locale.ROOT))
                .anyMatch(family -> KNOWN_FAMILIES.stream().anyMatch(family::contains));
    }
}
