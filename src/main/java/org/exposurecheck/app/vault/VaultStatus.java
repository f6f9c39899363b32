package org.exposurecheck.app.vault;

import java.util.List;
import java.util.Optional;
import org.exposurecheck.store.vault.SavedProfile;

/**
 * What the vault screens show, as one immutable value: whether there is a vault, whether it is open, its saved
 * profiles while it is (none while locked), and why it was last locked. Redacted {@link #toString()}.
 */
public record VaultStatus(VaultSession.State state, List<SavedProfile> profiles, Optional<LockReason> lastLock) {
    public VaultStatus {
        profiles = List.copyOf(profiles);
    }

    public boolean unlocked() {
        return state == VaultSession.State.UNLOCKED;
    }

    @Override
    public String toString() {
        return "VaultStatus[" + state + ", " + profiles.size() + " profiles, <redacted>]";
    }
}
