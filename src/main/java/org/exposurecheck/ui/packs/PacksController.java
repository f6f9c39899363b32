package org.exposurecheck.ui.packs;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.exposurecheck.app.IndexRepair;
import org.exposurecheck.app.Job;
import org.exposurecheck.app.KeyedConsent;
import org.exposurecheck.pack.Manifest;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.ui.common.Choices;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.common.InitialFocus;
import org.exposurecheck.ui.common.Jobs;
import org.exposurecheck.ui.common.WrappedLabel;
import org.exposurecheck.ui.shell.Navigator;
import org.exposurecheck.ui.shell.PackImporter;
import org.exposurecheck.ui.shell.Screen;
import org.exposurecheck.update.PublisherConfirmation;
import org.exposurecheck.update.UpdateException;
import org.exposurecheck.update.UpdateSchedule;
import org.exposurecheck.update.UpdateSummary;
import org.exposurecheck.ui.shared.UpdatesViewModel;

/** The packs screen: what is installed, importing a pack after confirming its publisher, removing one. */
public final class PacksController implements PackImporter {
    private final AppContext context;
    private final Navigator navigator;
    private final I18n i18n;
    private final PacksViewModel model;

    @FXML
    private Label demoNote;
    @FXML
    private VBox indexDamagedCard;
    @FXML
    private Button rebuildIndex;
    @FXML
    private Label listLabel;
    @FXML
    private ListView<InstalledPack> packs;
    @FXML
    private Label status;
    @FXML
    private Button remove;
    @FXML
    private VBox keyedSection;
    @FXML
    private VBox keyedOffers;
    @FXML
    private Label mirrorsLabel;
    @FXML
    private TextArea mirrors;
    @FXML
    private Label proxyLabel;
    @FXML
    private ComboBox<UpdatesViewModel.ProxyChoice> proxyChoice;
    @FXML
    private TextField customProxy;
    @FXML
    private Label connectLabel;
    @FXML
    private Spinner<Integer> connectSeconds;
    @FXML
    private Label readLabel;
    @FXML
    private Spinner<Integer> readSeconds;
    @FXML
    private Label scheduleLabel;
    @FXML
    private ComboBox<UpdateSchedule> schedule;
    @FXML
    private Button checkUpdates;
    @FXML
    private Button saveSettings;
    @FXML
    private TitledPane updatesPane;
    @FXML
    private Button cancelUpdate;
    @FXML
    private ProgressBar updateProgress;
    @FXML
    private Label updateStep;
    @FXML
    private Label updateSummary;

    private final UpdatesViewModel updates;
    private final ChangeListener<Jobs.Running<UpdateSummary>> showUpdateProgress = (observable, before, now) -> showUpdate(now);
    private final ChangeListener<UpdatesViewModel.EndedUpdate> sayHowTheUpdateWent = (observable, before, ended) -> updateEnded(ended);

    private void showUpdate(Jobs.Running<UpdateSummary> now) {
        updateProgress.progressProperty().unbind();
        updateStep.textProperty().unbind();
        if (now != null) {
            // A screen rebuilt during an update (a language switch) opens on it, so its progress and cancel stay in sight.
            updatesPane.setExpanded(true);
            updateProgress.progressProperty().bind(now.progressProperty());
            updateStep.textProperty().bind(Bindings.when(now.stepProperty().isEmpty())
                    .then(i18n.text("updates.step.contacting")).otherwise(now.stepProperty()));
        } else {
            updateStep.setText("");
        }
    }

    public PacksController(AppContext context, Navigator navigator) {
        this.context = context;
        this.navigator = navigator;
        this.i18n = context.i18n();
        this.model = new PacksViewModel(context.packs(), context.i18n());
        this.updates = context.updates();
    }

