package org.exposurecheck.ui.packs;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.FileChooser;
import org.exposurecheck.pack.Manifest;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.ui.AppContext;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.shell.Navigator;
import org.exposurecheck.ui.shell.Screen;

/** The packs screen: what is installed, importing a pack after confirming its publisher, removing one. */
public final class PacksController {
    private final AppContext context;
    private final Navigator navigator;
    private final I18n i18n;
    private final PacksViewModel model;

    @FXML
    private Label demoNote;
    @FXML
    private Label listLabel;
    @FXML
    private ListView<InstalledPack> packs;
    @FXML
    private Label status;
    @FXML
    private Button remove;

    public PacksController(AppContext context, Navigator navigator) {
        this.context = context;
        this.navigator = navigator;
        this.i18n = context.i18n();
        this.model = new PacksViewModel(context.packs());
    }

    @FXML
    private void initialize() {
        listLabel.setLabelFor(packs);
        packs.setItems(model.installed());
        packs.setCellFactory(list -> new PackCell());
        packs.setPlaceholder(new Label(i18n.text("packs.none")));
        status.textProperty().bind(model.statusProperty());
        remove.disableProperty().bind(packs.getSelectionModel().selectedItemProperty().isNull());
        model.refresh();
        demoNote.visibleProperty().bind(navigator.demoModeProperty());
        demoNote.managedProperty().bind(demoNote.visibleProperty());
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
