package org.exposurecheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged index (garbage, truncated, foreign schema, missing) is named as such and never mistaken for an empty
 * one, and rebuilding it from the pack files loses nothing that can be kept: packs are checked again, pinned keys
 * and rollback history come back where the old file still lets them be read, and what cannot is said.
 */
class IndexRebuildTest {
    private static final SigningKey PUBLISHER = SigningKey.generate(new SecureRandom());
    private static byte[] leak4;
    private static byte[] leak5;
    private static byte[] other1;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void buildPacks() throws ExplainedException {
        SyntheticDataset data = SyntheticDataset.generate(30, 4, 7);
        leak4 = TestPacks.build(data.asSource(), TestPacks.settings("leak", 4), PUBLISHER).pack();
        leak5 = TestPacks.build(data.asSource(), TestPacks.settings("leak", 5), PUBLISHER).pack();
        other1 = TestPacks.build(data.asSource(), TestPacks.settings("other", 1), PUBLISHER).pack();
    }

    private void installTwoPacks() throws ExplainedException {
        try (PackStore store = PackStore.open(dataDir)) {
            store.install(leak5, Optional.of(PUBLISHER.publicKey()), TestPacks.NOW);
            store.install(other1, Optional.empty(), TestPacks.NOW);
        }
        try (UpdateStateStore state = UpdateStateStore.open(dataDir)) {
            state.saveSetting("update.mirrors", Optional.of("https://mirror.example/"));
        }
    }

    private Path index() {
        return dataDir.resolve("exposure-check.db");
    }

    @Test
    void garbageIsADamagedIndexInOneSentenceAndThePackFilesStay() throws Exception {
        installTwoPacks();
        byte[] garbage = new byte[8192];
        new Random(1).nextBytes(garbage);
        Files.write(index(), garbage);

        assertThatThrownBy(() -> PackStore.open(dataDir)).isInstanceOf(IndexDamagedException.class)
                .hasMessageStartingWith("The index of installed packs (" + index() + ") is damaged (")
                .hasMessageEndingWith("the pack files are kept, and 'exposure-check pack reindex' or the app's Datasets screen rebuilds the index from them.");
        assertThatThrownBy(() -> UpdateStateStore.open(dataDir)).isInstanceOf(IndexDamagedException.class);
        assertThat(packFiles()).containsExactlyInAnyOrder("leak-5.ecpack", "other-1.ecpack");
        assertThat(IndexRebuild.isNeeded(dataDir)).isTrue();
    }

