package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.common.Theme;
import org.exposurecheck.ui.form.DemoPersonas;
import org.exposurecheck.ui.shell.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks the app with a fictional persona and saves what a person sees — welcome, form, results — in
 * English and Traditional Chinese, light and dark. Writes to target/screenshots, or to the directory in
 * the {@code screenshots.dir} property (scripts/take-screenshots.sh points it at docs/screenshots).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourTest {
    @TempDir
    static Path dataDir;
    @TempDir
    static Path keyedDataDir;
    private UiDriver ui;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui = new UiDriver(dataDir, new FxRobot());
        ui.open(stage);
    }

    /**
     * A dataset that holds some details only for online lookup: its consent on the Datasets screen (off), and a check's
     * results saying what was not looked up — in English and both Chinese scripts.
     */
    @Test
    void takesTheScreenshotsOfKeyedLookups() throws Exception {
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(out);
        SigningKey publisher = SigningKey.generate(new SecureRandom());
        KeyedAppPacks.install(keyedDataDir, KeyedAppPacks.build("Fictional leak with online lookups", "https://lookup.example.org/",
                publisher, VoprfPrivateKey.generate(new SecureRandom())), publisher);
        UiDriver keyed = new UiDriver(keyedDataDir, new FxRobot());
        keyed.robot.interact(() -> keyed.open(stage));
        keyed.toForm();
        keyed.type("name", KeyedAppPacks.STUDENT_NAME);
        keyed.type("phone", KeyedAppPacks.STUDENT_PHONE);
        keyed.robot.interact(() -> keyed.context.session().form().addRow(IdentifierType.PLATE).valueProperty().set(KeyedAppPacks.STUDENT_PLATE));
        keyed.checkAndWait();

        for (Locale language : I18n.LANGUAGES) {
            keyed.robot.interact(() -> keyed.context.i18n().localeProperty().set(language));
            String suffix = language.toLanguageTag().toLowerCase(Locale.ROOT) + "-light";
            keyed.robot.interact(() -> keyed.window.show(Screen.RESULTS));
            keyed.waitFor("#keyedGaps");
            keyed.robot.interact(() -> ((ToggleButton) keyed.node("#showDetails")).setSelected(true));
            WaitForAsyncUtils.waitForFxEvents();
            save(keyed, out.resolve("results-keyed-" + suffix + ".png"));
            keyed.robot.interact(() -> keyed.window.show(Screen.PACKS));
            keyed.waitFor("#keyedOffer-keyed");
            // The consent sits below the list: scrolled into view, as a person reaching it would see it.
            keyed.robot.interact(() -> ((javafx.scene.control.ScrollPane) keyed.stage.getScene().lookup(".screen")).setVvalue(1));
            WaitForAsyncUtils.waitForFxEvents();
            save(keyed, out.resolve("packs-keyed-" + suffix + ".png"));
        }
        assertThat(out.resolve("packs-keyed-zh-hk-light.png")).exists();
    }

    @Test
    void takesTheScreenshotsOfTheReadme() throws Exception {
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(out);
        // Someone whose headshot leaked too, so the screenshots show the photo check as well.
        DemoPersonas.Persona exposed = DemoPersonas.load().stream().filter(p -> p.kind().equals("exposed") && p.photo().isPresent())
                .findFirst().orElseThrow();
        ui.toForm();
        ui.choosePersona(exposed.profile().label());
        ui.checkAndWait();
        ui.robot.interact(() -> ((ToggleButton) ui.node("#showDetails")).setSelected(true));

        for (Locale language : List.of(I18n.ENGLISH, I18n.TRADITIONAL_HK)) {
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                ui.robot.interact(() -> {
                    ui.context.i18n().localeProperty().set(language);
                    ui.context.themeProperty().set(theme);
                });
                String suffix = language.toLanguageTag().toLowerCase(Locale.ROOT) + "-" + theme.name().toLowerCase(Locale.ROOT);
                for (Screen screen : List.of(Screen.WELCOME, Screen.FORM, Screen.RESULTS)) {
                    ui.robot.interact(() -> ui.window.show(screen));
                    WaitForAsyncUtils.waitForFxEvents();
                    if (screen == Screen.RESULTS) {
                        ui.robot.interact(() -> ((ToggleButton) ui.node("#showDetails")).setSelected(true));
                        WaitForAsyncUtils.waitForFxEvents();
                    }
                    save(out.resolve(screen.fxml().replaceAll("_.*", "") + "-" + suffix + ".png"));
                }
            }
        }
        ui.robot.interact(() -> {
            ui.context.i18n().localeProperty().set(I18n.ENGLISH);
            ui.context.themeProperty().set(Theme.LIGHT);
            ui.window.show(Screen.PACKS);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ui.robot.interact(() -> ((javafx.scene.control.TitledPane) ui.node("#updatesPane")).setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        save(out.resolve("packs-en-light.png"));
        assertThat(out.resolve("results-zh-hk-dark.png")).exists();
    }

    private void save(Path file) throws IOException {
        save(ui, file);
    }

    private static void save(UiDriver driver, Path file) throws IOException {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> driver.stage.getScene().snapshot(null)));
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(picture, "png", file.toFile());
        assertThat(picture.getWidth()).isEqualTo((int) driver.stage.getScene().getWidth());
    }
}
