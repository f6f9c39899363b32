package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exposurecheck.app.vault.FakeTime;
import org.exposurecheck.app.vault.LockReason;
import org.exposurecheck.app.vault.VaultSession;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.form.DemoPersonas;
import org.exposurecheck.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.exposurecheck.ui.shared.AppContext;

/** Saving details in the vault from the results, unlocking at the next start, and the vault locking itself. */
@ExtendWith(ApplicationExtension.class)
class VaultScreensTest {
    static final String PASSPHRASE = "plinth mango quarry velvet ochre";
    /** Cheap to derive, so the tests do not wait a second per unlock; the file records the cost it was made with. */
    static final KdfParameters CHEAP = new KdfParameters(64, 1, 1);

    @TempDir
    Path dataDir;
    final FakeTime time = new FakeTime(Instant.parse("2026-12-01T10:00:00Z"));
    private UiDriver ui;

    @Start
    void start(Stage stage) {
        ui = new UiDriver(AppContext.withVaultTiming(dataDir, Clock.systemUTC(), time, time, Duration.ofMinutes(10), CHEAP), new FxRobot());
        ui.open(stage);
    }

    @Test
    void detailsSavedFromTheResultsAreThereAfterARestartOnceUnlockedAndAWrongPassphraseGetsOneSentence() throws Exception {
        saveAPersonaInANewVault("Me");
        assertThat(ui.node("#savedProfiles").isVisible()).as("the toolbar now leads to the saved profiles").isTrue();

        UiDriver next = restart();

        next.waitFor("#unlockPanel");
        next.assertVisible("#unlockPanel");
        next.waitForFocus("#passphrase");
        assertThat(next.robot.lookup("#profile-0").tryQuery()).as("nothing of the vault shows before it is unlocked").isEmpty();
        next.robot.write("not the passphrase");
        next.robot.type(KeyCode.ENTER);
        Label problem = next.node("#vaultProblem");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !problem.getText().isEmpty());
        assertThat(problem.getText()).isEqualTo("That passphrase does not open the vault; check it and try again.");
        assertThat(((PasswordField) next.node("#passphrase")).getText()).as("the field is emptied for another try").isEmpty();

