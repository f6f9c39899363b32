package org.exposurecheck.ui.welcome;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.exposurecheck.app.vault.PassphraseRating;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.ui.common.InitialFocus;
import org.exposurecheck.ui.shell.Navigator;
import org.exposurecheck.ui.shell.Screen;

/** What is checked, that nothing leaves or stays, and the person's consent before anything is typed. */
public final class WelcomeController {
    private final AppContext context;
    private final Navigator navigator;

    @FXML
    private Label datasets;
    @FXML
    private Label vaultVisible;
    @FXML
    private CheckBox consent;
    @FXML
    private Button start;

    public WelcomeController(AppContext context, Navigator navigator) {
        this.context = context;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        start.disableProperty().bind(consent.selectedProperty().not());
        datasets.setText(datasetsText());
        vaultVisible.setText(PassphraseRating.visibleOnThisComputer().in(context.i18n().locale()));
        InitialFocus.request(consent);
    }

    private String datasetsText() {
        if (context.packs().indexDamaged()) {
            return context.i18n().text("welcome.datasets.damaged");
        }
        if (navigator.demoModeProperty().get()) {
            return context.i18n().text("welcome.datasets.demo");
        }
        try {
            var packs = context.packs().installed();
            String titles = String.join(", ", packs.stream().map(InstalledPack::title).toList());
            return context.i18n().format("welcome.datasets.installed", Map.of("count", packs.size(), "titles", titles));
        } catch (ExplainedException unreadable) {
            return unreadable.message(context.i18n().locale());
        }
    }

    @FXML
    private void start() {
        navigator.show(Screen.FORM);
    }
}
