package org.exposurecheck.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.base.Sha256;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorPublisherTest {
    private static final SigningKey PUBLISHER = SigningKey.generate(new SecureRandom());
    private static final SigningKey OTHER = SigningKey.generate(new SecureRandom());
    private static final Duration MONTH = Duration.ofDays(30);
    private static byte[] leak5;
    private static byte[] leak5Rebuilt;
    private static byte[] other1;
    private static byte[] byOther;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildPacks() throws ExplainedException {
        var leak = TestPacks.source(TestPacks.fictionalLeak());
        leak5 = TestPacks.build(leak, TestPacks.settings("leak", 5), PUBLISHER).pack();
        leak5Rebuilt = TestPacks.build(leak, TestPacks.settings("leak", 5), PUBLISHER).pack();
        other1 = TestPacks.build(leak, TestPacks.settings("other", 1), PUBLISHER).pack();
        byOther = TestPacks.build(leak, TestPacks.settings("third", 1), OTHER).pack();
    }

    @Test
    void writesImmutablePackFilesAndASignedCatalogueDescribingThem() throws Exception {
        MirrorPublisher.Publication publication = MirrorPublisher.publish(dir.resolve("out"), PUBLISHER, files(other1, leak5), MONTH,
                OptionalLong.empty(), TestPacks.NOW);

        CatalogueFile.Signed signed = CatalogueFile.open(Files.readAllBytes(dir.resolve("out/catalogue.ecc")));
        assertThat(signed.publisher()).isEqualTo(PUBLISHER.publicKey());
        assertThat(signed.catalogue()).isEqualTo(publication.catalogue());
        assertThat(signed.catalogue().sequence()).isEqualTo(TestPacks.NOW.getEpochSecond());
        assertThat(signed.catalogue().expires()).isEqualTo(TestPacks.NOW.plus(MONTH));
        assertThat(signed.catalogue().packs()).extracting(Catalogue.Entry::id).containsExactly("leak", "other");
        Catalogue.Entry leak = signed.catalogue().packs().get(0);
        assertThat(leak.file()).isEqualTo("packs/leak-5.ecpack");
        assertThat(dir.resolve("out").resolve(leak.file())).hasBinaryContent(leak5);
        assertThat(leak.bytes()).isEqualTo(leak5.length);
        assertThat(leak.sha256()).isEqualTo(Sha256.hex(leak5));
        assertThat(leak.title()).isEqualTo("Test pack leak");
        assertThat(leak.expires()).isEqualTo(TestPacks.NOW.plus(Duration.ofDays(30)));
        try (var listing = Files.list(dir.resolve("out/packs"))) {
            assertThat(listing.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("leak-5.ecpack", "other-1.ecpack");
        }
    }

    @Test
    void theCatalogueSequenceAlwaysGrows() throws Exception {
        Path out = dir.resolve("out");
        MirrorPublisher.publish(out, PUBLISHER, files(leak5), MONTH, OptionalLong.of(10), TestPacks.NOW);
        assertThat(MirrorPublisher.publish(out, PUBLISHER, files(leak5), MONTH, OptionalLong.empty(), TestPacks.NOW.minusSeconds(3600))
                .catalogue().sequence()).as("even when the clock went back").isEqualTo(TestPacks.NOW.getEpochSecond() - 3600);
        long current = CatalogueFile.open(Files.readAllBytes(out.resolve("catalogue.ecc"))).catalogue().sequence();
        assertThat(MirrorPublisher.publish(out, PUBLISHER, files(leak5), MONTH, OptionalLong.empty(), TestPacks.NOW.minusSeconds(7200))
                .catalogue().sequence()).isEqualTo(current + 1);
        assertThatThrownBy(() -> MirrorPublisher.publish(out, PUBLISHER, files(leak5), MONTH, OptionalLong.of(current), TestPacks.NOW))
                .hasMessage("The catalogue sequence must grow: the one in " + out + " is already " + (current + 1) + ".");
    }

    @Test
    void aPublishedPackFileIsNeverReplacedWithOtherContent() throws Exception {
        Path out = dir.resolve("out");
        MirrorPublisher.publish(out, PUBLISHER, files(leak5), MONTH, OptionalLong.empty(), TestPacks.NOW);
        assertThatThrownBy(() -> MirrorPublisher.publish(out, PUBLISHER, files(leak5Rebuilt), MONTH, OptionalLong.empty(), TestPacks.NOW))
                .hasMessageContaining("was already published with other content");
        assertThat(out.resolve("packs/leak-5.ecpack")).hasBinaryContent(leak5);
    }

    @Test
    void onlyTheSigningKeysOwnPacksAndOneVersionPerPackArePublished() throws Exception {
        assertThatThrownBy(() -> MirrorPublisher.publish(dir.resolve("a"), PUBLISHER, files(leak5, byOther), MONTH, OptionalLong.empty(),
                TestPacks.NOW)).hasMessageContaining("This pack is signed by publisher key " + OTHER.publicKey().fingerprint());
        assertThatThrownBy(() -> MirrorPublisher.publish(dir.resolve("b"), PUBLISHER, files(leak5, leak5Rebuilt), MONTH, OptionalLong.empty(),
                TestPacks.NOW)).hasMessage("Two of the packs have the id leak; publish only the newest one.");
        assertThat(dir.resolve("a/catalogue.ecc")).doesNotExist();
        assertThat(dir.resolve("b")).doesNotExist();
    }

    @Test
    void aDirectoryHoldingAnotherPublishersCatalogueIsLeftAlone() throws Exception {
        Path out = dir.resolve("out");
        MirrorPublisher.publish(out, OTHER, files(byOther), MONTH, OptionalLong.empty(), TestPacks.NOW);
        assertThatThrownBy(() -> MirrorPublisher.publish(out, PUBLISHER, files(leak5), MONTH, OptionalLong.empty(), TestPacks.NOW))
                .hasMessageContaining("already holds a catalogue signed by another publisher key");
    }

    private List<Path> files(byte[]... packs) throws IOException {
        Path sources = Files.createTempDirectory(dir, "packs");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < packs.length; i++) {
            files.add(Files.write(sources.resolve(i + ".ecpack"), packs[i]));
        }
        return files;
    }
}