    @Test
    void aTruncatedIndexIsDamagedNotEmpty() throws Exception {
        installTwoPacks();
        byte[] whole = Files.readAllBytes(index());
        Files.write(index(), java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> PackStore.open(dataDir)).isInstanceOf(IndexDamagedException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void anEmptiedOrDeletedIndexWithPackFilesLeftIsMissingAndNothingIsSweptAway() throws Exception {
        installTwoPacks();
        Files.write(index(), new byte[0]);
        assertThatThrownBy(() -> PackStore.open(dataDir)).isInstanceOf(IndexDamagedException.class)
                .hasMessageContaining("is missing, but the pack files in " + dataDir.resolve("packs") + " are still there");
        Files.delete(index());
        assertThatThrownBy(() -> UpdateStateStore.open(dataDir)).isInstanceOf(IndexDamagedException.class);
        assertThat(packFiles()).containsExactlyInAnyOrder("leak-5.ecpack", "other-1.ecpack");
    }

    @Test
    void aForeignOrAlteredSchemaIsRefusedBeforeAnythingIsWrittenIntoIt() throws Exception {
        try (Connection foreign = DriverManager.getConnection("jdbc:sqlite:" + index());
             Statement sql = foreign.createStatement()) {
            sql.execute("CREATE TABLE trusted_keys (name TEXT)");
        }
        assertThatThrownBy(() -> PackStore.open(dataDir)).isInstanceOf(IndexDamagedException.class)
                .hasMessageContaining("does not have the tables Exposure Check makes");

        Files.delete(index());
        installTwoPacks();
        try (Connection altered = DriverManager.getConnection("jdbc:sqlite:" + index());
             Statement sql = altered.createStatement()) {
            sql.execute("ALTER TABLE installed_packs DROP COLUMN file_name");
        }
        assertThatThrownBy(() -> PackStore.open(dataDir)).isInstanceOf(IndexDamagedException.class)
                .hasMessageContaining("does not have the tables Exposure Check makes");
    }

    @Test
    void anIndexFromANewerVersionIsNotOfferedForRebuilding() throws Exception {
        installTwoPacks();
        try (Connection newer = DriverManager.getConnection("jdbc:sqlite:" + index());
             Statement sql = newer.createStatement()) {
            sql.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> PackStore.open(dataDir)).isNotInstanceOf(IndexDamagedException.class)
                .hasMessage(StoreRefusal.INDEX_NEWER.sentence("file", index()).inEnglish());
        assertThatThrownBy(() -> IndexRebuild.isNeeded(dataDir)).hasMessageContaining("newer version");
    }

    @Test
    void afterGarbageTheRebuildAsksForThePublisherAgainAndSaysWhatWasLost() throws Exception {
        installTwoPacks();
        byte[] damaged = new byte[8192];
        new Random(2).nextBytes(damaged);
        Files.write(index(), damaged);

        IndexRebuild rebuild = IndexRebuild.prepare(dataDir);
        assertThat(rebuild.packs()).extracting(found -> found.manifest().id()).containsExactly("leak", "other");
        assertThat(rebuild.publishersToConfirm()).containsExactly(PUBLISHER.publicKey());
        assertThat(rebuild.notRecovered()).contains(IndexRebuild.Part.PUBLISHER_KEYS, IndexRebuild.Part.PACK_HISTORY,
                IndexRebuild.Part.SETTINGS);

        IndexRebuild.Result result = rebuild.run(List.of(PUBLISHER.publicKey()), TestPacks.NOW);
        assertThat(result.indexed()).extracting(InstalledPack::id).containsExactlyInAnyOrder("leak", "other");
        assertThat(result.setAside()).isEmpty();
        assertThat(result.damagedIndexKept()).hasValueSatisfying(kept -> assertThat(kept).hasBinaryContent(damaged));
        try (PackStore store = PackStore.open(dataDir)) {
            assertThat(store.load(TestPacks.NOW).packs()).hasSize(2);
            assertThat(store.pinnedKey(PUBLISHER.publicKey().idHex())).contains(PUBLISHER.publicKey());
        }
    }

    @Test
    void aPublisherNotConfirmedAgainIsSetAsideNotDeleted() throws Exception {
        installTwoPacks();
        Files.write(index(), "not a database, just text".repeat(100).getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        IndexRebuild.Result result = IndexRebuild.prepare(dataDir).run(List.of(), TestPacks.NOW);
        assertThat(result.indexed()).isEmpty();
        assertThat(result.setAside()).extracting(IndexRebuild.SetAside::fileName).containsExactlyInAnyOrder("leak-5.ecpack", "other-1.ecpack");
        assertThat(result.setAside()).allSatisfy(aside -> assertThat(aside.reason().inEnglish()).contains("was not trusted again"));
        assertThat(dataDir.resolve("packs/set-aside/leak-5.ecpack")).hasBinaryContent(leak5);
        try (PackStore store = PackStore.open(dataDir)) {
            assertThat(store.installed()).isEmpty();
        }
        assertThat(dataDir.resolve("packs/set-aside/other-1.ecpack")).as("the clean-up leaves set-aside packs alone").hasBinaryContent(other1);
    }

    @Test
    void whatTheOldIndexStillHoldsIsKeptPinnedKeysRollbackHistoryAndSettings() throws Exception {
        installTwoPacks();
        // An older version of a pack appears beside the index's files; the damaged index still remembers sequence 5.
        Files.write(dataDir.resolve("packs/leak-4.ecpack"), leak4);
        try (Connection altered = DriverManager.getConnection("jdbc:sqlite:" + index());
             Statement sql = altered.createStatement()) {
            sql.execute("ALTER TABLE installed_packs DROP COLUMN file_name");
        }

        IndexRebuild rebuild = IndexRebuild.prepare(dataDir);
        assertThat(rebuild.publishersToConfirm()).as("the pinned key was recovered").isEmpty();
        assertThat(rebuild.notRecovered()).isEmpty();
        IndexRebuild.Result result = rebuild.run(List.of(), TestPacks.NOW);

        assertThat(result.indexed()).extracting(InstalledPack::id, InstalledPack::sequence)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("leak", 5L), org.assertj.core.groups.Tuple.tuple("other", 1L));
        assertThat(result.setAside()).singleElement().satisfies(aside -> {
            assertThat(aside.fileName()).isEqualTo("leak-4.ecpack");
            assertThat(aside.reason().inEnglish()).contains("refusing to roll back");
        });
        try (UpdateStateStore state = UpdateStateStore.open(dataDir)) {
            assertThat(state.setting("update.mirrors")).contains("https://mirror.example/");
        }
    }

    @Test
    void withTheRollbackHistoryLostAnOlderFileIsIndexedAndTheLossIsSaid() throws Exception {
        // The positive control of the test above: without the history, nothing stops the older version.
        try (PackStore store = PackStore.open(dataDir)) {
            store.install(leak4, Optional.of(PUBLISHER.publicKey()), TestPacks.NOW);
        }
        Files.write(index(), new byte[] {1, 2, 3});
        IndexRebuild rebuild = IndexRebuild.prepare(dataDir);
        assertThat(rebuild.notRecovered()).contains(IndexRebuild.Part.PACK_HISTORY);
        assertThat(rebuild.run(List.of(PUBLISHER.publicKey()), TestPacks.NOW).indexed()).extracting(InstalledPack::sequence).containsExactly(4L);
    }

    private List<String> packFiles() throws Exception {
        try (var files = Files.list(dataDir.resolve("packs"))) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
        }
    }
}
