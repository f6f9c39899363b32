package org.exposurecheck.ui.vault;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.exposurecheck.app.vault.ResolutionChecklist;
import org.exposurecheck.app.vault.VaultRecheck;
import org.exposurecheck.app.vault.VaultStatus;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.common.WrappedLabel;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.ui.shared.VaultViewModel;

/**
 * One pane per saved profile: its last check, its checklist as tick boxes (each tick saved in the vault), its printed
 * summary when it was checked in this session, and removing it.
 */
final class SavedProfileCards {
    private final AppContext context;
    private final VaultViewModel vault;
    private final I18n i18n;

    SavedProfileCards(AppContext context) {
        this.context = context;
        this.vault = context.vault();
        this.i18n = context.i18n();
    }

    List<Node> of(VaultStatus status) {
        List<Node> cards = new ArrayList<>();
        if (status.profiles().isEmpty()) {
            cards.add(WrappedLabel.of(i18n.text("vault.profiles.none"), "note"));
        }
        // To the minute: the second a check ran says nothing to a reader.
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        for (int index = 0; index < status.profiles().size(); index++) {
            SavedProfile profile = status.profiles().get(index);
            VBox body = new VBox(8);
            body.getChildren().add(WrappedLabel.of(profile.lastCheck()
                    .map(check -> i18n.format("vault.profile.lastCheck", Map.of("when", dates.format(check.checkedAt()))))
                    .orElse(i18n.text("vault.profile.neverChecked")), "note"));
            ResolutionChecklist checklist = ResolutionChecklist.of(profile, i18n.locale());
            if (!checklist.topics().isEmpty()) {
                Label heading = WrappedLabel.of(i18n.text("vault.checklist.heading"), "subheading");
                heading.setId("checklistHeading-" + index);
                body.getChildren().add(heading);
            }
            for (ResolutionChecklist.Topic topic : checklist.topics()) {
                body.getChildren().add(topic(profile.label(), index, topic));
            }
            summaryButton(profile.label(), index).ifPresent(body.getChildren()::add);
            body.getChildren().add(new HBox(removeButton(profile.label(), index)));
            TitledPane pane = new TitledPane(profile.label(), body);
            pane.setId("profile-" + index);
            pane.setAnimated(false);
            cards.add(pane);
        }
        return cards;
    }

    private Button removeButton(String profileLabel, int index) {
        Button remove = new Button(i18n.text("vault.profile.remove"));
        remove.setId("remove-" + index);
        remove.setAccessibleText(i18n.format("vault.profile.remove.accessible", Map.of("label", profileLabel)));
        remove.disableProperty().bind(vault.busyProperty());
        remove.setOnAction(event -> vault.remove(profileLabel));
        return remove;
    }

    /**
     * The printed summary of this profile's check in this session, with the steps done; none before a check here (the
     * vault keeps what was found, not the report a summary is printed from).
     */
    private Optional<Node> summaryButton(String profileLabel, int index) {
        VaultRecheck.Checked checked = vault.newsProperty().get();
        Optional<VaultRecheck.ProfileResult> result = checked == null ? Optional.empty()
                : checked.profiles().stream().filter(profile -> profile.label().equals(profileLabel)).findFirst();
        if (result.isEmpty() || !result.get().report().exposed()) {
            return Optional.empty();
        }
        Button button = new Button(i18n.text("summary.save"));
        button.setId("summary-" + index);
        button.disableProperty().bind(vault.busyProperty());
        Label done = WrappedLabel.of("", "note");
        done.setId("summaryStatus-" + index);
        button.setOnAction(event -> context.saveDialog().choose(button.getScene().getWindow(), i18n.text("summary.save"),
                        i18n.text("summary.fileName"), new FileChooser.ExtensionFilter(i18n.text("summary.fileType"), "*.pdf"))
                .ifPresent(file -> vault.saveSummary(result.get(), i18n.locale(), LocalDate.now(context.clock()), file,
                        () -> done.setText(i18n.format("summary.saved", Map.of("file", file.toString()))))));
        return Optional.of(new VBox(4, button, done));
    }

    private Node topic(String profileLabel, int index, ResolutionChecklist.Topic topic) {
        VBox card = new VBox(4);
        card.getStyleClass().add("card");
        card.setId("checklist-" + index + "-" + topic.type().id());
        card.getChildren().add(WrappedLabel.of(topic.title(), "record-heading"));
        card.getChildren().add(WrappedLabel.of(topic.progress().in(i18n.locale()), "note"));
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
}
