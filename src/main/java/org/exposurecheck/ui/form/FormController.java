package org.exposurecheck.ui.form;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.exposurecheck.app.CheckService;
import org.exposurecheck.app.Job;
import org.exposurecheck.app.PhotoFingerprints;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.pack.photo.PhotoHash;
import org.exposurecheck.pack.photo.PhotoHasher;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.ui.common.InitialFocus;
import org.exposurecheck.ui.common.Jobs;
import org.exposurecheck.ui.shell.Navigator;
import org.exposurecheck.ui.shell.Screen;
import org.exposurecheck.ui.shared.FormViewModel;
import org.exposurecheck.ui.shared.EntryRow;

/** The details form: rows per type, demo personas, and the check itself on a background thread. */
public final class FormController {
    private final AppContext context;
    private final Navigator navigator;
    private final FormViewModel form;
    /** Rows are rebuilt when rows come or go; a value changing (the list's extractor) must not recreate fields. */
    private final ListChangeListener<EntryRow> rebuildRows = change -> {
        while (change.next()) {
            if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                buildRows();
                return;
            }
        }
    };

    @FXML
    private HBox personaBox;
    @FXML
    private Label personaLabel;
    @FXML
    private ComboBox<DemoPersonas.Persona> personas;
    @FXML
    private VBox rowsBox;
    @FXML
    private MenuButton addDetail;
    @FXML
    private Label hint;
    @FXML
    private Button removePhotos;
    @FXML
    private Label photoStatus;
    @FXML
    private Button check;
    @FXML
    private VBox progressOverlay;
    @FXML
    private ProgressBar progress;

    private final ChangeListener<Jobs.Running<CheckService.Outcome>> showProgress = (observable, before, now) -> {
        progress.progressProperty().unbind();
        if (now != null) {
            progress.progressProperty().bind(now.progressProperty());
        }
    };
    private final ChangeListener<Job<?>> showFailure = (observable, before, failed) -> sayWhyItFailed(failed);
    private Jobs.Running<List<PhotoHash>> photoBeingRead;
    /** Checking waits for a photo being read: it would otherwise run without it, and the person would not know. */
    private final BooleanProperty readingPhoto = new SimpleBooleanProperty();

    public FormController(AppContext context, Navigator navigator) {
        this.context = context;
        this.navigator = navigator;
        this.form = context.session().form();
    }

    @FXML
    private void initialize() {
        for (IdentifierType type : FormViewModel.TYPEABLE) {
            MenuItem item = new MenuItem(context.i18n().text("form.type." + type.id() + ".label"));
            item.setId("add-" + type.id());
            item.setOnAction(event -> {
                EntryRow row = form.addRow(type);
                Platform.runLater(() -> focus(row));
            });
            addDetail.getItems().add(item);
        }
        form.rows().addListener(new WeakListChangeListener<>(rebuildRows));
        buildRows();
        hint.textProperty().bind(Bindings.createStringBinding(() -> hintText(form.readableKinds().get()), form.readableKinds()));
        bindPhotoStatus();
        removePhotos.visibleProperty().bind(Bindings.isNotEmpty(form.photos()));
        removePhotos.managedProperty().bind(removePhotos.visibleProperty());
        check.disableProperty().bind(form.canCheck().not().or(readingPhoto).or(context.session().runningCheckProperty().isNotNull()));
        bindRunningCheck();

        personaBox.visibleProperty().bind(navigator.demoModeProperty());
        personaBox.managedProperty().bind(personaBox.visibleProperty());
        personaLabel.setLabelFor(personas);
        personas.getItems().setAll(DemoPersonas.load());
        personas.setCellFactory(list -> new PersonaCell());
        personas.setButtonCell(new PersonaCell());
        personas.setAccessibleText(personaLabel.getText());
        if (!form.rows().isEmpty()) {
            InitialFocus.request(((EntryRowView) rowsBox.getChildren().get(0)).field());
        }
    }

    private String hintText(int readableKinds) {
        return form.canCheck().get() ? context.i18n().format("form.hint.ready", Map.of("count", readableKinds))
                : context.i18n().text("form.hint.needTwo");
    }

    private void bindPhotoStatus() {
        photoStatus.textProperty().bind(Bindings.createStringBinding(() -> form.photos().isEmpty()
                ? context.i18n().text("form.photo.none")
                : context.i18n().format("form.photo.added", Map.of("count", form.photos().size())), form.photos()));
    }

    @FXML
    private void addPhoto() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.i18n().text("form.photo.add"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(context.i18n().text("form.photo.fileType"),
                "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.JPG", "*.JPEG", "*.PNG"));
        File file = chooser.showOpenDialog(check.getScene().getWindow());
        if (file != null) {
            addPhoto(file.toPath());
        }
    }

    /** Fingerprints a photo off the FX thread; only the fingerprints are kept, never the path or the pixels. */
    void addPhoto(Path file) {
        addPhoto(() -> PhotoFingerprints.of(file));
    }

    private void addPhoto(Callable<List<PhotoHash>> fingerprint) {
        photoStatus.textProperty().unbind();
        photoStatus.setText(context.i18n().text("form.photo.reading"));
        Jobs.Running<List<PhotoHash>> job = Jobs.start("photo", new Job<>((progress, cancel) -> fingerprint.call()));
        job.whenEnded(ended -> {
            switch (ended.state()) {
                case SUCCEEDED -> {
                    bindPhotoStatus();
                    form.addPhoto(ended.result().orElseThrow());
                }
                case FAILED -> photoStatus.setText(ended.failure().orElse(null) instanceof PhotoHasher.NotAPhotoException notAPhoto
                        ? context.i18n().format("form.photo.problem." + notAPhoto.reason().id(), Map.of("megabytes", PhotoHasher.MAX_FILE_BYTES >> 20))
                        : context.i18n().text("form.error.unexpected"));
                default -> {
                }
            }
        });
        readingPhoto.bind(job.stateProperty().isEqualTo(Job.State.RUNNING));
        photoBeingRead = job;
    }

    /** A photo still being read when the form is emptied or refilled must not land in the new form. */
    private void dropPhotoBeingRead() {
        if (photoBeingRead != null) {
            photoBeingRead.cancel();
            photoBeingRead = null;
            readingPhoto.unbind();
            readingPhoto.set(false);
            bindPhotoStatus();
        }
    }

    @FXML
    private void removePhotos() {
        form.photos().clear();
    }

    private void buildRows() {
        rowsBox.getChildren().clear();
        for (EntryRow row : form.rows()) {
            rowsBox.getChildren().add(new EntryRowView(row, context.i18n(), () -> form.removeRow(row)));
        }
    }

    private void focus(EntryRow row) {
        int index = form.rows().indexOf(row);
        if (index >= 0 && index < rowsBox.getChildren().size()) {
            ((EntryRowView) rowsBox.getChildren().get(index)).field().requestFocus();
        }
    }

    @FXML
    private void fillPersona() {
        DemoPersonas.Persona persona = personas.getValue();
        if (persona != null) {
            dropPhotoBeingRead();
            form.fill(persona.profile());
            if (persona.photo().isPresent()) {
                addPhoto(persona::photoProbes);
            }
        }
    }

    @FXML
    private void clear() {
        dropPhotoBeingRead();
        form.clear();
    }

    /** Starts a check unless one is running; the session holds it, so a rebuilt screen shows the same one. */
    @FXML
    private void check() {
        form.touchAll();
        if (!form.canCheck().get() || context.session().runningCheckProperty().get() != null) {
            return;
        }
        var profile = form.toProfile();
        Jobs.Running<CheckService.Outcome> job = Jobs.start("check", context.checks().check(profile, navigator.demoModeProperty().get()));
        context.session().runningCheckProperty().set(job);
        job.whenEnded(ended -> context.session().checkEnded(job, () -> navigator.show(Screen.RESULTS)));
    }

    @FXML
    private void cancel() {
        var job = context.session().runningCheckProperty().get();
        if (job != null) {
            job.cancel();
            context.session().runningCheckProperty().set(null);
        }
    }

    private void bindRunningCheck() {
        var running = context.session().runningCheckProperty();
        progressOverlay.visibleProperty().bind(running.isNotNull());
        running.addListener(new WeakChangeListener<>(showProgress));
        showProgress.changed(running, null, running.get());
        context.session().failedCheckProperty().addListener(new WeakChangeListener<>(showFailure));
    }

    private void sayWhyItFailed(Job<?> failed) {
        if (failed != null) {
            context.session().failedCheckProperty().set(null);
            showError(failed);
        }
    }

    private void showError(Job<?> failed) {
        String message = failed.refusal().map(refusal -> refusal.in(context.i18n().locale()))
                .orElseGet(() -> context.i18n().text("form.error.unexpected"));
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(context.i18n().text("form.error.heading"));
        alert.initOwner(check.getScene().getWindow());
        alert.show();
    }

    /** Lists a persona by the name it would type, whether it is in the demo data and whether it brings a photo. */
    private final class PersonaCell extends ListCell<DemoPersonas.Persona> {
        @Override
        protected void updateItem(DemoPersonas.Persona persona, boolean empty) {
            super.updateItem(persona, empty);
            if (empty || persona == null) {
                setText(null);
                return;
            }
            String kind = context.i18n().text("form.persona.kind." + persona.kind());
            setText(persona.displayName() + " — "
                    + (persona.photo().isPresent() ? context.i18n().format("form.persona.withPhoto", Map.of("kind", kind)) : kind));
        }
    }
}
