package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.exposurecheck.app.vault.FakeTime;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.privacy.PersonalValueScan;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.StaticFileServer;
import org.exposurecheck.ui.form.DemoPersonas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.exposurecheck.ui.shared.AppContext;

/**
 * Monitoring in the real window: a saved profile checked once, then an update over loopback brings a dataset that
 * lists the person, and the saved profiles screen says what is new since the last check; a ticked step of the
 * checklist survives a lock; and nothing the person typed reaches the data directory, a temporary file or the log.
 */
@ExtendWith(ApplicationExtension.class)
class VaultMonitoringScreenTest {
    @TempDir
    static Path dir;
    static Path mirror;
    static DemoPersonas.Persona persona;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level previousLevel;
    private UiDriver ui;

    /** A dataset, published on a mirror, whose one record lists a fictional demo persona's details. */
    @BeforeAll
    static void publishADatasetListingThePersona() throws Exception {
        persona = DemoPersonas.load().stream().filter(p -> p.kind().equals("exposed") && p.photo().isEmpty()).findFirst().orElseThrow();
        Path pack = packListing(persona, dir);
        mirror = dir.resolve("mirror");
        assertThat(Cli.run("publish", "--out", mirror.toString(), "--signing-key", dir.resolve("keys/publisher.key").toString(),
                pack.toString()).exitCode()).isZero();
    }

    /**
     * Builds, in {@code dir}, a dataset at the default cost (the app uses nothing cheaper) whose one record lists a
     * fictional demo persona's details; signed by {@code dir/keys/publisher.key}.
     */
    static Path packListing(DemoPersonas.Persona persona, Path dir) throws Exception {
        Path keys = dir.resolve("keys");
        assertThat(Cli.run("keygen", "--out", keys.toString()).exitCode()).isZero();
        StringBuilder identifiers = new StringBuilder();
        for (Identifier identifier : persona.profile().identifiers()) {
            identifiers.append(identifiers.isEmpty() ? "" : ", ").append("{\"type\": \"").append(identifier.type().id())
                    .append("\", \"value\": ").append(org.exposurecheck.base.Json.MAPPER.writeValueAsString(identifier.value())).append('}');
        }
        Path records = dir.resolve("records.jsonl");
        Files.writeString(records, "{\"id\": \"r1\", \"identifiers\": [" + identifiers + "]}\n");
        Path pack = dir.resolve("leak.ecpack");
        assertThat(Cli.run("pack", "build", "--input", records.toString(), "--format", "jsonl", "--title", "Mirrored leak",
                "--signing-key", keys.resolve("publisher.key").toString(), "--out", pack.toString(), "--min-label-records", "1").exitCode())
                .isZero();
        return pack;
    }

