package org.exposurecheck.ui.shell;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.ui.common.CjkFonts;
import org.exposurecheck.ui.common.Choices;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.common.Theme;
import org.exposurecheck.ui.shared.VaultViewModel;

/** The toolbar and banners around every screen: language, look, large type, demo mode, packs, quick exit. */
public final class ShellController {
    private final AppContext context;
    private final Navigator navigator;

    @FXML
    private ComboBox<Locale> language;
    @FXML
    private ComboBox<Theme> theme;
    @FXML
    private ToggleButton presentation;
    @FXML
    private ToggleButton demoMode;
    @FXML
    private Button savedProfiles;
    @FXML
    private Button quickExit;
    @FXML
    private Label demoBanner;
    @FXML
    private Label fontWarning;

    public ShellController(AppContext context, Navigator navigator) {
        this.context = context;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        language.getItems().setAll(I18n.LANGUAGES);
        language.setConverter(Choices.converter(I18n::nativeName));
        language.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Locale item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : I18n.nativeName(item));
            }
        });
        language.valueProperty().bindBidirectional(context.i18n().localeProperty());

        theme.getItems().setAll(Theme.values());
        theme.setConverter(Choices.converter(value -> context.i18n().text(value.messageKey())));
        theme.valueProperty().bindBidirectional(context.themeProperty());

        presentation.selectedProperty().bindBidirectional(context.presentationProperty());
        demoMode.selectedProperty().bindBidirectional(navigator.demoModeProperty());
        demoBanner.visibleProperty().bind(navigator.demoModeProperty());
        demoBanner.managedProperty().bind(demoBanner.visibleProperty());
        fontWarning.setVisible(false);
        fontWarning.setManaged(false);
        CjkFonts.whenKnown(fontsMissing -> {
            fontWarning.setVisible(fontsMissing);
            fontWarning.setManaged(fontsMissing);
        });
        // Shown while a vault exists (bindings listen weakly, so a rebuilt shell does not linger).
        VaultViewModel vault = context.vault();
        savedProfiles.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vault.status().state() != org.exposurecheck.app.vault.VaultSession.State.NO_VAULT, vault.statusProperty()));
        savedProfiles.managedProperty().bind(savedProfiles.visibleProperty());
        quickExit.setTooltip(new Tooltip(context.i18n().text("toolbar.quickExit.tooltip")));
    }

    @FXML
    private void showPacks() {
        navigator.show(Screen.PACKS);
    }

    @FXML
    private void showSavedProfiles() {
        navigator.show(Screen.VAULT);
    }

    @FXML
    private void quickExit() {
        navigator.quickExit();
    }
}
