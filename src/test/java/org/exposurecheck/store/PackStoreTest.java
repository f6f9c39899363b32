package org.exposurecheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackStoreTest {
    private static final SigningKey PUBLISHER = SigningKey.generate(new SecureRandom());
    private static final SigningKey OTHER = SigningKey.generate(new SecureRandom());
    private static byte[] version5;
    private static byte[] version6;
    private static byte[] version6ByOther;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void buildPacks() throws ExplainedException {
        version5 = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 5), PUBLISHER).pack();
        version6 = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 6), PUBLISHER).pack();
        version6ByOther = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 6), OTHER).pack();
    }

    @Test
    void anUnknownPublisherNeedsTrustAndIsThenPinned() throws ExplainedException {
        try (PackStore store = PackStore.open(dataDir)) {
            assertThatThrownBy(() -> store.install(version5, Optional.empty(), TestPacks.NOW))
                    .hasMessageContaining("is not trusted yet").hasMessageContaining(PUBLISHER.publicKey().fingerprint());
            assertThat(store.installed()).isEmpty();

            store.install(version5, Optional.of(PUBLISHER.publicKey()), TestPacks.NOW);
            store.install(version6, Optional.empty(), TestPacks.NOW);
            assertThat(store.installed()).singleElement().satisfies(pack -> {
                assertThat(pack.sequence()).isEqualTo(6);
                assertThat(pack.publisherFingerprint()).isEqualTo(PUBLISHER.publicKey().fingerprint());
            });
            assertThat(store.load(TestPacks.NOW).packs()).hasSize(1);
        }
    }

    @Test
    void aRollbackIsRefusedEvenAfterTheNewerPackWasRemoved() throws ExplainedException {
        try (PackStore store = PackStore.open(dataDir)) {
            store.install(version6, Optional.of(PUBLISHER.publicKey()), TestPacks.NOW);
            assertThatThrownBy(() -> store.install(version5, Optional.empty(), TestPacks.NOW))
                    .hasMessage("This is an older version of pack leak (sequence 5) than one already installed (sequence 6); refusing to roll back.");
            store.remove("leak");
            assertThatThrownBy(() -> store.install(version5, Optional.empty(), TestPacks.NOW)).hasMessageContaining("refusing to roll back");
        }
    }

    @Test
    void aChangedPublisherKeyIsRefusedAndTheGoodPackStays() throws ExplainedException {
        try (PackStore store = PackStore.open(dataDir)) {
            store.install(version5, Optional.of(PUBLISHER.publicKey()), TestPacks.NOW);
            assertThatThrownBy(() -> store.install(version6ByOther, Optional.of(OTHER.publicKey()), TestPacks.NOW))
                    .hasMessage("Pack leak was installed from a different publisher key; refusing a pack whose publisher key changed.");
            assertThat(store.installed()).singleElement().extracting(InstalledPack::sequence).isEqualTo(5L);
        }
    }

    @Test
    void aDamagedNewerPackNeverReplacesTheGoodOne() throws ExplainedException {
        try (PackStore store = PackStore.open(dataDir)) {
            store.install(version5, Optional.of(PUBLISHER.publicKey()), TestPacks.NOW);
            byte[] damaged = version6.clone();
            damaged[damaged.length - 1] ^= 0x55;
            assertThatThrownBy(() -> store.install(damaged, Optional.empty(), TestPacks.NOW)).isInstanceOf(PackException.class);
            assertThat(store.load(TestPacks.NOW).packs()).singleElement().satisfies(pack -> assertThat(pack.manifest().sequence()).isEqualTo(5));
        }
    }

    @Test
    void aWrongTrustKeyIsRefused() {
        try (PackStore store = PackStore.open(dataDir)) {
            assertThatThrownBy(() -> store.install(version5, Optional.of(OTHER.publicKey()), TestPacks.NOW))
                    .hasMessageContaining("not by the trusted key " + OTHER.publicKey().fingerprint());
        } catch (ExplainedException unexpected) {
            throw new AssertionError(unexpected);
        }
    }

    @Test
    void upgradesReplaceTheFileAndLeaveNoPartialFiles() throws Exception {
        try (PackStore store = PackStore.open(dataDir)) {
            store.install(version5, Optional.of(PUBLISHER.publicKey()), TestPacks.NOW);
            store.install(version6, Optional.empty(), TestPacks.NOW);
        }
        try (var files = Files.list(dataDir.resolve("packs"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("leak-6.ecpack");
        }
    }
}
