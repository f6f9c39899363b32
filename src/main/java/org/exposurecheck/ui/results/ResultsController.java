package org.exposurecheck.ui.results;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.exposurecheck.app.Job;
import org.exposurecheck.app.PrintedSummaryComposer;
import org.exposurecheck.app.ResultsText;
import org.exposurecheck.app.ReportDigest;
import org.exposurecheck.app.SummaryFile;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.Confidence;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.RecordMatch;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.report.Advice;
import org.exposurecheck.report.Helplines;
import org.exposurecheck.report.PrintedSummary;
import org.exposurecheck.report.SummaryPdf;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.common.InitialFocus;
import org.exposurecheck.ui.common.Jobs;
import org.exposurecheck.ui.common.Reveal;
import org.exposurecheck.ui.common.WrappedLabel;
import org.exposurecheck.ui.shell.Navigator;
import org.exposurecheck.ui.shell.Screen;

/**
 * The answer, calmly: a summary first, records on request, advice per exposed kind of detail, where to
 * get help, and an honest account of what was and was not checked. Never shows leaked values.
 */
public final class ResultsController {
    private final AppContext context;
    private final Navigator navigator;
    private final I18n i18n;
    private ResultsText text;

    @FXML
    private VBox summaryCard;
    @FXML
    private Label summary;
    @FXML
    private Label summaryDetail;
    @FXML
    private Label skipped;
    @FXML
    private Label skippedPacks;
    @FXML
    private VBox keyedGaps;
    @FXML
    private ToggleButton showDetails;
    @FXML
    private VBox records;
    @FXML
    private VBox adviceSection;
    @FXML
    private VBox advice;
    @FXML
    private VBox helplines;
    @FXML
    private Label scope;
    @FXML
    private Button saveSummary;
    @FXML
    private Label summaryStatus;

    public ResultsController(AppContext context, Navigator navigator) {
        this.context = context;
        this.navigator = navigator;
        this.i18n = context.i18n();
    }

    @FXML
    private void initialize() {
        ExposureReport report = context.session().reportProperty().get();
        if (report == null) {
            Platform.runLater(() -> navigator.show(Screen.FORM));
            return;
        }
        ReportDigest results = new ReportDigest(report);
        text = new ResultsText(i18n.messages(), results);
        summarise(results);
        describeRecords(results);
        giveAdvice(report);
        listHelplines();
        scope.setText(text.scope());
        InitialFocus.request(summary);
    }

    private void summarise(ReportDigest results) {
        summaryCard.getStyleClass().add(results.exposed() ? "found" : "not-found");
        summary.setFocusTraversable(true);
        summary.setText(text.summary());
        summaryDetail.setText(text.summaryDetail());
        Optional<String> skippedTypes = text.skipped();
        skipped.setVisible(skippedTypes.isPresent());
        skipped.setManaged(skippedTypes.isPresent());
        skipped.setText(skippedTypes.orElse(""));
        String packs = context.session().skippedPacksProperty().get().stream()
                .map(pack -> i18n.format("results.packSkipped", Map.of("title", pack.title(), "reason", pack.reason().in(i18n.locale()))))
                .collect(java.util.stream.Collectors.joining("\n"));
        skippedPacks.setVisible(!packs.isEmpty());
        skippedPacks.setManaged(!packs.isEmpty());
        skippedPacks.setText(packs);
        sayWhatWasNotLookedUp(results);
    }

    /** One calm sentence per pack whose keyed-only details were not looked up; where the person has not allowed it, the way to. */
    private void sayWhatWasNotLookedUp(ReportDigest results) {
        keyedGaps.setVisible(!results.keyedGaps().isEmpty());
        keyedGaps.setManaged(keyedGaps.isVisible());
        results.keyedGaps().forEach(gap -> {
            Label sentence = WrappedLabel.of(text.keyedGap(gap), "note");
            sentence.setFocusTraversable(true);
            VBox entry = new VBox(4, sentence);
            entry.getStyleClass().add("keyed-gap");
            if (gap.notAllowed()) {
                Button allow = new Button(i18n.text("results.keyed.allow"));
                allow.setId("allowLookups-" + gap.packId());
                allow.setAccessibleText(allow.getText() + " " + gap.packTitle());
                allow.setOnAction(event -> {
                    // The consent is given where its words are: the Datasets screen, opened on this pack's box.
                    Scene scene = allow.getScene();
                    navigator.show(Screen.PACKS);
                    Reveal.later(scene, "allowKeyed-" + gap.packId());
                });
                entry.getChildren().add(allow);
            }
            keyedGaps.getChildren().add(entry);
        });
    }

