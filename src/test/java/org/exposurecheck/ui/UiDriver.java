package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.exposurecheck.ui.form.DemoPersonas;
import org.exposurecheck.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.exposurecheck.ui.shared.AppContext;

/** Opens the real window on a given data directory and drives it the way a person would. */
final class UiDriver {
    final AppContext context;
    final AtomicBoolean exited = new AtomicBoolean();
    final FxRobot robot;
    Stage stage;
    MainWindow window;

    UiDriver(Path dataDir, FxRobot robot) {
        this(new AppContext(dataDir, Clock.systemUTC()), robot);
    }

    UiDriver(AppContext context, FxRobot robot) {
        this.context = context;
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

    /** Fills the form with a demo persona, and waits until its photo, if it brings one, is in the form. */
    void choosePersona(String label) throws TimeoutException {
        ComboBox<DemoPersonas.Persona> personas = node("#personas");
        DemoPersonas.Persona persona = personas.getItems().stream().filter(p -> p.profile().label().equals(label)).findFirst().orElseThrow();
        robot.interact(() -> personas.setValue(persona));
        robot.clickOn("#fill");
        int photos = persona.photo().isPresent() ? 1 : 0;
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.session().form().photos().size() == photos);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void checkAndWait() throws TimeoutException {
        click("#check");
        waitFor("#summary");
    }

    /** On the vault screen's "choose a passphrase" panel: types it twice, names the details and saves them. */
    void createVault(String passphrase, String label) throws TimeoutException {
        waitForFocus("#newPassphrase");
        robot.interact(() -> this.<PasswordField>node("#newPassphrase").clear());
        robot.write(passphrase);
        robot.clickOn("#newPassphraseAgain").write(passphrase);
        robot.interact(() -> this.<TextField>node("#profileLabel").setText(label));
        click("#saveProfile");
        waitFor("#profile-0");
    }

    /** Opens the Datasets screen's update settings, names one mirror and starts an update from it. */
    void updateFrom(String mirrorUrl) {
        robot.clickOn("#packs");
        robot.interact(() -> this.<TitledPane>node("#updatesPane").setExpanded(true));
        robot.interact(() -> this.<TextArea>node("#mirrors").setText(mirrorUrl));
        click("#checkUpdates");
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
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            try {
                return robot.lookup(query).tryQuery().isPresent();
            } catch (IndexOutOfBoundsException windowListChanging) {
                // TestFX walks the window list from the test thread; a popup opening or closing meanwhile: look again.
                return false;
            }
        });
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

    /** The text of every label under the node, one per line, including the contents of titled panes. */
    String allText(String query) {
        StringBuilder text = new StringBuilder();
        collectText(node(query), text);
        return text.toString();
    }

    private static void collectText(Node node, StringBuilder text) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            text.append(labeled.getText()).append('\n');
        }
        if (node instanceof TitledPane pane) {
            collectText(pane.getContent(), text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectText(child, text));
        }
    }

    void assertVisible(String query) {
        Node node = node(query);
        assertThat(node.isVisible()).as(query + " visible").isTrue();
    }
}
