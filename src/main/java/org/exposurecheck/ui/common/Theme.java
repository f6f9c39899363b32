package org.exposurecheck.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;

/**
 * Light and dark looks. JavaFX 21 cannot ask the OS for its colour scheme, so {@link #SYSTEM} asks the
 * OS itself once (GTK_THEME, GNOME's colour-scheme setting, macOS's AppleInterfaceStyle, Windows'
 * AppsUseLightTheme) and falls back to light.
 */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    private static final String BASE = "/org/exposurecheck/ui/css/app.css";
    private static final String DARK_SHEET = "/org/exposurecheck/ui/css/dark.css";
    private static final String PRESENTATION = "/org/exposurecheck/ui/css/presentation.css";

    public String messageKey() {
        return "theme." + name().toLowerCase(Locale.ROOT);
    }

    public void applyTo(Scene scene, boolean systemIsDark, boolean presentation) {
        boolean dark = this == DARK || this == SYSTEM && systemIsDark;
        scene.getStylesheets().setAll(stylesheet(BASE));
        if (dark) {
            scene.getStylesheets().add(stylesheet(DARK_SHEET));
        }
        if (presentation) {
            scene.getStylesheets().add(stylesheet(PRESENTATION));
        }
    }

    private static String stylesheet(String resource) {
        return Theme.class.getResource(resource).toExternalForm();
    }

    /** Asks the operating system whether it uses a dark colour scheme; false when it cannot tell. */
    public static boolean systemPrefersDark() {
        String gtkTheme = System.getenv("GTK_THEME");
        if (gtkTheme != null) {
            return gtkTheme.toLowerCase(Locale.ROOT).contains("dark");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).map(out -> out.contains("Dark")).orElse(false);
        }
        if (os.contains("win")) {
            return ask(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(out -> out.contains("0x0")).orElse(false);
        }
        return ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .map(out -> out.contains("dark")).orElse(false);
    }

    private static Optional<String> ask(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException notAvailable) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
