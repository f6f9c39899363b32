package org.exposurecheck.store.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the vault holds, in memory only: the saved profiles, each under a label of its own.
 * Changes return new contents; {@link UnlockedVault#save} writes them. Redacted {@link #toString()}.
 */
public record VaultContents(List<SavedProfile> profiles) {
    public static final VaultContents EMPTY = new VaultContents(List.of());

    public VaultContents {
        profiles = List.copyOf(profiles);
        if (profiles.stream().map(SavedProfile::label).distinct().count() != profiles.size()) {
            throw new IllegalArgumentException("two saved profiles share a label");
        }
    }

    public Optional<SavedProfile> profile(String label) {
        return profiles.stream().filter(profile -> profile.label().equals(label)).findFirst();
    }

    /** Adds a profile; its label must be new and not blank. */
    public VaultContents withAdded(SavedProfile profile) throws VaultException {
        if (profile.label().isBlank()) {
            throw VaultRefusal.LABEL_MISSING.exception();
        }
        if (profile(profile.label()).isPresent()) {
            throw VaultRefusal.LABEL_TAKEN.exception();
        }
        List<SavedProfile> next = new ArrayList<>(profiles);
        next.add(profile);
        return new VaultContents(next);
    }

    /** Puts {@code profile} in place of the saved profile with the same label. */
    public VaultContents withReplaced(SavedProfile profile) throws VaultException {
        List<SavedProfile> next = new ArrayList<>(profiles);
        int index = labelIndex(profile.label());
        next.set(index, profile);
        return new VaultContents(next);
    }

    public VaultContents without(String label) throws VaultException {
        List<SavedProfile> next = new ArrayList<>(profiles);
        next.remove(labelIndex(label));
        return new VaultContents(next);
    }

    private int labelIndex(String label) throws VaultException {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).label().equals(label)) {
                return i;
            }
        }
        throw VaultRefusal.LABEL_UNKNOWN.exception();
    }

    @Override
    public String toString() {
        return "VaultContents[" + profiles.size() + " saved profiles, <redacted>]";
    }
}
