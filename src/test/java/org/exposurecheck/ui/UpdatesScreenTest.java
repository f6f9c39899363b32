package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.StaticFileServer;
import org.exposurecheck.ui.common.I18n;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Check for updates" on the packs screen, against a published mirror on a loopback HTTP server. */
@ExtendWith(ApplicationExtension.class)
class UpdatesScreenTest {
    @TempDir
    static Path dir;
    static Path mirror;
    static String fingerprint;
    private UiDriver ui;

    @BeforeAll
    static void publishAMirror() throws Exception {
        Path keys = dir.resolve("keys");
        fingerprint = Cli.run("keygen", "--out", keys.toString()).out().lines()
                .filter(line -> line.startsWith("Fingerprint: ")).findFirst().orElseThrow().substring("Fingerprint: ".length());
        Path records = dir.resolve("records.jsonl");
        Files.writeString(records, "{\"id\": \"r1\", \"identifiers\": [{\"type\": \"name\", \"value\": \"陳大文\"},"
                + " {\"type\": \"phone\", \"value\": \"9123 4567\"}]}\n");
        Path pack = dir.resolve("leak.ecpack");
        // At the default cost: the app judges the pack it installs with the default minimum. One record, two tokens.
        assertThat(Cli.run("pack", "build", "--input", records.toString(), "--format", "jsonl", "--title",
                "Mirrored leak", "--signing-key", keys.resolve("publisher.key").toString(), "--out", pack.toString(),
                "--min-label-records", "1").exitCode()).isZero();
        mirror = dir.resolve("mirror");
        assertThat(Cli.run("publish", "--out", mirror.toString(), "--signing-key", keys.resolve("publisher.key").toString(),
                pack.toString()).exitCode()).isZero();
    }

    @Start
    void start(Stage stage) {
        ui = new UiDriver(dir.resolve("data"), new FxRobot());
        ui.open(stage);
    }

    @Test
    void anUpdateAsksToTrustTheNewPublisherThenInstallsAndSaysWhatHappened() throws Exception {
        try (StaticFileServer server = new StaticFileServer(mirror)) {
            ui.updateFrom(server.url());

            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ui.robot.lookup(".dialog-pane").tryQuery().isPresent());
            DialogPane dialog = ui.robot.lookup(".dialog-pane").query();
            assertThat(dialog.getContentText()).contains(fingerprint);
            ui.robot.clickOn(((Button) dialog.lookupButton(dialog.getButtonTypes().stream()
                    .filter(type -> type.getText().equals("Trust and update")).findFirst().orElseThrow())));

            Label summary = ui.node("#updateSummary");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().contains("Newly installed"));
            assertThat(summary.getText()).contains("Newly installed: Mirrored leak.")
                    .contains("Everything listed is installed and current.")
                    .as("an http:// mirror works, and the person is told what others can see")
                    .startsWith("The mirror " + server.url() + " is not encrypted (http): anyone on the network can see that you update"
                            + " and which packs you fetch. Catalogues and packs are signed, so nobody can change them unnoticed.\n");
            ListView<InstalledPack> list = ui.node("#packList");
            assertThat(list.getItems()).extracting(InstalledPack::title).containsExactly("Mirrored leak");
            assertThat(ui.window.demoModeProperty().get()).as("real data installed: demo mode ends").isFalse();
        }
    }

    @Test
    void inChineseWhatWentWrongIsSaidInChineseToo() throws Exception {
        ui.robot.interact(() -> ui.context.i18n().localeProperty().set(I18n.TRADITIONAL_HK));
        ui.robot.clickOn("#packs");
        TitledPane updates = ui.node("#updatesPane");
        ui.robot.interact(() -> updates.setExpanded(true));
        TextArea mirrors = ui.node("#mirrors");

        ui.robot.interact(() -> mirrors.setText("ftp://mirror.example/"));
        ui.click("#saveSettings");
        assertThat(ui.text("#updateSummary")).isEqualTo("鏡像網站地址 ftp://mirror.example/ 不是 http:// 或 https:// 地址。");

        ui.robot.interact(() -> mirrors.setText("http://127.0.0.1:1/"));
        ui.click("#checkUpdates");
        Label summary = ui.node("#updateSummary");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().contains("出現問題"));
        assertThat(summary.getText()).contains("http://127.0.0.1:1/（目錄）出現問題：未能連接鏡像網站。")
                .startsWith("鏡像網站 http://127.0.0.1:1/ 沒有加密（http）：網絡上的人可以看到你正在更新")
                .doesNotContainPattern("[A-Za-z]{5,}");
    }

    @Test
    void withoutAMirrorNothingIsContacted() {
        ui.robot.clickOn("#packs");
        TitledPane updates = ui.node("#updatesPane");
        ui.robot.interact(() -> updates.setExpanded(true));
        ui.click("#checkUpdates");
        assertThat(ui.text("#updateSummary")).isEqualTo("Add the address of at least one mirror first.");
    }
}
