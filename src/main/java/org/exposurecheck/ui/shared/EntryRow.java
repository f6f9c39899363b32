package org.exposurecheck.ui.shared;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normalised;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.identity.Note;
import org.exposurecheck.identity.Problem;

/** One detail the person types: its kind, the text, and whether the identity layer can read it. */
public final class EntryRow {
    private final IdentifierType type;
    private final StringProperty value = new SimpleStringProperty("");
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<Note> note = new SimpleObjectProperty<>();
    private final BooleanProperty touched = new SimpleBooleanProperty();

    EntryRow(IdentifierType type, Normaliser normaliser) {
        this.type = type;
        value.addListener((observable, before, now) -> {
            Normalised normalised = now == null || now.isBlank() ? null : normaliser.normalise(type, now);
            problem.set(normalised == null ? null : normalised.problem().orElse(null));
            note.set(normalised == null ? null : normalised.note().orElse(null));
        });
    }

    public IdentifierType type() {
        return type;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** Why the value cannot be read, or null when it is empty or readable. */
    public ObjectProperty<Problem> problemProperty() {
        return problem;
    }

    /** Something to know about a readable value (a phone number not known as assigned), or null. */
    public ObjectProperty<Note> noteProperty() {
        return note;
    }

    /** Set once the person leaves the field, so a half-typed value is not scolded. */
    public BooleanProperty touchedProperty() {
        return touched;
    }

    public BooleanBinding showsProblem() {
        return Bindings.createBooleanBinding(() -> touched.get() && problem.get() != null, touched, problem);
    }

    public BooleanBinding showsNote() {
        return Bindings.createBooleanBinding(() -> touched.get() && note.get() != null, touched, note);
    }

    public boolean isReadable() {
        return !value.get().isBlank() && problem.get() == null;
    }

    public boolean isEmpty() {
        return value.get().isBlank();
    }

    @Override
    public String toString() {
        return "EntryRow[" + type.id() + ", <redacted>]";
    }
}
