package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.form.DemoPersonas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A clinic hands the person a PDF of their results: it says what the screen says and names no detail they typed. */
@ExtendWith(ApplicationExtension.class)
class PrintedSummaryTest {
    @TempDir
    static Path dataDir;
    @TempDir
    Path outDir;
    private UiDriver ui;

    @Start
    void start(Stage stage) {
        ui = new UiDriver(dataDir, new FxRobot());
        ui.open(stage);
    }

    @Test
    void theSavedSummarySaysWhatTheScreenSaysAndNoTypedDetail() throws Exception {
        Path pdf = outDir.resolve("summary.pdf");
        ui.context.useSaveDialog((owner, title, suggestedName, type) -> Optional.of(pdf));
        DemoPersonas.Persona persona = exposedPersona();
        ui.toForm();
        ui.choosePersona(persona.profile().label());
        ui.checkAndWait();

        ui.click("#saveSummary");
        waitForStatus("Saved: " + pdf);

        String text = textOf(pdf);
        assertThat(text).contains("Exposure Check: summary of a check").contains(ui.text("#summary"))
                .contains("What you can do").contains("Access Now Digital Security Helpline").contains("Not found does not mean safe");
        for (Identifier typed : persona.profile().identifiers()) {
            assertThat(text).as("the summary names kinds of details, not the %s typed", typed.type().id()).doesNotContain(typed.value());
        }
    }

    @Test
    void theSummaryIsWrittenInTheLanguageOnScreen() throws Exception {
        Path pdf = outDir.resolve("摘要.pdf");
        ui.context.useSaveDialog((owner, title, suggestedName, type) -> {
            assertThat(suggestedName).isEqualTo("外洩檢查摘要.pdf");
            return Optional.of(pdf);
        });
        ui.toForm();
        ui.choosePersona(exposedPersona().profile().label());
        ui.checkAndWait();
        ComboBox<java.util.Locale> language = ui.node("#language");
        ui.robot.interact(() -> language.setValue(I18n.TRADITIONAL_HK));
        WaitForAsyncUtils.waitForFxEvents();

        ui.click("#saveSummary");
        waitForStatus("已儲存：" + pdf);

        assertThat(textOf(pdf)).contains("個人資料外洩檢查：檢查摘要").contains(ui.text("#summary")).contains("你可以怎樣做");
    }

    @Test
    void aSummaryThatCannotBeWrittenSaysWhyAndLeavesNoPartOfIt() throws Exception {
        Path notAFolder = Files.writeString(outDir.resolve("usb-stick"), "a file where a folder should be");
        ui.context.useSaveDialog((owner, title, suggestedName, type) -> Optional.of(notAFolder.resolve("summary.pdf")));
        ui.toForm();
        ui.choosePersona(exposedPersona().profile().label());
        ui.checkAndWait();

        ui.click("#saveSummary");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ui.text("#summaryStatus").startsWith("Could not write"));

        assertThat(ui.text("#summaryStatus")).startsWith("Could not write " + notAFolder.resolve("summary.pdf"));
        try (var files = Files.list(outDir)) {
            assertThat(files).containsExactly(notAFolder);
        }
    }

    @Test
    void cancellingTheDialogWritesNothing() throws Exception {
        ui.context.useSaveDialog((owner, title, suggestedName, type) -> Optional.empty());
        ui.toForm();
        ui.choosePersona(exposedPersona().profile().label());
        ui.checkAndWait();
        ui.click("#saveSummary");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.text("#summaryStatus")).isEmpty();
        try (var files = Files.list(outDir)) {
            assertThat(files).isEmpty();
        }
    }

    private static DemoPersonas.Persona exposedPersona() {
        return DemoPersonas.load().stream().filter(p -> p.kind().equals("exposed")).findFirst().orElseThrow();
    }

    private void waitForStatus(String expected) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !ui.text("#summaryStatus").isEmpty()
                && !ui.text("#summaryStatus").equals(ui.context.i18n().text("summary.saving")));
        assertThat(ui.text("#summaryStatus")).isEqualTo(expected);
    }

    private static String textOf(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
