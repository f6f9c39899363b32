package org.exposurecheck.ui.vault;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.exposurecheck.app.vault.LockReason;
import org.exposurecheck.app.vault.PassphraseRating;
import org.exposurecheck.app.vault.VaultRecheck;
import org.exposurecheck.app.vault.VaultSession;
import org.exposurecheck.app.vault.VaultStatus;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.store.vault.Passphrase;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.common.InitialFocus;
import org.exposurecheck.ui.common.WrappedLabel;
import org.exposurecheck.ui.shell.Navigator;
import org.exposurecheck.ui.shell.Screen;
import org.exposurecheck.ui.shared.VaultViewModel;

/**
 * The saved profiles: choosing a passphrase for a new vault, unlocking it, and once open what is new since the last
 * check, each profile with its checklist, and forgetting everything. Binds to the {@link VaultViewModel} and
 * forwards what the person does to it; the panel shown follows the vault's state, so a lock shows the unlock panel.
 */
public final class VaultController {
    private final Navigator navigator;
    private final VaultViewModel vault;
    private final I18n i18n;
    private final NewsCard newsCard;
    private final SavedProfileCards profileCards;
    private final InvalidationListener redraw = observable -> show();
    private VaultSession.State shownState;

    @FXML
    private VBox createPanel;
    @FXML
    private Label visible;
    @FXML
    private Label cannotRecover;
    @FXML
    private PasswordField newPassphrase;
    @FXML
    private PasswordField newPassphraseAgain;
    @FXML
    private VBox strength;
    @FXML
    private Label estimateLimits;
    @FXML
    private VBox unlockPanel;
    @FXML
    private Label pendingNote;
    @FXML
    private Label lockedBecause;
    @FXML
    private PasswordField passphrase;
    @FXML
    private Button unlock;
    @FXML
    private VBox openPanel;
    @FXML
    private VBox news;
    @FXML
    private VBox profiles;
    @FXML
    private Button recheck;
    @FXML
    private PasswordField currentPassphrase;
    @FXML
    private PasswordField nextPassphrase;
    @FXML
    private PasswordField nextPassphraseAgain;
    @FXML
    private VBox nextStrength;
    @FXML
    private Button change;
    @FXML
    private Label changed;
    @FXML
    private VBox savePanel;
    @FXML
    private TextField label;
    @FXML
    private Button save;
    @FXML
    private ProgressIndicator working;
    @FXML
    private HBox statusRow;
    @FXML
    private Label problem;
    @FXML
    private VBox forgetPanel;
    @FXML
    private VBox forgetConfirm;
    @FXML
    private Label forgetCopies;

    public VaultController(AppContext context, Navigator navigator) {
        this.navigator = navigator;
        this.vault = context.vault();
        this.i18n = context.i18n();
        this.newsCard = new NewsCard(i18n);
        this.profileCards = new SavedProfileCards(context);
    }

