package org.exposurecheck.ui.form;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.Profile;

/**
 * The details a person enters: rows per type, any of which may stay empty. A check needs readable
 * details of at least two kinds, because datasets only hold details in pairs.
 */
public final class FormViewModel {
    /** The rows a fresh form starts with; the rest are added on request. */
    static final List<IdentifierType> STARTING_TYPES = List.of(IdentifierType.NAME, IdentifierType.PHONE, IdentifierType.HKID,
            IdentifierType.EMAIL, IdentifierType.ADDRESS, IdentifierType.DOB);
    /** Types a person can type; photos are not compared as text. */
    public static final List<IdentifierType> TYPEABLE = List.of(IdentifierType.NAME, IdentifierType.HKID, IdentifierType.PHONE,
            IdentifierType.EMAIL, IdentifierType.ADDRESS, IdentifierType.DOB, IdentifierType.HANDLE, IdentifierType.PLATE,
            IdentifierType.EMPLOYER);

    private final Normaliser normaliser;
    private final ObservableList<EntryRow> rows = FXCollections.observableArrayList(row -> new Observable[] {
            row.valueProperty(), row.problemProperty()});
    private final IntegerBinding readableKinds = Bindings.createIntegerBinding(() -> readableTypes().size(), rows);
    private final BooleanBinding canCheck = readableKinds.greaterThanOrEqualTo(2);

    public FormViewModel(Normaliser normaliser) {
        this.normaliser = normaliser;
        reset();
    }

    public ObservableList<EntryRow> rows() {
        return rows;
    }

    public EntryRow addRow(IdentifierType type) {
        EntryRow row = new EntryRow(type, normaliser);
        int after = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).type() == type) {
                after = i;
            }
        }
        rows.add(after < 0 ? rows.size() : after + 1, row);
        return row;
    }

    public void removeRow(EntryRow row) {
        row.valueProperty().set("");
        rows.remove(row);
    }

    /** Empties every field and goes back to the starting rows. */
    public void clear() {
        rows.forEach(row -> row.valueProperty().set(""));
        reset();
    }

    private void reset() {
        List<EntryRow> fresh = new ArrayList<>();
        STARTING_TYPES.forEach(type -> fresh.add(new EntryRow(type, normaliser)));
        rows.setAll(fresh);
    }

    /** Replaces the form with a profile's identifiers (demo personas). */
    public void fill(Profile profile) {
        clear();
        for (Identifier identifier : profile.identifiers()) {
            EntryRow empty = rows.stream().filter(r -> r.type() == identifier.type() && r.isEmpty()).findFirst()
                    .orElseGet(() -> addRow(identifier.type()));
            empty.valueProperty().set(identifier.value());
            empty.touchedProperty().set(true);
        }
    }

    public Set<IdentifierType> readableTypes() {
        Set<IdentifierType> types = EnumSet.noneOf(IdentifierType.class);
        rows.stream().filter(EntryRow::isReadable).forEach(row -> types.add(row.type()));
        return types;
    }

    public IntegerBinding readableKinds() {
        return readableKinds;
    }

    public BooleanBinding canCheck() {
        return canCheck;
    }

    /** Every non-empty row; unreadable ones are reported back by the check, not silently dropped. */
    public Profile toProfile() {
        List<Identifier> identifiers = new ArrayList<>();
        rows.stream().filter(row -> !row.isEmpty()).forEach(row -> identifiers.add(new Identifier(row.type(), row.valueProperty().get())));
        return new Profile("", identifiers);
    }

    /** Marks every row as visited, so all problems show before a check. */
    public void touchAll() {
        rows.forEach(row -> row.touchedProperty().set(!row.isEmpty()));
    }
}
