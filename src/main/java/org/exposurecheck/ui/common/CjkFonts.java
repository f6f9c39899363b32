package org.exposurecheck.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.text.Font;

/**
 * Whether Chinese text can render. On Linux JavaFX only falls back to TrueType fonts, so a system with
 * only CFF fonts (such as Noto Sans CJK) shows empty boxes; we look for a known TrueType CJK family.
 */
public final class CjkFonts {
    private static final List<String> KNOWN_FAMILIES = List.of("wenquanyi", "wqy", "droid sans fallback", "ar pl",
            "microsoft jhenghei", "microsoft yahei", "mingliu", "pmingliu", "simsun", "simhei", "pingfang", "heiti",
            "hiragino sans gb", "songti");

    /** Asked once per run: listing the system's fonts reads every font file's name (fontconfig), slow with many fonts. */
    private static volatile Boolean available;

    private CjkFonts() {
    }

    /**
     * Tells {@code missing} whether no CJK font is available: at once if already known, otherwise after the
     * first window has been drawn, which need not wait for the list of fonts. FX thread only.
     */
    public static void whenKnown(Consumer<Boolean> missing) {
        Boolean known = available;
        if (known != null) {
            missing.accept(!known);
            return;
        }
        AfterFirstFrame.run(() -> {
            if (available == null) {
                available = available();
            }
            missing.accept(!available);
        });
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
