package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.Profile;
import org.exposurecheck.match.RecordMatch;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.ui.form.DemoPersonas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A trainer shows the photo check with a demo persona whose headshot the fictional leak site published. */
@ExtendWith(ApplicationExtension.class)
class DemoPersonaPhotoTest {
    @TempDir
    static Path dataDir;
    private UiDriver ui;

    @Start
    void start(Stage stage) {
        ui = new UiDriver(dataDir, new FxRobot());
        ui.open(stage);
    }

    @Test
    void aPersonaWhosePhotoLeakedFillsTheFormWithItAndSeesItMatched() throws Exception {
        DemoPersonas.Persona persona = DemoPersonas.load().stream()
                .filter(p -> p.kind().equals("exposed") && p.photo().isPresent()).findFirst().orElseThrow();
        String label = persona.profile().label();
        ExposureReport expected = ui.context.engine().check(new Profile(label, persona.profile().identifiers(), persona.photoProbes()),
                List.of(BundledDemo.pack(Instant.now())), Progress.NONE, new CancelSignal());
        RecordMatch byPhoto = expected.matches().stream().filter(match -> match.matchedTypes().contains(IdentifierType.PHOTO))
                .findFirst().orElseThrow(() -> new AssertionError("the demo data holds " + label + "'s photo"));

        ui.toForm();
        ui.choosePersona(label);
        ComboBox<DemoPersonas.Persona> personas = ui.node("#personas");
        assertThat(personas.getButtonCell().getText()).endsWith("in the demo dataset, with their own photo");
        assertThat(ui.text("#photoStatus")).startsWith("1 photo added");
        ui.checkAndWait();

        assertThat(ui.text("#scope")).contains("photo");
        ui.click("#showDetails");
        String records = ui.allText("#records");
        assertThat(records).containsPattern("Your details that matched: [^\n]*\\bphoto[,.]")
                .contains(ui.context.i18n().text("results.confidence." + byPhoto.confidence().id()));
        assertThat(ui.robot.lookup(node -> node instanceof ImageView).queryAll()).as("a photo is never shown").isEmpty();
    }
}
