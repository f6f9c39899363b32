package org.exposurecheck.ui.vault;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.exposurecheck.app.ReportDigest;
import org.exposurecheck.app.ResultsText;
import org.exposurecheck.app.vault.LockReason;
import org.exposurecheck.app.vault.PassphraseRating;
import org.exposurecheck.app.vault.ResolutionChecklist;
import org.exposurecheck.app.vault.VaultRecheck;
import org.exposurecheck.app.vault.VaultSession;
import org.exposurecheck.app.vault.VaultStatus;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.store.vault.Passphrase;
import org.exposurecheck.store.vault.RecordChange;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.common.InitialFocus;
import org.exposurecheck.ui.shell.Navigator;
import org.exposurecheck.ui.shell.Screen;
import org.exposurecheck.ui.shared.VaultViewModel;

/**
 * The saved profiles: choosing a passphrase for a new vault, unlocking it, and once open what is new since the last
 * check, each profile with its checklist, and forgetting everything. Binds to the {@link VaultViewModel} and
 * forwards what the person does to it; the panel shown follows the vault's state, so a lock shows the unlock panel.
 */
public final class VaultController {
    private final AppContext context;
    private final Navigator navigator;
    private final VaultViewModel vault;
    private final I18n i18n;
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
        this.context = context;
        this.navigator = navigator;
        this.vault = context.vault();
        this.i18n = context.i18n();
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
            showNews(vault.newsProperty().get());
            showProfiles(status);
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

    /** What is new since the last check, first and calmly, then each profile's usual summary. */
    private void showNews(VaultRecheck.Checked checked) {
        news.getChildren().clear();
        if (checked == null) {
            return;
        }
        VBox card = new VBox(6);
        card.getStyleClass().addAll("card", "summary", checked.newFindings() > 0 ? "found" : "not-found");
        card.setId("newsCard");
        card.getChildren().add(wrapped(i18n.text("vault.news.heading"), "subheading"));
        for (VaultRecheck.ProfileResult result : checked.profiles()) {
            Label line = wrapped(i18n.format("vault.news.profile", Map.of("label", result.label(), "news", say(result.newsSentence()))), null);
            line.setFocusTraversable(true);
            card.getChildren().add(line);
            for (RecordChange change : result.news()) {
                card.getChildren().add(wrapped("•  " + changeText(result, change), null));
            }
            ResultsText usual = new ResultsText(i18n.messages(), new ReportDigest(result.report()));
            card.getChildren().add(wrapped(usual.summary(), "note"));
        }
        news.getChildren().add(card);
    }

    private String changeText(VaultRecheck.ProfileResult result, RecordChange change) {
        String dataset = result.report().matches().stream().filter(match -> match.packId().equals(change.packId())).findFirst()
                .map(match -> match.packTitle()).orElse(change.packId());
        String kinds = String.join(i18n.text("list.separator"), change.kinds().stream().map(type -> i18n.text("type." + type.id())).toList());
        return i18n.format(change.newRecord() ? "vault.news.newRecord" : "vault.news.newKinds", Map.of("dataset", dataset, "kinds", kinds));
    }

