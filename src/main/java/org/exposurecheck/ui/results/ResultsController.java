package org.exposurecheck.ui.results;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.CheckedPack;
import org.exposurecheck.match.Confidence;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.RecordMatch;
import org.exposurecheck.report.Advice;
import org.exposurecheck.report.Helplines;
import org.exposurecheck.ui.AppContext;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.common.InitialFocus;
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

    @FXML
    private VBox summaryCard;
    @FXML
    private Label summary;
    @FXML
    private Label summaryDetail;
    @FXML
    private Label skipped;
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
        ResultsViewModel results = new ResultsViewModel(report);
        summarise(results);
        describeRecords(results);
        giveAdvice(report);
        listHelplines();
        describeScope(results);
        InitialFocus.request(summary);
    }

    private void summarise(ResultsViewModel results) {
        summaryCard.getStyleClass().add(results.exposed() ? "found" : "not-found");
        summary.setFocusTraversable(true);
        if (!results.exposed()) {
            summary.setText(i18n.text("results.summary.notFound"));
            summaryDetail.setText(i18n.text("results.summary.notFound.detail"));
        } else {
            summary.setText(i18n.format("results.summary.found", Map.of("details", results.matchedTypes().size(),
                    "datasets", results.byDataset().size())));
            boolean onlyPossible = context.session().reportProperty().get().matches().stream()
                    .allMatch(match -> match.confidence() == Confidence.POSSIBLE);
            summaryDetail.setText(i18n.text(onlyPossible ? "results.summary.found.possibleOnly" : "results.summary.found.detail"));
        }
        Set<IdentifierType> skippedTypes = results.skippedTypes();
        skipped.setVisible(!skippedTypes.isEmpty());
        skipped.setManaged(!skippedTypes.isEmpty());
        skipped.setText(i18n.format("results.skipped", Map.of("types", typeList(skippedTypes))));
    }

    private void describeRecords(ResultsViewModel results) {
        showDetails.setVisible(results.exposed());
        showDetails.setManaged(results.exposed());
        records.visibleProperty().bind(showDetails.selectedProperty());
        records.managedProperty().bind(records.visibleProperty());
        showDetails.textProperty().bind(javafx.beans.binding.Bindings.when(showDetails.selectedProperty())
                .then(i18n.text("results.details.hide")).otherwise(i18n.text("results.details.show")));
        results.byDataset().forEach((title, matches) -> {
            VBox cards = new VBox(8);
            matches.forEach(match -> cards.getChildren().add(recordCard(match)));
            boolean demo = matches.get(0).demoPack();
            TitledPane dataset = new TitledPane(demo ? title + " — " + i18n.text("results.demoLabel") : title, cards);
            dataset.setExpanded(true);
            dataset.setAnimated(false);
            records.getChildren().add(dataset);
        });
    }

    private Node recordCard(RecordMatch match) {
        VBox card = new VBox(4);
        card.getStyleClass().addAll("card", "record", match.confidence() == Confidence.CERTAIN ? "certain" : "possible");
        card.getChildren().add(wrapped(i18n.format("results.record.heading", Map.of(
                "category", category(match.record().category()),
                "first", date(match.record().firstSeen()),
                "last", date(match.record().lastSeen()),
                "id", match.record().id())), "record-heading"));
        card.getChildren().add(wrapped(i18n.format("results.record.matched", Map.of("types", typeList(match.matchedTypes()))), null));
        Set<IdentifierType> others = ResultsViewModel.alsoListed(match);
        if (!others.isEmpty()) {
            card.getChildren().add(wrapped(i18n.format("results.record.alsoLists", Map.of("types", typeList(others))), null));
        }
        card.getChildren().add(wrapped(i18n.text("results.confidence." + match.confidence().id()), "confidence"));
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
            card.getChildren().add(wrapped(item.title(), "subheading"));
            item.steps().forEach(step -> card.getChildren().add(wrapped("•  " + step, null)));
            advice.getChildren().add(card);
        }
    }

    private void listHelplines() {
        for (Helplines.Helpline helpline : Helplines.all(i18n.locale())) {
            VBox entry = new VBox(2);
            entry.getChildren().addAll(wrapped(helpline.name(), "helpline-name"), wrapped(helpline.description(), null),
                    wrapped(helpline.contact(), "helpline-contact"));
            helplines.getChildren().add(entry);
        }
    }

    private void describeScope(ResultsViewModel results) {
        List<CheckedPack> packs = results.packsChecked();
        String datasets = packs.stream().map(pack -> pack.demo() ? pack.title() + " (" + i18n.text("results.demoLabel") + ")" : pack.title())
                .collect(Collectors.joining(", "));
        scope.setText(i18n.format("results.scope.checked", Map.of("types", typeList(results.checkedTypes()),
                "count", packs.size(), "datasets", datasets)));
    }

    private String typeList(Set<IdentifierType> types) {
        return types.stream().map(type -> i18n.text("type." + type.id())).collect(Collectors.joining(i18n.text("list.separator")));
    }

    private String category(String category) {
        if (category == null) {
            return i18n.text("category.unknown");
        }
        String key = "category." + category.replace(' ', '_');
        return i18n.bundle().containsKey(key) ? i18n.text(key) : category;
    }

    private String date(LocalDate date) {
        return date == null ? i18n.text("date.unknown") : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale()));
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
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
