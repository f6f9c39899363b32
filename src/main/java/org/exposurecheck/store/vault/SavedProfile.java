package org.exposurecheck.store.vault;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.pack.photo.PhotoHash;

/**
 * One profile the person chose to keep in the vault: its label, the identifiers as they typed them, the
 * fingerprints of their photos (never the picture), what its last check found, and its checklist.
 * Redacted {@link #toString()}.
 */
public record SavedProfile(String label, List<Identifier> identifiers, List<PhotoHash> photoHashes,
                           Optional<CheckHistory> lastCheck, Checklist checklist) {
    public SavedProfile {
        Objects.requireNonNull(label);
        identifiers = List.copyOf(identifiers);
        photoHashes = List.copyOf(photoHashes);
        Objects.requireNonNull(lastCheck);
        Objects.requireNonNull(checklist);
    }

    /** A profile just added: never checked, nothing ticked. */
    public static SavedProfile added(String label, List<Identifier> identifiers, List<PhotoHash> photoHashes) {
        return new SavedProfile(label, identifiers, photoHashes, Optional.empty(), Checklist.EMPTY);
    }

    public SavedProfile withLastCheck(CheckHistory history) {
        return new SavedProfile(label, identifiers, photoHashes, Optional.of(history), checklist);
    }

    public SavedProfile withChecklist(Checklist newChecklist) {
        return new SavedProfile(label, identifiers, photoHashes, lastCheck, newChecklist);
    }

    @Override
    public String toString() {
        return "SavedProfile[" + identifiers.size() + " identifiers, " + photoHashes.size() + " photo hashes, <redacted>]";
    }
}
