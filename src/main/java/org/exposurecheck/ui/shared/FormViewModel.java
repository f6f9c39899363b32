package org.exposurecheck.ui.shared;

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
import org.exposurecheck.pack.photo.PhotoHash;

/**
 * The details a person enters: rows per type, any of which may stay empty, and photos of themselves.
 * A check needs readable details of at least two kinds, because datasets only hold details in pairs,
 * or a photo, which is compared on its own.
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
    /** The person's own photos, each as the fingerprints of many windows; the picture itself is never kept. */
    private final ObservableList<List<PhotoHash>> photos = FXCollections.observableArrayList();
    private final IntegerBinding readableKinds = Bindings.createIntegerBinding(
            () -> readableTypes().size() + (photos.isEmpty() ? 0 : 1), rows, photos);
    /** Two kinds make a pair a pack can hold; a photo is matched on its own. */
    private final BooleanBinding canCheck = readableKinds.greaterThanOrEqualTo(2).or(Bindings.isNotEmpty(photos));

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

    /** Empties every field, drops the photos and goes back to the starting rows. */
    public void clear() {
        rows.forEach(row -> row.valueProperty().set(""));
        photos.clear();
        reset();
    }

    public ObservableList<List<PhotoHash>> photos() {
        return photos;
    }

    public void addPhoto(List<PhotoHash> probes) {
        photos.add(List.copyOf(probes));
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
        List<PhotoHash> probes = new ArrayList<>();
        photos.forEach(probes::addAll);
        return new Profile("", identifiers, probes);
    }

    /** Marks every row as visited, so all problems show before a check. */
    public void touchAll() {
        rows.forEach(row -> row.touchedProperty().set(!row.isEmpty()));
    }
}
