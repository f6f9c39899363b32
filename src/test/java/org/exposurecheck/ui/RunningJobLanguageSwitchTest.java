package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.exposurecheck.app.CheckService;
import org.exposurecheck.app.UpdateService;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.match.Profile;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.CancelledException;
import org.exposurecheck.token.Progress;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.form.DemoPersonas;
import org.exposurecheck.update.UpdateException;
import org.exposurecheck.update.UpdateProgress;
import org.exposurecheck.update.UpdateRequest;
import org.exposurecheck.update.UpdateSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.exposurecheck.ui.shared.AppContext;

/**
 * A language switch rebuilds every screen (decision 0005) while the view models live on. A check under way belongs to
 * the session, so the rebuilt screen shows the same check, with its progress and its cancel button, and no second
 * check can start; so for an update, which the updates view model holds. Each is held half way (a latch, a cancel
 * signal), so nothing here waits on time.
 */
@ExtendWith(ApplicationExtension.class)
class RunningJobLanguageSwitchTest {
    @TempDir
    static Path dataDir;
    private UiDriver ui;
    private HeldChecks checks;

    @Start
    void start(Stage stage) {
        ui = new UiDriver(dataDir, new FxRobot());
        checks = new HeldChecks(ui.context);
        ui.context.useCheckService(checks);
        ui.open(stage);
    }

    @AfterEach
    void letGo() {
        checks.release.countDown();
    }

    @Test
    void aCheckUnderWayKeepsItsProgressAndCancelAcrossALanguageSwitchAndNoSecondStarts() throws Exception {
        startHeldCheck();

        ui.robot.interact(() -> ui.context.i18n().localeProperty().set(I18n.TRADITIONAL_HK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ui.<VBox>node("#progressOverlay").isVisible()).as("the rebuilt screen shows the check").isTrue();
        assertThat(ui.<ProgressBar>node("#progress").getProgress()).isEqualTo(0.5);
        Button cancel = ui.node("#cancel");
        assertThat(cancel.getText()).isEqualTo(ui.context.i18n().text("form.progress.cancel")).isNotEqualTo("Cancel");
        assertThat(ui.<Button>node("#check").isDisabled()).as("a second check cannot start").isTrue();
        ui.robot.interact(() -> ui.<Button>node("#check").fire());

        checks.release.countDown();
        ui.waitFor("#summary");
        assertThat(checks.runs.get()).isEqualTo(1);
    }

    @Test
    void theCancelButtonOfTheRebuiltScreenStopsTheCheckStartedBeforeTheSwitch() throws Exception {
        startHeldCheck();
        ui.robot.interact(() -> ui.context.i18n().localeProperty().set(I18n.SIMPLIFIED));
        WaitForAsyncUtils.waitForFxEvents();

        ui.click("#cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.<VBox>node("#progressOverlay").isVisible()).isFalse();
        assertThat(checks.cancelled.await(30, TimeUnit.SECONDS)).as("the held check was told to stop").isTrue();
        assertThat(ui.<Button>node("#check").isDisabled()).as("a new check can start").isFalse();
        assertThat(ui.robot.lookup("#summary").tryQuery()).isEmpty();
    }

    @Test
    void anUpdateUnderWayKeepsItsProgressAndCancelAcrossALanguageSwitchAndNoSecondStarts() throws Exception {
        HeldUpdates held = new HeldUpdates(ui.context);
        ui.context.updates().useUpdateService(held);
        ui.robot.clickOn("#packs");
        ui.robot.interact(() -> ui.<TitledPane>node("#updatesPane").setExpanded(true));
        ui.robot.interact(() -> ui.<TextArea>node("#mirrors").setText("http://127.0.0.1:1/"));
        ui.click("#checkUpdates");
        assertThat(held.held.await(30, TimeUnit.SECONDS)).as("the update reached its hold").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.<ProgressBar>node("#updateProgress").getProgress()).isEqualTo(0.5);

        ui.robot.interact(() -> ui.context.i18n().localeProperty().set(I18n.TRADITIONAL_HK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ui.<ProgressBar>node("#updateProgress").isVisible()).as("the rebuilt screen shows the update").isTrue();
        assertThat(ui.<ProgressBar>node("#updateProgress").getProgress()).isEqualTo(0.5);
        assertThat(ui.<Button>node("#cancelUpdate").isVisible()).isTrue();
        assertThat(ui.<Button>node("#cancelUpdate").getText()).isEqualTo(ui.context.i18n().text("updates.cancel"));
        assertThat(ui.text("#updateStep")).contains("demo-leak");
        assertThat(ui.<Button>node("#checkUpdates").isDisabled()).as("a second update cannot start").isTrue();
        ui.robot.interact(() -> ui.<Button>node("#checkUpdates").fire());

        ui.click("#cancelUpdate");
        assertThat(held.cancelled.await(30, TimeUnit.SECONDS)).as("the cancel button of the rebuilt screen stops it").isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !ui.<Button>node("#cancelUpdate").isVisible());
        assertThat(ui.<Button>node("#checkUpdates").isDisabled()).isFalse();
        assertThat(held.runs.get()).isEqualTo(1);
    }

    private void startHeldCheck() throws Exception {
        ui.toForm();
        ui.robot.interact(() -> ui.window.demoModeProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        ui.choosePersona(DemoPersonas.load().get(0).profile().label());
        ui.click("#check");
        assertThat(checks.held.await(30, TimeUnit.SECONDS)).as("the check reached its hold").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.<VBox>node("#progressOverlay").isVisible()).isTrue();
        assertThat(ui.<ProgressBar>node("#progress").getProgress()).isEqualTo(0.5);
    }

    /** An update that has downloaded half a pack, held until it is cancelled or let go. */
    private static final class HeldUpdates extends UpdateService {
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch cancelled = new CountDownLatch(1);
        final AtomicInteger runs = new AtomicInteger();

        HeldUpdates(AppContext context) {
            super(context.dataDir(), context.clock());
        }

        @Override
        protected UpdateSummary updateNow(UpdateRequest request, UpdateProgress progress, CancelSignal cancel) throws UpdateException {
            runs.incrementAndGet();
            progress.transferred("demo-leak", 512 * 1024, 1024 * 1024);
            held.countDown();
            while (!cancel.isCancelled()) {
                Thread.onSpinWait();
            }
            cancelled.countDown();
            throw new CancelledException();
        }
    }

    /** The real check, held half way until the test lets it go. */
    private static final class HeldChecks extends CheckService {
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch cancelled = new CountDownLatch(1);
        final AtomicInteger runs = new AtomicInteger();

        HeldChecks(AppContext context) {
            super(context.packs(), context.engine());
        }

        @Override
        protected Outcome checkNow(Profile profile, boolean demoMode, Progress progress, CancelSignal cancel) throws ExplainedException {
            runs.incrementAndGet();
            progress.update(1, 2);
            held.countDown();
            try {
                while (!release.await(10, TimeUnit.MILLISECONDS)) {
                    if (cancel.isCancelled()) {
                        cancelled.countDown();
                        cancel.throwIfCancelled();
                    }
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return super.checkNow(profile, demoMode, progress, cancel);
        }
    }
}