    @FXML
    private void initialize() {
        visible.setText(say(PassphraseRating.visibleOnThisComputer()));
        cannotRecover.setText(say(PassphraseRating.cannotRecover()));
        estimateLimits.setText(say(PassphraseRating.estimateLimits()));
        forgetCopies.setText(say(VaultSession.forgettingLeavesCopies()));
        newPassphrase.textProperty().addListener((observable, before, now) -> rate(newPassphrase, strength));
        rate(newPassphrase, strength);
        nextPassphrase.textProperty().addListener((observable, before, now) -> rate(nextPassphrase, nextStrength));
        rate(nextPassphrase, nextStrength);
        change.disableProperty().bind(vault.busyProperty());
        showing(forgetConfirm, false);
        working.visibleProperty().bind(vault.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        unlock.disableProperty().bind(vault.busyProperty());
        save.disableProperty().bind(vault.busyProperty());
        recheck.disableProperty().bind(vault.busyProperty());
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vault.problemProperty().get() == null ? "" : say(vault.problemProperty().get()), vault.problemProperty()));
        pendingNote.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vault.pendingNoteProperty().get() == null ? "" : say(vault.pendingNoteProperty().get()), vault.pendingNoteProperty()));
        statusRow.visibleProperty().bind(vault.busyProperty().or(problem.textProperty().isNotEmpty()));
        statusRow.managedProperty().bind(statusRow.visibleProperty());
        pendingNote.visibleProperty().bind(pendingNote.textProperty().isNotEmpty());
        pendingNote.managedProperty().bind(pendingNote.visibleProperty());
        // Weak: the view model outlives this screen, which a language switch rebuilds.
        vault.statusProperty().addListener(new WeakInvalidationListener(redraw));
        vault.newsProperty().addListener(new WeakInvalidationListener(redraw));
        vault.offeredProperty().addListener(new WeakInvalidationListener(redraw));
        if (vault.status().state() == VaultSession.State.LOCKED) {
            vault.lookForChanges();
        } else if (vault.status().unlocked() && !vault.busyProperty().get()) {
            vault.recheckIfChanged();
        }
        show();
    }

    /** Shows the panel for the vault's state; called again whenever the state, the news or the offered details change. */
    private void show() {
        VaultStatus status = vault.status();
        boolean offered = vault.offeredProperty().get() != null;
        if (status.state() == VaultSession.State.NO_VAULT && !offered) {
            Platform.runLater(() -> navigator.show(Screen.WELCOME));
            return;
        }
        showing(createPanel, status.state() == VaultSession.State.NO_VAULT);
        showing(unlockPanel, status.state() == VaultSession.State.LOCKED);
        showing(openPanel, status.unlocked());
        showing(savePanel, offered && status.state() != VaultSession.State.LOCKED);
        showing(forgetPanel, status.state() != VaultSession.State.NO_VAULT);
        save.setText(i18n.text(status.state() == VaultSession.State.NO_VAULT ? "vault.create" : "vault.save"));
        String lockReason = status.lastLock().filter(reason -> reason != LockReason.ASKED).map(this::lockedBecause).orElse("");
        lockedBecause.setText(lockReason);
        showing(lockedBecause, !lockReason.isEmpty());
        Node focused = openPanel.getScene() == null ? null : openPanel.getScene().getFocusOwner();
        String focusedId = focused == null ? null : focused.getId();
        if (status.unlocked()) {
            VaultRecheck.Checked checked = vault.newsProperty().get();
            news.getChildren().setAll(checked == null ? List.of() : List.of(newsCard.card(checked)));
            profiles.getChildren().setAll(profileCards.of(status));
        } else {
            news.getChildren().clear();
            profiles.getChildren().clear();
        }
        if (status.state() != shownState) {
            shownState = status.state();
            switch (status.state()) {
                case NO_VAULT -> InitialFocus.request(newPassphrase);
                case LOCKED -> InitialFocus.request(passphrase);
                case UNLOCKED -> InitialFocus.request(offered ? label : firstOfTheOpenVault());
            }
        } else if (focusedId != null && profiles.lookup("#" + focusedId) != null) {
            // A ticked step redraws the list: the focus stays on the same step for a keyboard user.
            profiles.lookup("#" + focusedId).requestFocus();
        }
    }

    /** What is new comes first, so the focus (and the screen reader) starts there, not at the buttons below a long list. */
    private Node firstOfTheOpenVault() {
        if (!news.getChildren().isEmpty()) {
            return ((VBox) news.getChildren().get(0)).getChildren().get(1);
        }
        return profiles.getChildren().isEmpty() ? recheck : profiles.getChildren().get(0);
    }

    private String lockedBecause(LockReason reason) {
        return switch (reason) {
            case IDLE -> i18n.text("vault.locked.idle");
            case QUICK_EXIT -> i18n.text("vault.locked.quickExit");
            case ASKED -> i18n.text("vault.locked.asked");
        };
    }

    /** The strength of the passphrase being chosen, live; nothing of it is kept once rated. */
    private void rate(PasswordField field, VBox strength) {
        strength.getChildren().clear();
        if (field.getLength() == 0) {
            strength.getChildren().add(WrappedLabel.of(i18n.text("vault.strength.empty"), "note"));
            return;
        }
        PassphraseRating rating;
        try (Passphrase typed = Passphrase.wrap(chars(field))) {
            rating = PassphraseRating.of(typed);
        }
        Label verdict = WrappedLabel.of(say(rating.verdict()), rating.acceptable() ? "subheading" : "problem");
        verdict.setId(field == newPassphrase ? "strengthVerdict" : "nextStrengthVerdict");
        strength.getChildren().add(verdict);
        strength.getChildren().add(WrappedLabel.of(say(rating.timeToGuess())));
        rating.warning().ifPresent(warning -> strength.getChildren().add(WrappedLabel.of(say(warning))));
        rating.suggestions().forEach(suggestion -> strength.getChildren().add(WrappedLabel.of("•  " + say(suggestion), "note")));
    }

    /** The field's characters, copied without making a String; the caller's to wipe (the vault's services do). */
    private static char[] chars(PasswordField field) {
        CharSequence typed = field.getCharacters();
        char[] chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typed.charAt(i);
        }
        return chars;
    }

    @FXML
    private void unlock() {
        vault.unlock(chars(passphrase));
        passphrase.clear();
    }

    @FXML
    private void notNow() {
        navigator.show(Screen.WELCOME);
    }

    @FXML
    private void save() {
        String chosenLabel = label.getText() == null ? "" : label.getText().strip();
        if (vault.status().state() == VaultSession.State.NO_VAULT) {
            vault.create(chars(newPassphrase), chars(newPassphraseAgain), chosenLabel);
            newPassphrase.clear();
            newPassphraseAgain.clear();
        } else {
            vault.saveOffered(chosenLabel);
        }
    }

    @FXML
    private void dontSave() {
        vault.offeredProperty().set(null);
        navigator.show(vault.status().unlocked() ? Screen.VAULT : Screen.RESULTS);
    }

    @FXML
    private void changePassphrase() {
        changed.setText("");
        vault.changePassphrase(chars(currentPassphrase), chars(nextPassphrase), chars(nextPassphraseAgain),
                () -> changed.setText(i18n.text("vault.change.done")));
        currentPassphrase.clear();
        nextPassphrase.clear();
        nextPassphraseAgain.clear();
    }

    @FXML
    private void recheck() {
        vault.recheck();
    }

    @FXML
    private void lock() {
        vault.lock();
    }

    @FXML
    private void askToForget() {
        showing(forgetConfirm, true);
        InitialFocus.request(forgetConfirm.lookup("#forgetCancelled"));
    }

    @FXML
    private void dontForget() {
        showing(forgetConfirm, false);
    }

    @FXML
    private void forget() {
        showing(forgetConfirm, false);
        vault.forgetEverything();
    }

    private String say(Sentence sentence) {
        return sentence.in(i18n.locale());
    }

    private static void showing(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