    private void describeRecords(ReportDigest results) {
        showDetails.setVisible(results.exposed());
        showDetails.setManaged(results.exposed());
        records.visibleProperty().bind(showDetails.selectedProperty());
        records.managedProperty().bind(records.visibleProperty());
        showDetails.textProperty().bind(javafx.beans.binding.Bindings.when(showDetails.selectedProperty())
                .then(i18n.text("results.details.hide")).otherwise(i18n.text("results.details.show")));
        results.byDataset().forEach((title, matches) -> {
            VBox cards = new VBox(8);
            matches.forEach(match -> cards.getChildren().add(recordCard(match)));
            TitledPane dataset = new TitledPane(text.datasetTitle(title, matches), cards);
            dataset.setExpanded(true);
            dataset.setAnimated(false);
            records.getChildren().add(dataset);
        });
    }

    private Node recordCard(RecordMatch match) {
        VBox card = new VBox(4);
        card.getStyleClass().addAll("card", "record", match.confidence() == Confidence.CERTAIN ? "certain" : "possible");
        card.getChildren().add(WrappedLabel.of(text.recordHeading(match), "record-heading"));
        card.getChildren().add(WrappedLabel.of(text.recordMatched(match)));
        text.recordAlsoLists(match).ifPresent(others -> card.getChildren().add(WrappedLabel.of(others)));
        card.getChildren().add(WrappedLabel.of(text.confidence(match), "confidence"));
        card.setFocusTraversable(true);
        return card;
    }

    private void giveAdvice(ExposureReport report) {
        Set<IdentifierType> exposed = Advice.exposedTypes(report);
        adviceSection.setVisible(!exposed.isEmpty());
        adviceSection.setManaged(!exposed.isEmpty());
        if (exposed.isEmpty()) {
            return;
        }
        for (Advice.Item item : Advice.forTypes(exposed, i18n.locale())) {
            VBox card = new VBox(4);
            card.getStyleClass().add("card");
            card.setId("advice-" + item.type().id());
            card.getChildren().add(WrappedLabel.of(item.title(), "subheading"));
            item.steps().forEach(step -> card.getChildren().add(WrappedLabel.of("•  " + step)));
            advice.getChildren().add(card);
        }
    }

    private void listHelplines() {
        for (Helplines.Helpline helpline : Helplines.all(i18n.locale())) {
            VBox entry = new VBox(2);
            entry.getChildren().addAll(WrappedLabel.of(helpline.name(), "helpline-name"), WrappedLabel.of(helpline.description()),
                    WrappedLabel.of(helpline.contact(), "helpline-contact"));
            helplines.getChildren().add(entry);
        }
    }

    /** Composes the summary now, in the language on screen, and writes it off the FX thread. */
    @FXML
    private void saveSummary() {
        PrintedSummary printed = PrintedSummaryComposer.compose(context.session().reportProperty().get(), i18n.locale(), LocalDate.now(context.clock()));
        Optional<Path> file = context.saveDialog().choose(saveSummary.getScene().getWindow(), i18n.text("summary.save"),
                i18n.text("summary.fileName"), new FileChooser.ExtensionFilter(i18n.text("summary.fileType"), "*.pdf"));
        if (file.isEmpty()) {
            return;
        }
        Locale language = i18n.locale();
        Jobs.Running<Path> job = Jobs.start("summary", new Job<>((progress, cancel) -> {
            SummaryFile.save(printed, language, file.get());
            return file.get();
        }));
        saveSummary.disableProperty().bind(job.stateProperty().isEqualTo(Job.State.RUNNING));
        summaryStatus.setText(i18n.text("summary.saving"));
        job.whenEnded(ended -> summaryStatus.setText(ended.state() == Job.State.SUCCEEDED
                ? i18n.format("summary.saved", Map.of("file", file.get().toString())) : whySummaryFailed(ended.failure().orElse(null))));
    }

    private String whySummaryFailed(Throwable failure) {
        if (failure instanceof SummaryPdf.NoSuitableFontException) {
            return i18n.text("summary.noFont");
        }
        if (failure instanceof IOException fontUnreadable) {
            return i18n.format("summary.fontUnreadable", Map.of("detail", String.valueOf(fontUnreadable.getMessage())));
        }
        return failure instanceof ExplainedException unwritable ? unwritable.message(i18n.locale()) : i18n.text("form.error.unexpected");
    }

    /** Offers what was typed for this check to the vault screen, where the person chooses a label (and a passphrase). */
    @FXML
    private void saveToVault() {
        context.vault().offer(context.session().form().toProfile());
        navigator.show(Screen.VAULT);
    }

    @FXML
    private void newCheck() {
        context.session().clear();
        navigator.show(Screen.FORM);
    }

    @FXML
    private void edit() {
        navigator.show(Screen.FORM);
    }
}
