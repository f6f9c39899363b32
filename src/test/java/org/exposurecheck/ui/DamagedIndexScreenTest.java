package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.ui.common.I18n;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app on a data directory whose index was overwritten with garbage: it says so and offers to rebuild the list. */
@ExtendWith(ApplicationExtension.class)
class DamagedIndexScreenTest {
    private static final AtomicInteger RUNS = new AtomicInteger();
    @TempDir
    static Path dir;
    static Path pack;
    static Path publisher;
    static String fingerprint;
    private UiDriver ui;
    private Path data;

    @BeforeAll
    static void buildAPack() {
        Path demo = dir.resolve("demo");
        assertThat(Cli.run("demo", "generate", "--records", "30", "--personas", "4", "--out", demo.toString()).exitCode()).isZero();
        Cli.Result keygen = Cli.run("keygen", "--out", dir.resolve("keys").toString());
        fingerprint = keygen.out().lines().filter(line -> line.startsWith("Fingerprint: ")).findFirst().orElseThrow()
                .substring("Fingerprint: ".length());
        publisher = dir.resolve("keys/publisher.pub");
        pack = dir.resolve("leak.ecpack");
        Cli.Result built = Cli.run(Cli.concat(new String[] {"pack", "build", "--input", demo.resolve("records.jsonl").toString(),
                "--format", "jsonl", "--title", "Generated leak", "--id", "generated-leak", "--sequence", "2", "--signing-key",
                dir.resolve("keys/publisher.key").toString(), "--out", pack.toString()}, Cli.CHEAP_BUILD_FLAGS));
        assertThat(built.exitCode()).as(built.err()).isZero();
    }

    /** Each test gets its own data directory with the pack installed and the index then overwritten with garbage. */
    @Start
    void start(Stage stage) throws Exception {
        data = dir.resolve("data-" + RUNS.incrementAndGet());
        assertThat(Cli.run("pack", "install", pack.toString(), "--trust", publisher.toString(), "--data-dir", data.toString())
                .exitCode()).isZero();
        byte[] garbage = new byte[4096];
        new Random(5).nextBytes(garbage);
        Files.write(data.resolve("exposure-check.db"), garbage);
        ui = new UiDriver(data, new FxRobot());
        ui.open(stage);
    }

    @Test
    void theAppSaysTheListIsDamagedAndRebuildsItOnceThePublisherIsTrustedAgain() throws Exception {
        assertThat(ui.text("#datasets")).isEqualTo("The list of your installed datasets is damaged, so checks use the fictional demo"
                + " dataset for now. Your dataset files are kept: open Datasets to rebuild the list.");
        assertThat(ui.window.demoModeProperty().get()).isTrue();

        ui.robot.clickOn("#packs");
        ui.assertVisible("#indexDamaged");
        assertThat(ui.text("#indexDamagedText")).startsWith("The list of installed datasets is damaged");
        ui.waitForFocus("#rebuildIndex");
        ui.click("#rebuildIndex");

        DialogPane dialog = dialog();
        assertThat(dialog.getHeaderText()).isEqualTo("The damaged list no longer says that you trusted the publisher of Generated leak.");
        assertThat(dialog.getContentText()).contains(fingerprint);
        ui.robot.clickOn(button(dialog, "Trust again"));

        ListView<InstalledPack> list = ui.node("#packList");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        assertThat(list.getItems()).extracting(InstalledPack::title).containsExactly("Generated leak");
        assertThat(ui.text("#packStatus")).startsWith("The list was rebuilt: 1 dataset is listed again.\n"
                        + "Could not be recovered from the damaged list:\n• which publishers you trusted\n")
                .contains("The damaged list is kept as " + data.resolve("exposure-check.db.damaged-"));
        assertThat(ui.<Node>node("#indexDamaged").isVisible()).isFalse();
        assertThat(ui.window.demoModeProperty().get()).as("the real dataset is back: demo mode ends").isFalse();
        assertThat(ui.context.packs().forCheck(false).packs()).singleElement().satisfies(loaded ->
                assertThat(loaded.manifest().id()).isEqualTo("generated-leak"));
    }

    @Test
    void inChineseAPublisherNotTrustedAgainIsPutAsideAndSaidToBe() throws Exception {
        ui.robot.interact(() -> ui.context.i18n().localeProperty().set(I18n.TRADITIONAL_HK));
        assertThat(ui.text("#datasets")).startsWith("已安裝資料集的清單已損壞");
        ui.robot.clickOn("#packs");
        assertThat(ui.text("#indexDamagedText")).startsWith("已安裝資料集的清單已損壞");
        ui.click("#rebuildIndex");

        DialogPane dialog = dialog();
        assertThat(dialog.getHeaderText()).isEqualTo("已損壞的清單不再記得你曾信任 Generated leak 的發佈者。");
        ui.robot.clickOn(button(dialog, "放在一旁"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.text("#packStatus").startsWith("清單已重建"));
        assertThat(ui.text("#packStatus")).startsWith("清單已重建：0 個資料集重新列出。\ngenerated-leak-2.ecpack 已放在一旁，位於 ")
                .contains("它的發佈者（金鑰 " + fingerprint + "）沒有再次獲得信任").contains("• 你曾信任哪些發佈者");
        assertThat(data.resolve("packs/set-aside/generated-leak-2.ecpack")).hasBinaryContent(Files.readAllBytes(pack));
        ListView<InstalledPack> list = ui.node("#packList");
        assertThat(list.getItems()).isEmpty();
        assertThat(ui.window.demoModeProperty().get()).isTrue();
    }

    private DialogPane dialog() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.robot.lookup(".dialog-pane").tryQuery().isPresent());
        return ui.robot.lookup(".dialog-pane").query();
    }

    private static Button button(DialogPane dialog, String text) {
        return (Button) dialog.lookupButton(dialog.getButtonTypes().stream().filter(type -> type.getText().equals(text))
                .findFirst().orElseThrow());
    }
}
