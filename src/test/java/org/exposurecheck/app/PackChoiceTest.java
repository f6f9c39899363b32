package org.exposurecheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.AuditPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one decision of which packs a check uses, as the command line and the app both meet it. */
class PackChoiceTest {
    private static final SigningKey PUBLISHER = SigningKey.generate(new SecureRandom());
    /** Built at the tests' cheap KDF: usable at the scaled minimum, below the real default one. */
    private static byte[] cheapPack;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void buildPack() throws ExplainedException {
        cheapPack = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 1), PUBLISHER).pack();
    }

    @Test
    void anEmptyLibraryChecksAgainstTheDemoPackAndSaysSo() throws ExplainedException {
        PackChoice.Chosen chosen = new PackChoice(dataDir, TestPacks.CLOCK, AuditPolicy.DEFAULT).installedOrDemo();

        assertThat(chosen.demoInstead()).isTrue();
        assertThat(chosen.packs()).singleElement().satisfies(pack -> assertThat(pack.publisher()).isEqualTo(BundledDemo.publisherKey()));
        assertThat(chosen.skipped()).isEmpty();
    }

    @Test
    void installedPacksAreUsedWhenTheyPassThisComputersMinimum() throws ExplainedException {
        install(cheapPack);

        PackChoice.Chosen chosen = new PackChoice(dataDir, TestPacks.CLOCK, TestPacks.SCALED_MINIMUM).installedOrDemo();

        assertThat(chosen.demoInstead()).isFalse();
        assertThat(chosen.packs()).singleElement().satisfies(pack -> assertThat(pack.manifest().id()).isEqualTo("leak"));
    }

    @Test
    void whenNoInstalledPackCanBeUsedNothingIsCheckedNotEvenTheDemoPack() throws ExplainedException {
        install(cheapPack);

        PackChoice.Chosen chosen = new PackChoice(dataDir, TestPacks.CLOCK, AuditPolicy.DEFAULT).installedOrDemo();

        assertThat(chosen.noneUsable()).isTrue();
        assertThat(chosen.packs()).isEmpty();
        assertThat(chosen.demoInstead()).isFalse();
        assertThat(chosen.skipped()).singleElement().satisfies(skipped -> assertThat(skipped.packId()).isEqualTo("leak"));
    }

    @Test
    void aNamedPackBelowTheMinimumIsRefusedNotSkipped() throws ExplainedException {
        PackChoice choice = new PackChoice(dataDir, TestPacks.CLOCK, AuditPolicy.DEFAULT);
        var pack = PackFile.read(cheapPack, PUBLISHER.publicKey(), TestPacks.NOW);

        assertThatThrownBy(() -> choice.given(List.of(pack))).isInstanceOf(ExplainedException.class);
        assertThat(new PackChoice(dataDir, TestPacks.CLOCK, TestPacks.SCALED_MINIMUM).given(List.of(pack)).packs()).containsExactly(pack);
    }

    @Test
    void demoModeUsesTheDemoPackEvenBesideInstalledOnes() throws ExplainedException {
        install(cheapPack);

        PackChoice.Chosen chosen = new PackChoice(dataDir, TestPacks.CLOCK, TestPacks.SCALED_MINIMUM).demo();

        assertThat(chosen.packs()).singleElement().satisfies(pack -> assertThat(pack.manifest().demo()).isTrue());
    }

    private void install(byte[] pack) throws ExplainedException {
        try (PackStore store = PackStore.open(dataDir)) {
            store.install(pack, Optional.of(PUBLISHER.publicKey()), TestPacks.NOW);
        }
    }
}