        next.robot.clickOn("#passphrase").write(PASSPHRASE);
        next.click("#unlock");
        next.waitFor("#profile-0");
        assertThat(((TitledPane) next.node("#profile-0")).getText()).isEqualTo("Me");
        assertThat(next.allText("#profile-0")).contains("Not checked yet");
        assertThat(problem.getText()).as("a successful unlock clears the sentence").isEmpty();
    }

    @Test
    void aChangedPassphraseIsTheOneThatUnlocksAfterARestart() throws Exception {
        saveAPersonaInANewVault("Me");
        String next = "harbour lantern violet orchard seven";
        ui.robot.interact(() -> ((TitledPane) ui.node("#changePassphrase")).setExpanded(true));
        ui.click("#currentPassphrase");
        ui.robot.write(PASSPHRASE);
        ui.robot.clickOn("#nextPassphrase").write(next);
        assertThat(ui.text("#nextStrengthVerdict")).isIn("Hard to guess", "Very hard to guess");
        ui.robot.clickOn("#nextPassphraseAgain").write(next);
        ui.click("#change");
        Label changed = ui.node("#passphraseChanged");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !changed.getText().isEmpty());
        assertThat(changed.getText()).isEqualTo("The vault now opens with the new passphrase only.");
        assertThat(((PasswordField) ui.node("#currentPassphrase")).getText()).isEmpty();

        UiDriver nextStart = restart();
        nextStart.waitForFocus("#passphrase");
        nextStart.robot.write(PASSPHRASE);
        nextStart.click("#unlock");
        Label problem = nextStart.node("#vaultProblem");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !problem.getText().isEmpty());
        assertThat(problem.getText()).isEqualTo("That passphrase does not open the vault; check it and try again.");
        nextStart.robot.clickOn("#passphrase").write(next);
        nextStart.click("#unlock");
        nextStart.waitFor("#profile-0");
        assertThat(((TitledPane) nextStart.node("#profile-0")).getText()).isEqualTo("Me");
    }

    @Test
    void aDamagedVaultIsOneSentenceAtUnlockAndStaysExactlyAsItWas() throws Exception {
        saveAPersonaInANewVault("Me");
        Path file = dataDir.resolve(org.exposurecheck.store.vault.VaultFile.FILE_NAME);
        byte[] damaged = java.nio.file.Files.readAllBytes(file);
        damaged[damaged.length - 5] ^= 0x40;
        ui.robot.interact(() -> ui.context.vault().lock());
        java.nio.file.Files.write(file, damaged);

        UiDriver next = restart();
        next.waitForFocus("#passphrase");
        next.robot.write(PASSPHRASE);
        next.click("#unlock");
        Label problem = next.node("#vaultProblem");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !problem.getText().isEmpty());
        assertThat(problem.getText()).isEqualTo("The vault " + file + " is damaged or was altered, so it was not opened; it was left exactly as it is.");
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(damaged);
        next.assertVisible("#unlockPanel");
        assertThat(next.robot.lookup("#profile-0").tryQuery()).isEmpty();
    }

    @Test
    void inChineseTheUnlockPanelAndTheRefusalAreInChinese() throws Exception {
        saveAPersonaInANewVault("媽媽（已得她同意）");
        UiDriver next = restart();
        next.robot.interact(() -> next.context.i18n().localeProperty().set(I18n.TRADITIONAL_HK));
        next.waitFor("#unlockPanel");
        next.robot.clickOn("#passphrase").write("wrong");
        next.click("#unlock");
        Label problem = next.node("#vaultProblem");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !problem.getText().isEmpty());
        assertThat(problem.getText()).isEqualTo("這個密碼短語打不開保險庫；請檢查後再試。");
        assertThat(next.allText("#unlockPanel")).contains("已儲存的資料已上鎖").doesNotContainPattern("[A-Za-z]{4,}");
    }

    @Test
    void aWeakPassphraseIsRatedAsItIsTypedAndRefusedWithItsSentence() throws Exception {
        offerAPersona();
        ui.waitForFocus("#newPassphrase");
        assertThat(ui.allText("#createPanel")).contains("Nobody can recover a forgotten passphrase")
                .contains("Anyone holding this computer can see that a vault exists");
        ui.robot.write("password1");
        assertThat(ui.text("#strengthVerdict")).startsWith("The vault will not take a passphrase this easy to guess.");
        ui.robot.interact(() -> ((PasswordField) ui.node("#newPassphraseAgain")).setText("password1"));
        ui.robot.interact(() -> ((TextField) ui.node("#profileLabel")).setText("Me"));
        ui.click("#saveProfile");
        Label problem = ui.node("#vaultProblem");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !problem.getText().isEmpty());
        assertThat(problem.getText()).contains("too easy to guess");
        assertThat(ui.context.vault().status().state()).isEqualTo(VaultSession.State.NO_VAULT);

        ui.robot.interact(() -> ((PasswordField) ui.node("#newPassphrase")).setText(PASSPHRASE));
        assertThat(ui.text("#strengthVerdict")).isIn("Hard to guess", "Very hard to guess");
    }

    @Test
    void idleTimeLocksTheVaultClearsWhatWasShownAndReturnsToTheUnlockPanelButActivityPutsItOff() throws Exception {
        saveAPersonaInANewVault("Me");
        time.advance(Duration.ofMinutes(9));
        ui.robot.clickOn("#profile-0");
        time.advance(Duration.ofMinutes(9));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.context.vault().status().unlocked()).as("a click put the idle lock off").isTrue();

        time.advance(Duration.ofMinutes(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.robot.lookup("#unlockPanel").tryQuery().map(n -> n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ui.context.vault().status().lastLock()).contains(LockReason.IDLE);
        assertThat(ui.text("#lockedBecause")).isEqualTo("Locked after a while without use.");
        assertThat(ui.robot.lookup("#profile-0").tryQuery()).as("the saved profiles are no longer shown").isEmpty();
        assertThat(ui.context.session().reportProperty().get()).as("the results typed before are gone too").isNull();
        ui.waitForFocus("#passphrase");
    }

    @Test
    void quickExitLocksTheVaultAndDropsWhatWasShown() throws Exception {
        saveAPersonaInANewVault("Me");
        assertThat(ui.context.vault().status().profiles()).hasSize(1);

        ui.robot.press(KeyCode.SHIFT).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ui.exited).isTrue();
        assertThat(ui.context.vault().status().state()).isEqualTo(VaultSession.State.LOCKED);
        assertThat(ui.context.vault().status().lastLock()).contains(LockReason.QUICK_EXIT);
        assertThat(ui.context.vault().status().profiles()).isEmpty();
        assertThat(ui.context.vault().offeredProperty().get()).isNull();
        assertThat(ui.context.session().reportProperty().get()).isNull();
        assertThat(ui.stage.isShowing()).isFalse();
    }

    /** Checks a demo persona, asks to save the details, and saves them in a new vault under {@code label}. */
    private void saveAPersonaInANewVault(String label) throws TimeoutException {
        offerAPersona();
        ui.createVault(PASSPHRASE, label);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ui.context.vault().offeredProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((TitledPane) ui.node("#profile-0")).getText()).isEqualTo(label);
    }

    private void offerAPersona() throws TimeoutException {
        DemoPersonas.Persona persona = DemoPersonas.load().stream().filter(p -> p.kind().equals("exposed") && p.photo().isEmpty())
                .findFirst().orElseThrow();
        ui.toForm();
        ui.choosePersona(persona.profile().label());
        ui.checkAndWait();
        ui.click("#saveToVault");
        ui.waitFor("#createPanel");
    }

    /** Closes the window and opens the app again on the same data directory, as a person starting it the next day would. */
    private UiDriver restart() {
        UiDriver next = new UiDriver(AppContext.withVaultTiming(dataDir, Clock.systemUTC(), time, time, Duration.ofMinutes(10), CHEAP),
                new FxRobot());
        next.robot.interact(() -> {
            ui.stage.hide();
            next.open(new Stage());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return next;
    }
}
