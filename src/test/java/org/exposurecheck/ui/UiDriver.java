package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.exposurecheck.ui.form.DemoPersonas;
import org.exposurecheck.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real window on a given data directory and drives it the way a person would. */
final class UiDriver {
    final AppContext context;
    final AtomicBoolean exited = new AtomicBoolean();
    final FxRobot robot;
    Stage stage;
    MainWindow window;

    UiDriver(Path dataDir, FxRobot robot) {
        this.context = new AppContext(dataDir, Clock.systemUTC());
        this.robot = robot;
    }

    void open(Stage stage) {
        this.stage = stage;
        window = MainWindow.open(stage, context, () -> exited.set(true));
    }

    <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }

    String text(String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    void toForm() {
        robot.clickOn("#consent");
        robot.clickOn("#start");
        WaitForAsyncUtils.waitForFxEvents();
    }

    void type(String type, String value) {
        TextField field = node("#field-" + type);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(value);
        });
    }

    void choosePersona(String label) {
        ComboBox<DemoPersonas.Persona> personas = node("#personas");
        robot.interact(() -> personas.getItems().stream().filter(p -> p.profile().label().equals(label)).findFirst()
                .ifPresent(personas::setValue));
        robot.clickOn("#fill");
    }

    void checkAndWait() throws TimeoutException {
        click("#check");
        waitFor("#summary");
    }

    /** Scrolls the node into view, as a person would, and clicks it. */
    void click(String query) {
        Node node = node(query);
        robot.interact(() -> scrollIntoView(node));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    private static void scrollIntoView(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                double contentHeight = content.getBoundsInLocal().getHeight();
                double viewportHeight = scroll.getViewportBounds().getHeight();
                if (contentHeight <= viewportHeight) {
                    return;
                }
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double target = Math.max(0, Math.min(1, (y - viewportHeight / 2) / (contentHeight - viewportHeight)));
                scroll.setVvalue(scroll.getVmin() + target * (scroll.getVmax() - scroll.getVmin()));
                return;
            }
        }
    }

    void waitFor(String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits, as a person would, to see where the focus is; fails if it never gets to the node. */
    void waitForFocus(String query) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().map(Node::isFocused).orElse(false));
        } catch (TimeoutException e) {
            Node owner = stage.getScene().getFocusOwner();
            throw new AssertionError(query + " never got the focus; it is on " + (owner == null ? "nothing" : owner + " id=" + owner.getId()), e);
        }
    }

    void assertVisible(String query) {
        Node node = node(query);
        assertThat(node.isVisible()).as(query + " visible").isTrue();
    }
}
