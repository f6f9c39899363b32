package org.exposurecheck.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.store.vault.Checklist;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.store.vault.VaultContents;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.CancelledException;
import org.junit.jupiter.api.Test;

/** Re-checking several saved profiles: one progress bar over all of them, and what is saved is applied to the latest contents. */
class VaultRecheckTest {
    private static final Instant NOW = Instant.parse("2026-12-03T22:00:00Z");

    private static ExposureReport nothingFound(String label) {
        return new ExposureReport(label, List.of(), List.of(), Set.of(IdentifierType.PHONE), List.of(), 1);
    }

    @Test
    void progressRunsOnceFromStartToEndOverEveryProfile() {
        List<long[]> updates = new ArrayList<>();
        List<SavedProfile> profiles = List.of(SavedProfile.added("a", List.of(), List.of()), SavedProfile.added("b", List.of(), List.of()));

        VaultRecheck.Checked checked = VaultRecheck.check(profiles, List.of(), (profile, packs, progress, cancel) -> {
            progress.update(5, 10);
            progress.update(10, 10);
            return nothingFound(profile.label());
        }, NOW, (done, total) -> updates.add(new long[] {done, total}), new CancelSignal());

        assertThat(updates).extracting(update -> update[0]).containsExactly(500L, 1000L, 1500L, 2000L, 2000L);
        assertThat(updates).extracting(update -> update[1]).containsOnly(2000L);
        assertThat(checked.profiles()).extracting(result -> result.newsSentence().inEnglish())
                .containsOnly("This is the first check of this saved profile: everything found is new.");
    }

    @Test
    void whatACheckRemembersIsAppliedToTheContentsAsTheyAreWhenSaving() throws Exception {
        VaultContents before = VaultContents.EMPTY.withAdded(SavedProfile.added("a", List.of(), List.of()))
                .withAdded(SavedProfile.added("b", List.of(), List.of()));
        VaultRecheck.Checked checked = VaultRecheck.check(before.profiles(), List.of(),
                (profile, packs, progress, cancel) -> nothingFound(profile.label()), NOW, (done, total) -> { }, new CancelSignal());
        // While the check ran, the person ticked a step for "a" and removed "b".
        VaultContents meanwhile = before.withReplaced(before.profile("a").orElseThrow().withChecklist(Checklist.EMPTY.tick(IdentifierType.PHONE, 1)))
                .without("b");

        VaultContents saved = checked.remember(meanwhile);

        assertThat(saved.profiles()).extracting(SavedProfile::label).containsExactly("a");
        assertThat(saved.profile("a").orElseThrow().checklist().ticked(IdentifierType.PHONE)).containsExactly(1);
        assertThat(saved.profile("a").orElseThrow().lastCheck().orElseThrow().checkedAt()).isEqualTo(NOW);
    }

    @Test
    void aCancelledCheckLeavesNothingToSave() {
        CancelSignal cancel = new CancelSignal();
        cancel.cancel();
        assertThatThrownBy(() -> VaultRecheck.check(List.of(SavedProfile.added("a", List.of(), List.of())), List.of(),
                (profile, packs, progress, signal) -> {
                    signal.throwIfCancelled();
                    return nothingFound(profile.label());
                }, NOW, (done, total) -> { }, cancel)).isInstanceOf(CancelledException.class);
    }
}
