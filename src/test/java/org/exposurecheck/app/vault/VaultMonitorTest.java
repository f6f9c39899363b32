package org.exposurecheck.app.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.demo.TruthEntry;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.store.vault.CheckHistory;
import org.exposurecheck.store.vault.NewSinceLastCheck;
import org.exposurecheck.store.vault.RecordChange;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.store.vault.SeenRecord;
import org.exposurecheck.testsupport.LoopbackMirrors;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.update.UpdateSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monitoring with real packs built from the project's synthetic leak: a rebuilt pack brings nothing "new", a new
 * posting of the person does, and an update over loopback re-checks an open vault at once or makes a locked one ask.
 */
class VaultMonitorTest {
    static final String PACK = "leak";
    private static final SigningKey PUBLISHER = SigningKey.generate(new SecureRandom());
    private static final TokenDeriver DERIVER = new TokenDeriver(2);
    private static Profile persona;
    /** The same records built three times: sequence 1, a plain rebuild (2), and a rebuild with one more posting of the persona (3). */
    private static byte[] first;
    private static byte[] rebuilt;
    private static byte[] withNewPosting;

    @TempDir
    Path dir;
    private final FakeTime time = new FakeTime(TestPacks.NOW);
    private VaultSession session;
    private LoopbackMirrors mirrors;
    private VaultMonitor monitor;

    @BeforeAll
    static void packs() throws ExplainedException {
        SyntheticDataset data = SyntheticDataset.generate(40, 8, 1313);
        int exposed = 0;
        while (data.truth().get(exposed).kind() != TruthEntry.Kind.EXPOSED) {
            exposed++;
        }
        persona = data.personas().get(exposed);
        String postingId = data.truth().get(exposed).recordIds().get(0);
        SourceRecord posting = data.records().stream().filter(record -> record.sourceId().equals(postingId)).findFirst().orElseThrow();
        List<SourceRecord> more = new ArrayList<>(data.records());
        more.add(new SourceRecord("a later post", "repost-1", posting.source(), posting.category(), LocalDate.of(2022, 2, 2),
                LocalDate.of(2022, 2, 2), posting.identifiers(), List.of()));
        first = TestPacks.build(data.asSource(), TestPacks.settings(PACK, 1), PUBLISHER).pack();
        rebuilt = TestPacks.build(data.asSource(), TestPacks.settings(PACK, 2), PUBLISHER).pack();
        withNewPosting = TestPacks.build(TestPacks.source(more), TestPacks.settings(PACK, 3), PUBLISHER).pack();
    }

    @AfterAll
    static void closeDeriver() {
        DERIVER.close();
    }

    @BeforeEach
    void openVaultWithThePersona() throws Exception {
        mirrors = new LoopbackMirrors(dir, PUBLISHER);
        session = new VaultSession(dir, time, time, Duration.ofMinutes(10), Runnable::run, VaultSessionTest.CHEAP);
        monitor = new VaultMonitor(session, InstalledSequences.of(dir), () -> {
            try (PackStore store = PackStore.open(dir)) {
                return store.load(TestPacks.NOW).judged(TestPacks.SCALED_MINIMUM);
            }
        }, new MatchEngine(new Normaliser(TestPacks.CLOCK), DERIVER)::check, TestPacks.CLOCK);
        session.create(VaultSessionTest.typed(VaultSessionTest.PASSPHRASE), VaultSessionTest.typed(VaultSessionTest.PASSPHRASE));
        session.addProfile(SavedProfile.added("persona", persona.identifiers(), List.of()));
    }

    @AfterEach
    void stopMirrors() {
        mirrors.close();
    }

    @Test
    void aRebuiltPackBringsNothingNewAndANewPostingOfThePersonIsNew() throws Exception {
        install(first);
        VaultRecheck.ProfileResult firstCheck = recheck();
        assertThat(firstCheck.previousCheck()).isEmpty();
        assertThat(firstCheck.news()).as("the persona is in the leak").isNotEmpty().allMatch(RecordChange::newRecord);
        CheckHistory afterFirst = savedHistory();

        assertThat(monitor.recheckIfChanged(Progress.NONE, new CancelSignal())).as("nothing changed since: no check").isEmpty();

        install(rebuilt);
        assertThat(monitor.changedDatasets()).containsExactly(PACK);
        VaultRecheck.ProfileResult second = monitor.recheckIfChanged(Progress.NONE, new CancelSignal()).orElseThrow().profiles().get(0);

        assertThat(second.report().matches()).hasSameSizeAs(firstCheck.report().matches());
        assertThat(Findings.seen(second.report())).extracting(SeenRecord::recordId)
                .as("the rebuild drew new ids for every record").doesNotContainAnyElementsOf(ids(afterFirst));
        assertThat(second.news()).as("so nothing is new").isEmpty();
        assertThat(second.newsSentence().inEnglish()).isEqualTo("Nothing new since your last check.");
        assertThat(NewSinceLastCheck.between(withoutTraits(afterFirst), Findings.seen(second.report()), Map.of(PACK, 2L)))
                .as("positive control: remembered as phase 1 did, by id alone, everything looks new")
                .hasSize(second.report().matches().size()).allMatch(RecordChange::newRecord);

        install(withNewPosting);
        VaultRecheck.ProfileResult third = recheck();
        assertThat(third.news()).singleElement().satisfies(change -> {
            assertThat(change.newRecord()).isTrue();
            assertThat(change.packId()).isEqualTo(PACK);
        });
        assertThat(third.newsSentence().inEnglish()).isEqualTo("1 new finding since your last check.");
        assertThat(monitor.changedDatasets()).isEmpty();
    }