    @FXML
    private void initialize() {
        listLabel.setLabelFor(packs);
        packs.setItems(model.installed());
        packs.setCellFactory(list -> new PackCell());
        packs.setPlaceholder(new Label(i18n.text("packs.none")));
        status.textProperty().bind(model.statusProperty());
        remove.disableProperty().bind(packs.getSelectionModel().selectedItemProperty().isNull());
        model.keyedOffers().addListener((ListChangeListener<KeyedConsent.Offer>) change -> showKeyedOffers());
        model.refresh();
        showKeyedOffers();
        demoNote.visibleProperty().bind(navigator.demoModeProperty());
        demoNote.managedProperty().bind(demoNote.visibleProperty());
        indexDamagedCard.visibleProperty().bind(model.indexDamagedProperty());
        indexDamagedCard.managedProperty().bind(indexDamagedCard.visibleProperty());
        if (model.indexDamagedProperty().get()) {
            InitialFocus.request(rebuildIndex);
        }
        initializeUpdates();
    }

    /** One card per pack with a keyed tier: the consent in plain words, the service and its limit, and the opt-in (off until ticked). */
    private void showKeyedOffers() {
        keyedSection.setVisible(!model.keyedOffers().isEmpty());
        keyedSection.setManaged(keyedSection.isVisible());
        Node focused = keyedOffers.getScene() != null ? keyedOffers.getScene().getFocusOwner() : null;
        String focusedBox = focused instanceof CheckBox box && keyedOffers.getChildren().stream().anyMatch(card -> box.getParent() == card)
                ? box.getId() : null;
        keyedOffers.getChildren().clear();
        for (KeyedConsent.Offer offer : model.keyedOffers()) {
            Label consent = WrappedLabel.of(i18n.format("packs.keyed.consent", Map.of("title", offer.title())));
            Label service = WrappedLabel.of(i18n.format("packs.keyed.service", Map.of("service", offer.service(), "count", offer.guessesPerDay())));
            service.getStyleClass().add("note");
            CheckBox allow = new CheckBox(i18n.format("packs.keyed.allow", Map.of("title", offer.title())));
            allow.setId("allowKeyed-" + offer.packId());
            allow.setWrapText(true);
            allow.setSelected(offer.allowed());
            // A screen reader reads the consent with the box, so nobody ticks it without hearing what it allows.
            allow.setAccessibleText(allow.getText() + ". " + consent.getText() + " " + service.getText());
            allow.setOnAction(event -> model.allowKeyed(offer, allow.isSelected()));
            VBox card = new VBox(6, consent, service, allow);
            card.getStyleClass().add("card");
            card.setId("keyedOffer-" + offer.packId());
            keyedOffers.getChildren().add(card);
            if (allow.getId().equals(focusedBox)) {
                // The cards are rebuilt from what was stored: a keyboard user stays on the box just ticked.
                allow.requestFocus();
            }
        }
    }

