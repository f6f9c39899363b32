package org.exposurecheck.ui.form;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.shared.EntryRow;

/**
 * The controls of one row: a label tied to its field, the field, a remove button with accessible text,
 * and the identity layer's message (a problem, or a note that does not block) under it once the person has left the field.
 */
final class EntryRowView extends VBox {
    private final TextField field = new TextField();

    EntryRowView(EntryRow row, I18n i18n, Runnable remove) {
        String type = row.type().id();
        Label label = new Label(i18n.text("form.type." + type + ".label"));
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        label.setWrapText(true);
        field.setId("field-" + type);
        field.setPromptText(i18n.text("form.type." + type + ".prompt"));
        field.setAccessibleText(label.getText());
        field.textProperty().bindBidirectional(row.valueProperty());
        field.focusedProperty().addListener((observable, was, is) -> {
            if (!is) {
                row.touchedProperty().set(!row.isEmpty());
            }
        });

        Button removeButton = new Button("✕");
        removeButton.getStyleClass().add("icon-button");
        removeButton.setId("remove-" + type);
        removeButton.setAccessibleText(i18n.text("form.type." + type + ".remove"));
        removeButton.setOnAction(event -> remove.run());
        // Tab goes field to field; an empty field counts as removed, so keyboard users lose nothing.
        removeButton.setFocusTraversable(false);

        Label problem = new Label();
        Label note = new Label();
        VBox fieldAndProblem = new VBox(2, field, problem, note);
        HBox.setHgrow(fieldAndProblem, Priority.ALWAYS);
        HBox line = new HBox(8, label, fieldAndProblem, removeButton);
        line.setAlignment(Pos.TOP_LEFT);

        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setId("problem-" + type);
        problem.setAccessibleRole(AccessibleRole.TEXT);
        problem.visibleProperty().bind(row.showsProblem());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> row.problemProperty().get() == null ? "" : row.problemProperty().get().message(i18n.locale()),
                row.problemProperty()));
        // A note informs and never blocks: the value is checked as typed.
        note.getStyleClass().add("note");
        note.setWrapText(true);
        note.setId("note-" + type);
        note.setAccessibleRole(AccessibleRole.TEXT);
        note.visibleProperty().bind(row.showsNote());
        note.managedProperty().bind(note.visibleProperty());
        note.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> row.noteProperty().get() == null ? "" : row.noteProperty().get().message(i18n.locale()),
                row.noteProperty()));
        getChildren().add(line);
        getStyleClass().add("entry-row");
    }

    TextField field() {
        return field;
    }
}
