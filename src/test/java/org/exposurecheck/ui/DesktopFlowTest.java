package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.report.Advice;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.form.DemoPersonas;
import org.exposurecheck.ui.shared.EntryRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The desktop flow as a person goes through it, in the real window (headless via Monocle in CI). */
@ExtendWith(ApplicationExtension.class)
class DesktopFlowTest {
    @TempDir
    static Path dataDir;
    private UiDriver ui;

    @Start
    void start(Stage stage) {
        ui = new UiDriver(dataDir, new FxRobot());
        ui.open(stage);
    }

    private static DemoPersonas.Persona persona(String kind) {
        return DemoPersonas.load().stream().filter(p -> p.kind().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void anExposedPersonaSeesWhatMatchedWhatElseIsListedAndAdvice() throws Exception {
        DemoPersonas.Persona persona = persona("exposed");
        // What the picker puts in the form: the typed details and, for a persona who brings one, their photo.
        Profile filled = new Profile(persona.profile().label(), persona.profile().identifiers(),
                persona.photo().isPresent() ? persona.photoProbes() : List.of());
        ExposureReport expected = ui.context.engine().check(filled, List.of(BundledDemo.pack(java.time.Instant.now())),
                Progress.NONE, new CancelSignal());
        assertThat(expected.exposed()).as("the demo data lists this persona").isTrue();

        ui.toForm();
        ui.choosePersona(persona.profile().label());
        ui.checkAndWait();

        assertThat(ui.text("#summary")).containsPattern("\\d+ of your details appears? in 1 dataset\\.");
        // The summary is read first: a screen reader starts from the focused node.
        ui.waitForFocus("#summary");
        ui.click("#showDetails");
        String records = ui.allText("#records");
        for (IdentifierType type : expected.matches().get(0).matchedTypes()) {
            assertThat(records).contains(ui.context.i18n().text("type." + type.id()));
        }
        String matchedInTypeOrder = expected.matches().get(0).matchedTypes().stream().sorted()
                .map(type -> ui.context.i18n().text("type." + type.id())).collect(java.util.stream.Collectors.joining(", "));
        assertThat(records).contains("Your details that matched: " + matchedInTypeOrder + ".").contains("fictional demo data");
        for (IdentifierType type : Advice.exposedTypes(expected)) {
            ui.assertVisible("#advice-" + type.id());
        }
        assertThat(ui.allText("#helplines")).contains("Access Now Digital Security Helpline");
    }

    @Test
    void aPersonaNotInTheDataGetsTheHonestNotFound() throws Exception {
        ui.toForm();
        ui.choosePersona(persona("absent").profile().label());
        ui.checkAndWait();
        assertThat(ui.text("#summary")).isEqualTo("None of your details were found in the datasets checked.");
        assertThat(ui.text("#notFoundNote")).startsWith("Not found does not mean safe.");
        assertThat(ui.text("#scope")).contains("against 1 dataset: Demo leak site (fictional people)");
        assertThat(ui.robot.lookup("#advice-phone").tryQuery()).isEmpty();
    }

    @Test
    void aPhoneNumberNotKnownAsAssignedGetsANoteAndIsChecked() throws Exception {
        ui.toForm();
        ui.type("name", "陳大文");
        ui.type("phone", "9912 3456");
        ui.robot.clickOn("#field-email");
        WaitForAsyncUtils.waitForFxEvents();
        ui.assertVisible("#note-phone");
        assertThat(ui.text("#note-phone")).startsWith("This number is not in the list of phone numbers in use that we know");
        assertThat(ui.robot.lookup("#problem-phone").queryAs(javafx.scene.Node.class).isVisible()).isFalse();
        ui.checkAndWait();
        assertThat(ui.text("#scope")).contains("name").contains("phone number");
    }

    @Test
    void anInvalidHkidIsExplainedInlineAndTheOtherDetailsAreStillChecked() throws Exception {
        ui.toForm();
        ui.type("name", "陳大文");
        ui.type("phone", "9123 4567");
        ui.type("hkid", "A123456(4)");
        ui.robot.clickOn("#field-email");
        WaitForAsyncUtils.waitForFxEvents();
        ui.assertVisible("#problem-hkid");
        assertThat(ui.text("#problem-hkid")).isEqualTo("This HKID's check digit doesn't match — please check it.");
        assertThat(((Button) ui.node("#check")).isDisabled()).isFalse();
        ui.checkAndWait();
        assertThat(ui.text("#skipped")).contains("HKID number");
        assertThat(ui.text("#scope")).contains("name").contains("phone number");
    }

    @Test
    void aNewCheckStartsFromAnEmptyFormWithNoResultsLeft() throws Exception {
        ui.toForm();
        ui.choosePersona(persona("absent").profile().label());
        ui.checkAndWait();
        ui.click("#newCheck");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.context.session().reportProperty().get()).isNull();
        assertThat(ui.context.session().form().rows()).allMatch(EntryRow::isEmpty);
        assertThat(((TextField) ui.node("#field-name")).getText()).isEmpty();
    }

    @Test
    void aRunningCheckShowsProgressAndCanBeCancelled() throws Exception {
        ui.toForm();
        ui.choosePersona(persona("exposed").profile().label());
        ui.click("#check");
        ui.assertVisible("#progressOverlay");
        ui.robot.clickOn("#cancel");
        WaitForAsyncUtils.sleep(3, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.node("#progressOverlay").isVisible()).isFalse();
        assertThat(ui.robot.lookup("#summary").tryQuery()).as("no results after cancelling").isEmpty();
        assertThat(ui.context.session().reportProperty().get()).isNull();
    }

    @Test
    void largeTextModeEnlargesTheType() {
        double normal = ((javafx.scene.control.Label) ui.robot.lookup(".heading").query()).getFont().getSize();
        ui.robot.clickOn("#presentation");
        WaitForAsyncUtils.waitForFxEvents();
        double large = ((javafx.scene.control.Label) ui.robot.lookup(".heading").query()).getFont().getSize();
        assertThat(large).isGreaterThan(normal * 1.4);
    }

    @Test
    void switchingLanguageChangesTheVisibleTextAndKeepsWhatWasTyped() {
        assertThat(((Button) ui.node("#start")).getText()).isEqualTo("Start");
        ComboBox<Locale> language = ui.node("#language");
        ui.robot.interact(() -> language.setValue(I18n.TRADITIONAL_HK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Button) ui.node("#start")).getText()).isEqualTo("開始");
        assertThat(ui.stage.getTitle()).isEqualTo("個人資料外洩檢查");
        ui.toForm();
        ui.type("phone", "9123 4567");
        ComboBox<Locale> again = ui.node("#language");
        ui.robot.interact(() -> again.setValue(I18n.SIMPLIFIED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Button) ui.node("#check")).getText()).isEqualTo("检查");
        assertThat(((TextField) ui.node("#field-phone")).getText()).isEqualTo("9123 4567");
    }

    @Test
    void quickExitClearsEverythingAndClosesTheWindow() {
        ui.toForm();
        ui.type("name", "Chan Tai Man");
        ui.type("phone", "9123 4567");
        ui.robot.press(KeyCode.SHIFT, KeyCode.ESCAPE).release(KeyCode.ESCAPE, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.exited).isTrue();
        assertThat(ui.stage.isShowing()).isFalse();
        assertThat(ui.context.session().form().rows()).allMatch(EntryRow::isEmpty);
        assertThat(ui.context.session().reportProperty().get()).isNull();
    }

    @Test
    void theQuickExitButtonDoesTheSame() {
        ui.toForm();
        ui.type("email", "someone@example.org");
        ui.robot.clickOn("#quickExit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.exited).isTrue();
        assertThat(ui.context.session().form().rows()).allMatch(EntryRow::isEmpty);
    }

    @Test
    void theKeyboardAloneReachesTheCheckButton() {
        // Each screen puts the focus where the person starts: the consent box, then the first field.
        ui.waitForFocus("#consent");
        ui.robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        ui.robot.press(KeyCode.TAB).release(KeyCode.TAB);
        ui.robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        ui.waitForFocus("#field-name");
        ui.robot.write("chan tai man");
        assertThat(((TextField) ui.node("#field-name")).getText()).as("typing keeps the focus in the field").isEqualTo("chan tai man");
        ui.robot.press(KeyCode.TAB).release(KeyCode.TAB);
        ui.robot.write("91234567");
        Node check = ui.node("#check");
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 40 && !check.isFocused(); i++) {
            ui.robot.press(KeyCode.TAB).release(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = ui.stage.getScene().getFocusOwner();
            visited.add(focused == null ? "none" : String.valueOf(focused.getId()));
        }
        assertThat(check.isFocused()).as("focus went through %s", visited).isTrue();
        assertThat(visited.indexOf("field-hkid")).as("fields come in reading order").isLessThan(visited.indexOf("check"));
    }

    @Test
    void afterACheckNothingTypedIsOnDiskOrInTheTempDirectory() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Map<Path, FileTime> before = files(tmp);
        ui.toForm();
        // Values made up for this run only, so no other test or process can have written them.
        java.util.Random random = new java.util.Random();
        String digits = String.format("%07d", random.nextInt(10_000_000));
        List<String> typed = List.of("Kwok Wing Ho " + (char) ('A' + random.nextInt(26)), "6" + digits,
                "wingho." + digits + "@example.org", "Flat C, " + (1 + random.nextInt(40)) + "/F, Block 2, Lotus Court");
        ui.type("name", typed.get(0));
        ui.type("phone", typed.get(1));
        ui.type("email", typed.get(2));
        ui.type("address", typed.get(3));
        ui.checkAndWait();
        Map<Path, FileTime> after = files(tmp);
        after.putAll(files(dataDir));
        for (Map.Entry<Path, FileTime> file : after.entrySet()) {
            if (file.getValue().equals(before.get(file.getKey()))) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.getKey());
            } catch (IOException goneOrUnreadable) {
                continue;
            }
            String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
            String utf16 = new String(bytes, StandardCharsets.UTF_16LE);
            for (String value : typed) {
                assertThat(latin1).as(file.getKey().toString()).doesNotContain(value).doesNotContain(digits);
                assertThat(utf16).as(file.getKey().toString()).doesNotContain(value);
            }
        }
    }

    /** Regular files under a directory with their modification times; files that vanish mid-walk are skipped. */
    private static Map<Path, FileTime> files(Path root) throws IOException {
        Map<Path, FileTime> files = new HashMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && attributes.size() < 50_000_000) {
                    files.put(file, attributes.lastModifiedTime());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException unreadable) {
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

}