    private void initializeUpdates() {
        if (updates.runningUpdateProperty().get() == null) {
            updates.load().ifPresent(damaged -> updateSummary.setText(damaged.in(i18n.locale())));
        }
        mirrorsLabel.setLabelFor(mirrors);
        proxyLabel.setLabelFor(proxyChoice);
        connectLabel.setLabelFor(connectSeconds);
        readLabel.setLabelFor(readSeconds);
        scheduleLabel.setLabelFor(schedule);
        mirrors.textProperty().bindBidirectional(updates.mirrorsProperty());
        proxyChoice.getItems().setAll(UpdatesViewModel.ProxyChoice.values());
        proxyChoice.setConverter(Choices.converter(choice -> i18n.text("updates.proxy." + choice.name().toLowerCase(Locale.ROOT))));
        proxyChoice.valueProperty().bindBidirectional(updates.proxyChoiceProperty());
        proxyChoice.setAccessibleText(proxyLabel.getText());
        customProxy.textProperty().bindBidirectional(updates.customProxyProperty());
        customProxy.visibleProperty().bind(updates.proxyChoiceProperty().isEqualTo(UpdatesViewModel.ProxyChoice.CUSTOM));
        customProxy.setAccessibleText(proxyLabel.getText());
        connectSeconds.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 600, updates.connectSecondsProperty().get()));
        connectSeconds.getValueFactory().valueProperty().addListener((o, before, now) -> updates.connectSecondsProperty().set(now));
        readSeconds.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 600, updates.readSecondsProperty().get()));
        readSeconds.getValueFactory().valueProperty().addListener((o, before, now) -> updates.readSecondsProperty().set(now));
        schedule.getItems().setAll(UpdateSchedule.values());
        schedule.setConverter(Choices.converter(value -> i18n.text("updates.schedule." + value.name().toLowerCase(Locale.ROOT))));
        schedule.valueProperty().bindBidirectional(updates.scheduleProperty());
        schedule.setAccessibleText(scheduleLabel.getText());
        cancelUpdate.visibleProperty().bind(updates.runningProperty());
        updateProgress.visibleProperty().bind(updates.runningProperty());
        updateProgress.managedProperty().bind(updateProgress.visibleProperty());
        checkUpdates.disableProperty().bind(updates.runningProperty());
        saveSettings.disableProperty().bind(updates.runningProperty());
        bindRunningUpdate();
    }

    @FXML
    private void saveSettings() {
        try {
            updates.save();
            updateSummary.setText(i18n.text("updates.saved"));
        } catch (UpdateException invalid) {
            updateSummary.setText(invalid.message(i18n.locale()));
        }
    }

    @FXML
    private void checkForUpdates() {
        runUpdate(Optional.empty());
    }

    /** Starts an update; the view model holds it, so a screen rebuilt meanwhile shows the same one. */
    private void runUpdate(Optional<PublisherConfirmation> confirmed) {
        if (updates.mirrorsProperty().get().isBlank()) {
            updateSummary.setText(i18n.text("updates.noMirror"));
            return;
        }
        updateSummary.setText(warnings());
        try {
            updates.startUpdate(confirmed, (packId, bytesDone, bytesTotal) -> i18n.format("updates.step.downloading",
                    Map.of("pack", packId, "done", bytesDone / 1024, "total", bytesTotal / 1024)));
        } catch (UpdateException invalid) {
            updateSummary.setText(warnings() + invalid.message(i18n.locale()));
        }
    }

    private void bindRunningUpdate() {
        var running = updates.runningUpdateProperty();
        running.addListener(new WeakChangeListener<>(showUpdateProgress));
        showUpdateProgress.changed(running, null, running.get());
        updates.endedUpdateProperty().addListener(new WeakChangeListener<>(sayHowTheUpdateWent));
    }

    /** A first-time publisher is confirmed by fingerprint, then the update runs again. */
    private void updateEnded(UpdatesViewModel.EndedUpdate ended) {
        if (ended == null) {
            return;
        }
        updates.endedUpdateProperty().set(null);
        Job<UpdateSummary> job = ended.job();
        if (job.state() == Job.State.SUCCEEDED) {
            UpdateSummary summary = job.result().orElseThrow();
            model.refresh();
            if (summary.unconfirmedPublisher().isPresent() && ended.confirmed().isEmpty()) {
                var publisher = summary.unconfirmedPublisher().get();
                if (confirmPublisher(publisher.fingerprint())) {
                    runUpdate(Optional.of(PublisherConfirmation.of(publisher)));
                    return;
                }
            }
            updateSummary.setText(warnings() + UpdateSummaryText.of(summary, i18n));
            if (summary.catalogue().isPresent() && !model.installed().isEmpty()) {
                navigator.demoModeProperty().set(false);
            }
        } else if (job.state() == Job.State.FAILED) {
            updateSummary.setText(warnings() + job.refusal().map(refusal -> refusal.in(i18n.locale()))
                    .orElseGet(() -> i18n.text("form.error.unexpected")));
        }
    }

    /** The mirrors' warnings in the person's language, each on its own line, for the top of the update's summary. */
    private String warnings() {
        StringBuilder text = new StringBuilder();
        updates.warnings().forEach(warning -> text.append(warning.in(i18n.locale())).append('\n'));
        return text.toString();
    }

    @FXML
    private void cancelUpdate() {
        updates.cancelUpdate();
    }

    private boolean confirmPublisher(String fingerprint) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(packs.getScene().getWindow());
        alert.setTitle(i18n.text("updates.confirm.title"));
        alert.setHeaderText(i18n.text("updates.confirm.header"));
        alert.setContentText(i18n.format("packs.confirm.body", Map.of("fingerprint", fingerprint)));
        ButtonType trust = new ButtonType(i18n.text("updates.confirm.trust"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.text("packs.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(cancel, trust);
        return alert.showAndWait().filter(answer -> answer == trust).isPresent();
    }

    @FXML
    private void importPack() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("packs.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("packs.fileType"), "*.ecpack"));
        File file = chooser.showOpenDialog(packs.getScene().getWindow());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** The import flow after a file was chosen (also the entry for files opened with the app). */
    @Override
    public void importFile(java.nio.file.Path file) {
        PacksViewModel.Candidate candidate = model.open(file);
        if (candidate == null) {
            return;
        }
        if (confirm(candidate.signed().manifest(), candidate.signed().publisher().fingerprint())) {
            InstalledPack installed = model.install(candidate);
            if (installed != null) {
                model.statusProperty().set(i18n.format("packs.installedOk", Map.of("title", installed.title())));
                navigator.demoModeProperty().set(false);
            }
        }
    }

    private boolean confirm(Manifest manifest, String fingerprint) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(packs.getScene().getWindow());
        alert.setTitle(i18n.text("packs.confirm.title"));
        alert.setHeaderText(i18n.format("packs.confirm.header", Map.of("title", manifest.title(), "records", manifest.recordCount())));
        alert.setContentText(i18n.format("packs.confirm.body", Map.of("fingerprint", fingerprint)));
        ButtonType install = new ButtonType(i18n.text("packs.confirm.install"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.text("packs.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(cancel, install);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == install;
    }

    /** Rebuilds a damaged list from the pack files; each publisher the damaged list no longer vouches for is confirmed again. */
    @FXML
    private void rebuildIndex() {
        IndexRepair repair = model.prepareRebuild();
        if (repair == null) {
            return;
        }
        List<PublisherKey> confirmed = new ArrayList<>();
        for (PublisherKey publisher : repair.publishersToConfirm()) {
            if (trustAgain(String.join(", ", repair.titlesSignedBy(publisher)), publisher.fingerprint())) {
                confirmed.add(publisher);
            }
        }
        model.rebuild(repair, confirmed);
        if (!model.installed().isEmpty()) {
            navigator.demoModeProperty().set(false);
        }
    }

    private boolean trustAgain(String titles, String fingerprint) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(packs.getScene().getWindow());
        alert.setTitle(i18n.text("packs.index.confirm.title"));
        alert.setHeaderText(i18n.format("packs.index.confirm.header", Map.of("titles", titles)));
        alert.setContentText(i18n.format("packs.index.confirm.body", Map.of("fingerprint", fingerprint)));
        ButtonType trust = new ButtonType(i18n.text("packs.index.confirm.trust"), ButtonBar.ButtonData.OK_DONE);
        ButtonType setAside = new ButtonType(i18n.text("packs.index.confirm.setAside"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(setAside, trust);
        return alert.showAndWait().filter(answer -> answer == trust).isPresent();
    }

    @FXML
    private void remove() {
        InstalledPack selected = packs.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.remove(selected);
        }
    }

    @FXML
    private void back() {
        navigator.show(context.session().reportProperty().get() != null ? Screen.RESULTS : Screen.FORM);
    }

    private final class PackCell extends ListCell<InstalledPack> {
        @Override
        protected void updateItem(InstalledPack pack, boolean empty) {
            super.updateItem(pack, empty);
            if (empty || pack == null) {
                setText(null);
                return;
            }
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale())
                    .withZone(ZoneId.systemDefault());
            setText(i18n.format("packs.row", Map.of("title", pack.title(), "records", pack.recordCount(),
                    "created", dates.format(pack.created()), "expires", dates.format(pack.expires()),
                    "fingerprint", pack.publisherFingerprint())));
        }
    }
}
