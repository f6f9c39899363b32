package org.exposurecheck.app.vault;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.store.LoadedPacks;
import org.exposurecheck.store.vault.CheckHistory;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.store.vault.VaultException;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.update.UpdateSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monitoring: when datasets change (an update, a pack installed by hand), the saved profiles are checked again —
 * at once if the vault is open, otherwise at the next unlock, which a locked app asks for with "2 datasets changed
 * since your last check". While locked, that count comes from the {@code CheckedPacksNote} (pack ids and sequences
 * only); once open, from the vault's own histories, which an attacker cannot alter.
 */
public final class VaultMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(VaultMonitor.class);

    private final VaultSession session;
    private final InstalledSequences installed;
    private final PacksForCheck packs;
    private final VaultRecheck.ProfileChecker checker;
    private final Clock clock;

    public VaultMonitor(VaultSession session, InstalledSequences installed, PacksForCheck packs, VaultRecheck.ProfileChecker checker,
                        Clock clock) {
        this.session = session;
        this.installed = installed;
        this.packs = packs;
        this.checker = checker;
        this.clock = clock;
    }

    /** Whether an update installed or replaced any dataset, so the saved profiles are due a check. */
    public static boolean broughtChanges(UpdateSummary summary) {
        return summary.packs().stream().anyMatch(pack -> pack.status() == UpdateSummary.Status.INSTALLED
                || pack.status() == UpdateSummary.Status.UPDATED);
    }

    /**
     * The installed datasets the vault was not last checked against at their present version. While the vault is
     * locked this reads the note beside it (none when there is no vault); once open, its saved profiles' histories
     * (a profile never checked makes every installed dataset count).
     */
    public Set<String> changedDatasets() throws ExplainedException {
        VaultStatus status = session.status();
        if (status.state() == VaultSession.State.NO_VAULT) {
            return Set.of();
        }
        Map<String, Long> now = installed.current();
        Set<String> changed = new TreeSet<>();
        if (status.unlocked()) {
            for (SavedProfile profile : status.profiles()) {
                Map<String, Long> seen = profile.lastCheck().map(CheckHistory::packSequences).orElse(Map.of());
                changed.addAll(differing(now, seen));
            }
        } else {
            changed.addAll(differing(now, session.note().read().orElse(Map.of())));
        }
        return changed;
    }

    /** What the locked app says at start: "2 datasets changed since your last check", or nothing when none did. */
    public Optional<Sentence> pendingNote() throws ExplainedException {
        if (session.status().state() != VaultSession.State.LOCKED) {
            return Optional.empty();
        }
        int changed = changedDatasets().size();
        return changed == 0 ? Optional.empty() : Optional.of(VaultTexts.sentence("monitor.pending", "count", changed));
    }

    /**
     * After an update: when it brought new or changed datasets and the vault is open, checks every saved profile now
     * and returns what is new; otherwise nothing (a locked vault is asked about at the next start, through
     * {@link #pendingNote()}). Runs as long as a check: call it from a background job.
     */
    public Optional<VaultRecheck.Checked> afterUpdate(UpdateSummary summary, Progress progress, CancelSignal cancel)
            throws VaultException, ExplainedException {
        if (!broughtChanges(summary) || !session.status().unlocked()) {
            return Optional.empty();
        }
        return recheck(progress, cancel);
    }

    /**
     * Checks every saved profile again when datasets changed since their last check (at unlock, or a pack imported
     * while the app was open); otherwise nothing. Runs as long as a check: call it from a background job.
     */
    public Optional<VaultRecheck.Checked> recheckIfChanged(Progress progress, CancelSignal cancel) throws VaultException, ExplainedException {
        return changedDatasets().isEmpty() ? Optional.empty() : recheck(progress, cancel);
    }

    /**
     * Checks every saved profile of the open vault against the installed datasets, saves what each found as its
     * last check, and notes the datasets checked. Empty when the vault was locked before the check ended (nothing
     * is saved then). Throws {@code CancelledException} when cancelled.
     */
    public Optional<VaultRecheck.Checked> recheck(Progress progress, CancelSignal cancel) throws VaultException, ExplainedException {
        VaultSession.Opened opened = session.opened();
        // Read before loading: a dataset installed while this check runs is not covered, so it stays "changed".
        Map<String, Long> installedNow = installed.current();
        LoadedPacks loaded = packs.load();
        VaultRecheck.Checked checked = VaultRecheck.check(opened.contents().profiles(), loaded.packs(), checker, clock.instant(),
                progress, cancel);
        if (!session.saveIfStillOpen(opened, checked::remember)) {
            return Optional.empty();
        }
        session.writeNote(() -> installedNow);
        LOG.debug("Re-checked the saved profiles against {} datasets", loaded.packs().size());
        return Optional.of(checked);
    }

    private static Set<String> differing(Map<String, Long> installed, Map<String, Long> seen) {
        Set<String> changed = new TreeSet<>();
        installed.forEach((pack, sequence) -> {
            if (!Objects.equals(seen.get(pack), sequence)) {
                changed.add(pack);
            }
        });
        return changed;
    }
}
