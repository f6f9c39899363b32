package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.exposurecheck.app.vault.Scheduler;
import org.exposurecheck.testsupport.Cli;
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
import org.exposurecheck.ui.shared.AppContext;

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

    /**
     * The vault screens in all three languages, light and dark: choosing a passphrase (rated as typed), the unlock panel saying a dataset changed since the last
     * check, then (unlocked, re-checked at once) what is new, and the checklist with one step done.
     */
    @Test
    void takesTheScreenshotsOfTheVault() throws Exception {
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(out);
        DemoPersonas.Persona exposed = DemoPersonas.load().stream().filter(p -> p.kind().equals("exposed") && p.photo().isEmpty())
                .findFirst().orElseThrow();
        Path tour = dataDir.resolve("vault-tour");
        Path pack = VaultMonitoringScreenTest.packListing(exposed, tour);
        UiDriver first = ui;
        ui = new UiDriver(AppContext.withVaultTiming(tour.resolve("data"), Clock.systemUTC(), Clock.systemUTC(),
                Scheduler.daemonThread("tour-idle"), Duration.ofHours(1), VaultScreensTest.CHEAP), new FxRobot());
        ui.robot.interact(() -> {
            first.stage.hide();
            ui.open(new Stage());
        });
        ui.toForm();
        ui.choosePersona(exposed.profile().label());
        ui.checkAndWait();
        ui.click("#saveToVault");
        ui.waitForFocus("#newPassphrase");
        for (Locale language : I18n.LANGUAGES) {
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                ui.robot.interact(() -> {
                    ui.context.i18n().localeProperty().set(language);
                    ui.context.themeProperty().set(theme);
                });
                ui.robot.interact(() -> ((javafx.scene.control.PasswordField) ui.node("#newPassphrase")).setText(VaultScreensTest.PASSPHRASE));
                WaitForAsyncUtils.waitForFxEvents();
                save(out.resolve("vault-create-" + suffix(language, theme) + ".png"));
            }
        }
        ui.robot.interact(() -> {
            ui.context.i18n().localeProperty().set(I18n.ENGLISH);
            ui.context.themeProperty().set(Theme.LIGHT);
        });
        ui.createVault(VaultScreensTest.PASSPHRASE, "Me");
        ui.click("#recheck");
        ui.waitFor("#newsCard");
        ui.click("#lock");
        ui.waitFor("#passphrase");
        assertThat(Cli.run("pack", "install", pack.toString(), "--trust", tour.resolve("keys/publisher.pub").toString(), "--data-dir",
                tour.resolve("data").toString()).exitCode()).isZero();
        // Installed by the command line, which the open app does not hear of: it looks again, as at its next start.
        ui.robot.interact(() -> {
            ui.context.vault().lookForChanges();
            ui.window.demoModeProperty().set(false);
        });

        for (Locale language : I18n.LANGUAGES) {
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                ui.robot.interact(() -> {
                    ui.context.i18n().localeProperty().set(language);
                    ui.context.themeProperty().set(theme);
                });
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !ui.text("#pendingNote").isEmpty());
                WaitForAsyncUtils.waitForFxEvents();
                save(out.resolve("vault-unlock-" + suffix(language, theme) + ".png"));
            }
        }
        ui.robot.interact(() -> {
            ui.context.i18n().localeProperty().set(I18n.ENGLISH);
            ui.context.themeProperty().set(Theme.LIGHT);
        });
        ui.robot.clickOn("#passphrase").write(VaultScreensTest.PASSPHRASE);
        ui.click("#unlock");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ui.context.vault().newsProperty().get() != null);
        ui.waitFor("#newsCard");
        assertThat(ui.allText("#newsCard")).contains("1 new finding since your last check.");
        String firstStep = ui.robot.lookup(".check-box").queryAll().stream().map(javafx.scene.Node::getId)
                .filter(id -> id != null && id.startsWith("step-0-") && id.endsWith("-1")).findFirst().orElseThrow();
        ui.click("#" + firstStep);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !ui.context.vault().status().profiles().get(0).checklist().ticked().isEmpty());

        for (Locale language : I18n.LANGUAGES) {
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                ui.robot.interact(() -> {
                    ui.context.i18n().localeProperty().set(language);
                    ui.context.themeProperty().set(theme);
                });
                WaitForAsyncUtils.waitForFxEvents();
                ui.robot.interact(() -> ((javafx.scene.control.ScrollPane) ui.stage.getScene().lookup(".screen")).setVvalue(0));
                WaitForAsyncUtils.waitForFxEvents();
                save(out.resolve("vault-profiles-" + suffix(language, theme) + ".png"));
                ui.robot.interact(() -> scrollToTop(ui.node("#checklistHeading-0")));
                WaitForAsyncUtils.waitForFxEvents();
                save(out.resolve("vault-checklist-" + suffix(language, theme) + ".png"));
            }
        }
        assertThat(out.resolve("vault-checklist-zh-cn-dark.png")).exists();
    }

    private static String suffix(Locale language, Theme theme) {
        return language.toLanguageTag().toLowerCase(Locale.ROOT) + "-" + theme.name().toLowerCase(Locale.ROOT);
    }

    /** Scrolls the screen so that {@code node} is at the top of the window. */
    private static void scrollToTop(javafx.scene.Node node) {
        for (javafx.scene.Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                javafx.scene.Node content = scroll.getContent();
                double contentHeight = content.getBoundsInLocal().getHeight();
                double viewportHeight = scroll.getViewportBounds().getHeight();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY() - 16;
                scroll.setVvalue(Math.max(0, Math.min(1, y / Math.max(1, contentHeight - viewportHeight))));
                return;
            }
        }
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
