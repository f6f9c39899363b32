package org.exposurecheck.app.vault;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.store.vault.CheckHistory;
import org.exposurecheck.store.vault.NewSinceLastCheck;
import org.exposurecheck.store.vault.RecordChange;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.store.vault.SeenRecord;
import org.exposurecheck.store.vault.VaultContents;
import org.exposurecheck.store.vault.VaultException;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;

/**
 * Checks every saved profile against a set of packs and works out what is new since each one's last check,
 * without saving anything: {@link Checked#remember} is what the caller saves (the CLI at once, the app only if
 * the vault is still open when the check ends). A cancelled check throws {@code CancelledException} and leaves
 * nothing to save.
 */
public final class VaultRecheck {
    private static final long PROGRESS_SCALE = 1_000;

    private VaultRecheck() {
    }

    /** Checks one profile; {@code MatchEngine::check} is one, and the application services' checking job another. */
    @FunctionalInterface
    public interface ProfileChecker {
        ExposureReport check(Profile profile, List<Pack> packs, Progress progress, CancelSignal cancel);
    }

    /** One saved profile's check: the report as {@code check} gives it, what is new, and when it was last checked. */
    public record ProfileResult(String label, ExposureReport report, List<RecordChange> news, Optional<Instant> previousCheck) {
        public ProfileResult {
            news = List.copyOf(news);
        }

        /** "Nothing new since your last check", "3 new findings since your last check", or that this was the first check. */
        public Sentence newsSentence() {
            if (previousCheck.isEmpty()) {
                return VaultTexts.sentence("monitor.firstCheck");
            }
            return news.isEmpty() ? VaultTexts.sentence("monitor.nothingNew") : VaultTexts.sentence("monitor.news", "count", news.size());
        }

        @Override
        public String toString() {
            return "ProfileResult[" + news.size() + " new, <redacted>]";
        }
    }

    /** Every profile's result, when the check ran, and the packs (id → sequence) it covered. */
    public record Checked(List<ProfileResult> profiles, Instant checkedAt, Map<String, Long> checkedPacks, Map<String, CheckHistory> histories) {
        public Checked {
            profiles = List.copyOf(profiles);
            checkedPacks = Map.copyOf(checkedPacks);
            histories = Map.copyOf(histories);
        }

        public int newFindings() {
            return profiles.stream().mapToInt(profile -> profile.news().size()).sum();
        }

        /**
         * {@code contents} with each checked profile's new history: applied to the vault's contents as they are when
         * saving, so a step ticked or a profile removed while the check ran is kept.
         */
        public VaultContents remember(VaultContents contents) {
            VaultContents updated = contents;
            for (SavedProfile saved : contents.profiles()) {
                CheckHistory history = histories.get(saved.label());
                if (history != null) {
                    try {
                        updated = updated.withReplaced(saved.withLastCheck(history));
                    } catch (VaultException impossible) {
                        throw new IllegalStateException("the label was just read from these contents", impossible);
                    }
                }
            }
            return updated;
        }

        @Override
        public String toString() {
            return "Checked[" + profiles.size() + " profiles, <redacted>]";
        }
    }

    public static Checked check(List<SavedProfile> profiles, List<Pack> packs, ProfileChecker checker, Instant now, Progress progress,
                                CancelSignal cancel) {
        Map<String, Long> sequences = Findings.sequences(packs);
        List<ProfileResult> results = new ArrayList<>();
        Map<String, CheckHistory> histories = new LinkedHashMap<>();
        long whole = Math.max(1, profiles.size()) * PROGRESS_SCALE;
        for (int i = 0; i < profiles.size(); i++) {
            SavedProfile saved = profiles.get(i);
            long offset = i * PROGRESS_SCALE;
            ExposureReport report = checker.check(new Profile(saved.label(), saved.identifiers(), saved.photoHashes()), packs,
                    (done, total) -> progress.update(offset + (total == 0 ? 0 : done * PROGRESS_SCALE / total), whole), cancel);
            List<SeenRecord> found = Findings.seen(report);
            CheckHistory previous = saved.lastCheck().orElse(null);
            results.add(new ProfileResult(saved.label(), report, NewSinceLastCheck.between(previous, found, sequences),
                    Optional.ofNullable(previous).map(CheckHistory::checkedAt)));
            histories.put(saved.label(), CheckHistory.after(previous, now, sequences, found));
        }
        progress.update(whole, whole);
        return new Checked(results, now, sequences, histories);
    }
}
