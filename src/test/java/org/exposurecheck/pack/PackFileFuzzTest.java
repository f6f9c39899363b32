package org.exposurecheck.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.testsupport.FuzzSeeds;
import org.exposurecheck.testsupport.HostileInputTest;
import org.exposurecheck.testsupport.Resigned;
import org.exposurecheck.testsupport.TestPacks;

/**
 * The pack reader takes any file: a pack comes back complete, or the reader refuses it with one of its own
 * sentences (docs/fuzzing.md). Each input is read twice: as it is, where the signature decides, and signed
 * over by a publisher with its manifest naming the body's real hash, as anyone with the public demo key
 * can sign, so that the manifest and body decoding behind those checks are fuzzed too.
 */
class PackFileFuzzTest {
    @HostileInputTest
    void packFileIsReadOrRefused(byte[] input) {
        readOrRefuse(input);
        readOrRefuse(Resigned.pack(input, FuzzSeeds.PUBLISHER));
    }

    private static void readOrRefuse(byte[] file) {
        Pack pack;
        try {
            pack = PackFile.read(file, FuzzSeeds.PUBLISHER.publicKey(), TestPacks.NOW);
        } catch (ExplainedException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        useAsTheAppDoes(pack);
    }

    /** What installing, listing and checking read of an accepted pack. */
    private static void useAsTheAppDoes(Pack pack) {
        Manifest manifest = pack.manifest();
        assertThat(manifest.id()).isNotNull();
        assertThat(manifest.title()).isNotNull();
        assertThat(manifest.created()).isNotNull();
        assertThat(manifest.expires()).isNotNull();
        for (PackRecord record : pack.records()) {
            assertThat(record.id()).hasSize(2 * PackBody.RECORD_ID_BYTES);
        }
        for (int i = 0; i < pack.tokenCount(); i++) {
            int[] records = pack.lookup(pack.tokenAt(i));
            assertThat(records).isNotEmpty();
            for (int record : records) {
                pack.record(record);
            }
        }
        for (int i = 0; i < pack.photoCount(); i++) {
            pack.record(pack.photoRecord(i));
            pack.photoHash(i);
        }
    }
}