    private void showProfiles(VaultStatus status) {
        profiles.getChildren().clear();
        if (status.profiles().isEmpty()) {
            profiles.getChildren().add(wrapped(i18n.text("vault.profiles.none"), "note"));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        for (int index = 0; index < status.profiles().size(); index++) {
            SavedProfile profile = status.profiles().get(index);
            VBox body = new VBox(8);
            body.getChildren().add(wrapped(profile.lastCheck()
                    .map(check -> i18n.format("vault.profile.lastCheck", Map.of("when", dates.format(check.checkedAt()))))
                    .orElse(i18n.text("vault.profile.neverChecked")), "note"));
            ResolutionChecklist checklist = ResolutionChecklist.of(profile, i18n.locale());
            if (!checklist.topics().isEmpty()) {
                Label heading = wrapped(i18n.text("vault.checklist.heading"), "subheading");
                heading.setId("checklistHeading-" + index);
                body.getChildren().add(heading);
            }
            for (ResolutionChecklist.Topic topic : checklist.topics()) {
                body.getChildren().add(topic(profile.label(), index, topic));
            }
            summaryButton(profile.label(), index).ifPresent(body.getChildren()::add);
            Button remove = new Button(i18n.text("vault.profile.remove"));
            remove.setId("remove-" + index);
            remove.setAccessibleText(i18n.format("vault.profile.remove.accessible", Map.of("label", profile.label())));
            remove.disableProperty().bind(vault.busyProperty());
            remove.setOnAction(event -> vault.remove(profile.label()));
            body.getChildren().add(new HBox(remove));
            TitledPane pane = new TitledPane(profile.label(), body);
            pane.setId("profile-" + index);
            pane.setAnimated(false);
            profiles.getChildren().add(pane);
        }
    }

    /**
     * The printed summary of this profile's check in this session, with the steps done; none before a check here (the
     * vault keeps what was found, not the report a summary is printed from).
     */
    private java.util.Optional<Node> summaryButton(String profileLabel, int index) {
        VaultRecheck.Checked checked = vault.newsProperty().get();
        java.util.Optional<VaultRecheck.ProfileResult> result = checked == null ? java.util.Optional.empty()
                : checked.profiles().stream().filter(profile -> profile.label().equals(profileLabel)).findFirst();
        if (result.isEmpty() || !result.get().report().exposed()) {
            return java.util.Optional.empty();
        }
        Button button = new Button(i18n.text("summary.save"));
        button.setId("summary-" + index);
        button.disableProperty().bind(vault.busyProperty());
        Label done = wrapped("", "note");
        done.setId("summaryStatus-" + index);
        button.setOnAction(event -> context.saveDialog().choose(button.getScene().getWindow(), i18n.text("summary.save"),
                        i18n.text("summary.fileName"), new FileChooser.ExtensionFilter(i18n.text("summary.fileType"), "*.pdf"))
                .ifPresent(file -> vault.saveSummary(result.get(), i18n.locale(), LocalDate.now(context.clock()), file,
                        () -> done.setText(i18n.format("summary.saved", Map.of("file", file.toString()))))));
        return java.util.Optional.of(new VBox(4, button, done));
    }

    private Node topic(String profileLabel, int index, ResolutionChecklist.Topic topic) {
        VBox card = new VBox(4);
        card.getStyleClass().add("card");
        card.setId("checklist-" + index + "-" + topic.type().id());
        card.getChildren().add(wrapped(topic.title(), "record-heading"));
        card.getChildren().add(wrapped(say(topic.progress()), "note"));
        for (ResolutionChecklist.Step step : topic.steps()) {
            CheckBox tick = new CheckBox(step.text());
            tick.setWrapText(true);
            tick.setSelected(step.done());
            tick.setId("step-" + index + "-" + topic.type().id() + "-" + step.number());
            tick.setAccessibleText(topic.title() + ": " + step.text());
            tick.disableProperty().bind(vault.busyProperty());
            tick.selectedProperty().addListener((observable, before, done) -> vault.tick(profileLabel, topic.type(), step.number(), done));
            card.getChildren().add(tick);
        }
        return card;
    }

    /** The strength of the passphrase being chosen, live; nothing of it is kept once rated. */
    private void rate(PasswordField field, VBox strength) {
        strength.getChildren().clear();
        if (field.getLength() == 0) {
            strength.getChildren().add(wrapped(i18n.text("vault.strength.empty"), "note"));
            return;
        }
        PassphraseRating rating;
        try (Passphrase typed = Passphrase.wrap(chars(field))) {
            rating = PassphraseRating.of(typed);
        }
        Label verdict = wrapped(say(rating.verdict()), rating.acceptable() ? "subheading" : "problem");
        verdict.setId(field == newPassphrase ? "strengthVerdict" : "nextStrengthVerdict");
        strength.getChildren().add(verdict);
        strength.getChildren().add(wrapped(say(rating.timeToGuess()), null));
        rating.warning().ifPresent(warning -> strength.getChildren().add(wrapped(say(warning), null)));
        rating.suggestions().forEach(suggestion -> strength.getChildren().add(wrapped("•  " + say(suggestion), "note")));
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

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