    @Test
    void anUpdateOverLoopbackReChecksAnOpenVaultAtOnceAndSaysWhatIsNew() throws Exception {
        UpdateSummary installing = mirrors.update(dir, 1, first);
        assertThat(VaultMonitor.broughtChanges(installing)).isTrue();
        assertThat(monitor.afterUpdate(installing, Progress.NONE, new CancelSignal())).as("the first dataset: a first check").isPresent();

        UpdateSummary nothingNew = mirrors.update(dir, 2, first);
        assertThat(VaultMonitor.broughtChanges(nothingNew)).isFalse();
        assertThat(monitor.afterUpdate(nothingNew, Progress.NONE, new CancelSignal())).isEmpty();

        UpdateSummary updated = mirrors.update(dir, 3, withNewPosting);
        VaultRecheck.Checked checked = monitor.afterUpdate(updated, Progress.NONE, new CancelSignal()).orElseThrow();

        assertThat(checked.newFindings()).isEqualTo(1);
        assertThat(checked.profiles().get(0).news()).singleElement().matches(RecordChange::newRecord);
        assertThat(checked.checkedPacks()).containsEntry(PACK, 3L);
        assertThat(session.status().profiles().get(0).lastCheck().orElseThrow().packSequences()).containsEntry(PACK, 3L);
    }

    @Test
    void anUpdateWhileLockedIsNotedAndTheNextUnlockChecksAndShowsWhatIsNew() throws Exception {
        mirrors.update(dir, 1, first);
        monitor.recheck(Progress.NONE, new CancelSignal()).orElseThrow();
        session.lock();
        assertThat(monitor.pendingNote()).isEmpty();

        UpdateSummary updated = mirrors.update(dir, 3, withNewPosting);
        assertThat(monitor.afterUpdate(updated, Progress.NONE, new CancelSignal())).as("locked: nothing is checked").isEmpty();

        assertThat(monitor.pendingNote().orElseThrow().inEnglish())
                .startsWith("1 dataset changed since your last check.");
        assertThat(monitor.pendingNote().orElseThrow().in(java.util.Locale.forLanguageTag("zh-HK"))).contains("1 個資料集");
        VaultSession nextStart = new VaultSession(dir, time, time, Duration.ofMinutes(10), Runnable::run, VaultSessionTest.CHEAP);
        VaultMonitor nextMonitor = new VaultMonitor(nextStart, InstalledSequences.of(dir), () -> {
            try (PackStore store = PackStore.open(dir)) {
                return store.load(TestPacks.NOW).judged(TestPacks.SCALED_MINIMUM);
            }
        }, new MatchEngine(new Normaliser(TestPacks.CLOCK), DERIVER)::check, TestPacks.CLOCK);
        assertThat(nextMonitor.pendingNote()).as("the note outlives the app").isPresent();
        nextStart.unlock(VaultSessionTest.typed(VaultSessionTest.PASSPHRASE));
        assertThat(nextMonitor.changedDatasets()).as("judged by the vault's own history once open").containsExactly(PACK);

        VaultRecheck.Checked checked = nextMonitor.recheckIfChanged(Progress.NONE, new CancelSignal()).orElseThrow();

        assertThat(checked.newFindings()).isEqualTo(1);
        nextStart.lock();
        assertThat(nextMonitor.pendingNote()).as("checked: nothing pending any more").isEmpty();
    }

    @Test
    void aReCheckThatEndsAfterTheVaultWasLockedSavesNothing() throws Exception {
        install(first);
        VaultMonitor lockingMidway = new VaultMonitor(session, InstalledSequences.of(dir), () -> {
            try (PackStore store = PackStore.open(dir)) {
                return store.load(TestPacks.NOW).judged(TestPacks.SCALED_MINIMUM);
            }
        }, (profile, packs, progress, cancel) -> {
            session.lockNow();
            return new MatchEngine(new Normaliser(TestPacks.CLOCK), DERIVER).check(profile, packs, progress, cancel);
        }, TestPacks.CLOCK);

        assertThat(lockingMidway.recheck(Progress.NONE, new CancelSignal())).isEmpty();

        session.unlock(VaultSessionTest.typed(VaultSessionTest.PASSPHRASE));
        assertThat(session.status().profiles().get(0).lastCheck()).as("nothing was saved").isEmpty();
        assertThat(monitor.changedDatasets()).containsExactly(PACK);
    }

    private VaultRecheck.ProfileResult recheck() throws Exception {
        return monitor.recheck(Progress.NONE, new CancelSignal()).orElseThrow().profiles().get(0);
    }

    private CheckHistory savedHistory() {
        return session.status().profiles().get(0).lastCheck().orElseThrow();
    }

    private static List<String> ids(CheckHistory history) {
        return history.records().stream().map(SeenRecord::recordId).toList();
    }

    private static CheckHistory withoutTraits(CheckHistory history) {
        return new CheckHistory(history.checkedAt(), history.packSequences(),
                history.records().stream().map(seen -> new SeenRecord(seen.packId(), seen.recordId(), seen.kinds())).toList());
    }

    private void install(byte[] pack) throws ExplainedException {
        try (PackStore store = PackStore.open(dir)) {
            store.install(pack, Optional.of(PUBLISHER.publicKey()), TestPacks.NOW);
        }
    }
}
