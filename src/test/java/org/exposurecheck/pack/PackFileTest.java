package org.exposurecheck.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PackFileTest {
    private static final SigningKey PUBLISHER = SigningKey.generate(new SecureRandom());
    private static final SigningKey STRANGER = SigningKey.generate(new SecureRandom());
    private static byte[] pack;

    @BeforeAll
    static void buildPack() throws ExplainedException {
        pack = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("test-leak", 3), PUBLISHER).pack();
    }

    @Test
    void anIntactPackReadsBackWithItsRecords() throws ExplainedException {
        Pack read = PackFile.read(pack, PUBLISHER.publicKey(), TestPacks.NOW);
        assertThat(read.manifest().id()).isEqualTo("test-leak");
        assertThat(read.manifest().sequence()).isEqualTo(3);
        // src-4 holds only a name and a date of birth, src-3 a name and an e-mail address and handle spelled from it:
        // no pair the policy allows, so neither is shipped.
        assertThat(read.records()).hasSize(2);
        assertThat(read.records()).extracting(PackRecord::types)
                .contains(Set.of(IdentifierType.NAME, IdentifierType.PHONE, IdentifierType.HKID, IdentifierType.ADDRESS));
        assertThat(read.records()).allSatisfy(record -> assertThat(record.id()).matches("[0-9a-f]{16}"));
        assertThat(read.manifest().droppedTokenTypes()).contains("dob+name");
    }

    @Test
    void theShippedPackPassesTheClientsOwnAuditAndListsWhatWasLeftOut() throws ExplainedException {
        Pack read = PackFile.read(pack, PUBLISHER.publicKey(), TestPacks.NOW);
        org.exposurecheck.token.PackAudit audit = PackJudge.judge(read.manifest(), TestPacks.SCALED_MINIMUM);
        assertThat(audit.types()).extracting(org.exposurecheck.token.PackAudit.TypeCost::type)
                .containsExactlyInAnyOrderElementsOf(read.tokenTypes());
        assertThat(audit.types()).allSatisfy(type -> assertThat(audit.allowed(type)).as("%s", type.type()).isTrue());
        assertThat(read.manifest().recordShapes()).isNotEmpty();
        assertThat(read.manifest().droppedTokenTypes()).contains("dob+name", "hkid+name");
    }

    @Test
    void aChangedBodyByteIsRefused() {
        byte[] tampered = pack.clone();
        tampered[tampered.length - 5] ^= 1;
        assertThatThrownBy(() -> PackFile.read(tampered, PUBLISHER.publicKey(), TestPacks.NOW))
                .isInstanceOf(PackException.class).hasMessage("The pack's content does not match its signed hash: the file was altered or damaged.");
    }

    @Test
    void aChangedManifestByteIsRefused() {
        byte[] tampered = pack.clone();
        int manifestStart = PackFile.MAGIC.length + PublisherKey.LENGTH + 4;
        int sequenceDigit = indexOf(tampered, "\"sequence\":3".getBytes(), manifestStart) + "\"sequence\":".length();
        tampered[sequenceDigit] = '9';
        assertThatThrownBy(() -> PackFile.read(tampered, PUBLISHER.publicKey(), TestPacks.NOW))
                .hasMessage("The pack's signature is not valid: the file was altered or damaged after it was signed.");
    }

    @Test
    void truncatedPacksAreRefused() {
        assertThatThrownBy(() -> PackFile.read(Arrays.copyOf(pack, pack.length - 100), PUBLISHER.publicKey(), TestPacks.NOW))
                .hasMessage("The pack file is incomplete or truncated; download or copy it again.");
        assertThatThrownBy(() -> PackFile.read(Arrays.copyOf(pack, 60), PUBLISHER.publicKey(), TestPacks.NOW))
                .hasMessage("The pack file is incomplete or truncated; download or copy it again.");
    }

    @Test
    void somethingElseIsNotAPack() {
        assertThatThrownBy(() -> PackFile.read("{\"hello\": 1}".getBytes(), PUBLISHER.publicKey(), TestPacks.NOW))
                .hasMessage("This file is not an Exposure Check pack.");
        assertThatThrownBy(() -> PackFile.read(new byte[0], PUBLISHER.publicKey(), TestPacks.NOW))
                .hasMessage("This file is not an Exposure Check pack.");
    }

    @Test
    void aPackWithoutSignatureIsRefused() {
        int manifestLength = java.nio.ByteBuffer.wrap(pack, PackFile.MAGIC.length + PublisherKey.LENGTH, 4).getInt();
        int signatureLengthAt = PackFile.MAGIC.length + PublisherKey.LENGTH + 4 + manifestLength;
        byte[] unsigned = pack.clone();
        unsigned[signatureLengthAt] = 0;
        unsigned[signatureLengthAt + 1] = 0;
        assertThatThrownBy(() -> PackFile.read(unsigned, PUBLISHER.publicKey(), TestPacks.NOW))
                .hasMessage("The pack is not signed, or its signature block is damaged.");
    }

    @Test
    void aPackFromAnotherPublisherIsRefusedWithBothFingerprints() throws ExplainedException {
        byte[] foreign = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("test-leak", 4), STRANGER).pack();
        assertThatThrownBy(() -> PackFile.read(foreign, PUBLISHER.publicKey(), TestPacks.NOW))
                .hasMessage("This pack is signed by publisher key " + STRANGER.publicKey().fingerprint() + ", not by the trusted key "
                        + PUBLISHER.publicKey().fingerprint() + ".");
    }

    @Test
    void aPackResignedWithAnotherKeyButTheOriginalKeyInItsHeaderIsRefused() {
        byte[] forged = pack.clone();
        byte[] strangerKey = STRANGER.publicKey().encoded();
        System.arraycopy(strangerKey, 0, forged, PackFile.MAGIC.length, strangerKey.length);
        assertThatThrownBy(() -> PackFile.read(forged, PUBLISHER.publicKey(), TestPacks.NOW)).isInstanceOf(PackException.class)
                .hasMessageContaining("signature is not valid");
    }

    @Test
    void anExpiredPackIsRefused() {
        assertThatThrownBy(() -> PackFile.read(pack, PUBLISHER.publicKey(), TestPacks.NOW.plus(Duration.ofDays(31))))
                .hasMessage("This pack expired on 2026-12-28; ask its publisher for a current one.");
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = from; i <= haystack.length - needle.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