    @BeforeEach
    void captureEveryLogLine() {
        previousLevel = root.getLevel();
        root.setLevel(Level.ALL);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void restoreLogging() {
        root.detachAppender(logs);
        root.setLevel(previousLevel);
    }

    @Start
    void start(Stage stage) {
        FakeTime time = new FakeTime(Instant.parse("2026-12-01T10:00:00Z"));
        ui = new UiDriver(AppContext.withVaultTiming(dir.resolve("data"), Clock.systemUTC(), time, time, Duration.ofMinutes(10),
                VaultScreensTest.CHEAP), new FxRobot());
        ui.open(stage);
    }

    @Test
    void anUpdateOverLoopbackShowsWhatIsNewSinceTheLastCheckAndATickedStepSurvivesALock() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> tmpBefore = PersonalValueScan.listFiles(tmp);

        ui.toForm();
        ui.choosePersona(persona.profile().label());
        ui.checkAndWait();
        ui.click("#saveToVault");
        ui.createVault(VaultScreensTest.PASSPHRASE, "Me");

        // A first check with no dataset installed: the history the update is compared with.
        ui.click("#recheck");
        ui.waitFor("#newsCard");
        assertThat(ui.allText("#newsCard")).contains("Me: This is the first check of this saved profile");

        try (StaticFileServer server = new StaticFileServer(mirror)) {
            ui.updateFrom(server.url());
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ui.robot.lookup(".dialog-pane").tryQuery().isPresent());
            DialogPane dialog = ui.robot.lookup(".dialog-pane").query();
            ui.robot.clickOn(((Button) dialog.lookupButton(dialog.getButtonTypes().stream()
                    .filter(type -> type.getText().equals("Trust and update")).findFirst().orElseThrow())));
            Label summary = ui.node("#updateSummary");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> summary.getText().contains("Newly installed"));
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !ui.context.vault().busyProperty().get()
                && ui.context.vault().newsProperty().get() != null && ui.context.vault().newsProperty().get().newFindings() > 0);

        ui.robot.clickOn("#savedProfiles");
        ui.waitFor("#newsCard");
        String news = ui.allText("#newsCard");
        assertThat(news).startsWith("Since your last check\nMe: 1 new finding since your last check.\n")
                .contains("A new record in Mirrored leak, listing: ");
        assertThat(ui.allText("#profile-0")).contains("Last checked").contains("What you can do, step by step")
                .as("the last check to the minute, not the second").doesNotContainPattern("\\d:\\d\\d:\\d\\d");

        CheckBox firstStep = ui.robot.lookup(".check-box").queryAll().stream().filter(node -> node.getId() != null
                && node.getId().startsWith("step-0-") && node.getId().endsWith("-1")).map(CheckBox.class::cast).findFirst().orElseThrow();
        String stepId = firstStep.getId();
        ui.click("#" + stepId);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !ui.context.vault().busyProperty().get()
                && !ui.context.vault().status().profiles().get(0).checklist().ticked().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((CheckBox) ui.node("#" + stepId)).isSelected()).isTrue();

        Path pdf = dir.resolve("summary.pdf");
        ui.context.useSaveDialog((owner, title, suggestedName, type) -> java.util.Optional.of(pdf));
        ui.click("#summary-0");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !ui.text("#summaryStatus-0").isEmpty());
        String printed;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            printed = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(printed.replaceAll("\\s+", " ")).as("the printed summary says which step is done").contains("Done: "
                + firstStep.getText().replaceAll("\\s+", " ").substring(0, 20));

        ui.click("#lock");
        ui.waitForFocus("#passphrase");
        assertThat(ui.robot.lookup("#newsCard").tryQuery()).as("locking drops what was shown").isEmpty();
        ui.robot.write(VaultScreensTest.PASSPHRASE);
        ui.click("#unlock");
        ui.waitFor("#" + stepId);
        assertThat(((CheckBox) ui.node("#" + stepId)).isSelected()).as("the tick was saved in the vault").isTrue();
        CheckBox other = ui.robot.lookup(".check-box").queryAll().stream().filter(node -> node.getId() != null
                && node.getId().startsWith("step-0-") && !node.getId().equals(stepId)).map(CheckBox.class::cast).findFirst().orElseThrow();
        assertThat(other.isSelected()).as("and only that step").isFalse();

        List<byte[]> needles = PersonalValueScan.needles(persona.profile().identifiers());
        assertThat(PersonalValueScan.containsAnyNeedle(Files.readAllBytes(dir.resolve("records.jsonl")), needles))
                .as("positive control: the scan finds the values in the curator's plain input").isTrue();
        for (Path file : PersonalValueScan.listFiles(dir.resolve("data"))) {
            PersonalValueScan.assertNoNeedleIn(file.toString(), Files.readAllBytes(file), needles);
        }
        Set<Path> tmpAfter = PersonalValueScan.listFiles(tmp);
        tmpAfter.removeAll(tmpBefore);
        for (Path file : tmpAfter) {
            if (Files.isRegularFile(file) && !file.startsWith(dir)) {
                PersonalValueScan.assertNoNeedleIn(file.toString(), Files.readAllBytes(file), needles);
            }
        }
        StringBuilder logText = new StringBuilder();
        logs.list.forEach(event -> logText.append(event.getFormattedMessage()).append('\n'));
        assertThat(logText).as("the vault logged what it did, so this scan is not vacuous").contains("Saved the vault").contains("Locked the vault");
        PersonalValueScan.assertNoNeedleIn("the log", logText.toString().getBytes(StandardCharsets.UTF_8), needles);
    }
}
