package org.exposurecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.exposurecheck.ui.DesktopApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installers' settings that must agree with the app: every system associates the same file type
 * with an icon that exists, the app takes such a file as the pack to import, and the Linux menu entry
 * names the window class JavaFX gives the window.
 */
class InstallerFilesTest {
    private static final List<String> SYSTEMS = List.of("linux", "windows", "macos");
    private static final String PACK_MIME_TYPE = "application/x-exposure-check-pack";

    @Test
    void everySystemAssociatesPackFilesWithAnExistingIcon() throws IOException {
        for (String system : SYSTEMS) {
            Properties association = load(Path.of("installer", system, "ecpack.properties"));
            assertThat(association.getProperty("extension")).as(system).isEqualTo("ecpack");
            assertThat(association.getProperty("mime-type")).as(system).isEqualTo(PACK_MIME_TYPE);
            assertThat(Path.of(association.getProperty("icon"))).as(system + " icon").isRegularFile();
        }
    }

    @Test
    void theAppTakesAnAssociatedFileAsThePackToImport(@TempDir Path folder) throws IOException {
        Path pack = Files.createFile(folder.resolve("leak." + load(Path.of("installer/linux/ecpack.properties")).getProperty("extension")));

        assertThat(DesktopApp.isPackFile(pack.toString())).isTrue();
    }

    @Test
    void linuxMenuEntryOpensPacksAndMatchesTheWindow() throws IOException {
        List<String> entry = Files.readAllLines(Path.of("installer/linux/exposure-check.desktop"));

        assertThat(entry).contains(
                "MimeType=" + PACK_MIME_TYPE + ";",
                "StartupWMClass=" + DesktopApp.class.getName());
        assertThat(entry).anySatisfy(line -> assertThat(line).startsWith("Exec=").endsWith(" %f"));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
