package org.exposurecheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import org.exposurecheck.demo.PhotoVariant;
import org.exposurecheck.demo.SyntheticFace;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.exposurecheck.pack.photo.PhotoHash;
import org.exposurecheck.pack.photo.PhotoHasher;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.junit.jupiter.api.Test;

/** A photo match is always "possible"; only a strong identifier pair makes a record "certain". */
class PhotoMatchTest {
    @Test
    void photosMatchByFingerprintAndAreNeverCertainOnTheirOwn() throws Exception {
        PhotoHash faceA = PhotoHasher.hash(PhotoVariant.jpeg(SyntheticFace.draw(101), 0.85f));
        PhotoHash faceB = PhotoHasher.hash(PhotoVariant.jpeg(SyntheticFace.draw(202), 0.85f));
        SourceRecord photoOnly = new SourceRecord("record 1", "src-1", null, "journalist", LocalDate.of(2019, 9, 1), null,
                List.of(new Identifier(IdentifierType.NAME, "陳大文")), List.of(faceA));
        SourceRecord withPhone = new SourceRecord("record 2", "src-2", null, "teacher", LocalDate.of(2019, 9, 2), null,
                List.of(new Identifier(IdentifierType.NAME, "李小明"), new Identifier(IdentifierType.PHONE, "6234 5678")), List.of(faceB));
        SigningKey key = SigningKey.generate(new SecureRandom());
        TestPacks.Built built = TestPacks.build(TestPacks.source(List.of(photoOnly, withPhone)), TestPacks.settings("photos", 1), key);
        Pack pack = PackFile.read(built.pack(), key.publicKey(), TestPacks.NOW);
        assertThat(pack.photoCount()).isEqualTo(2);
        assertThat(built.report().recordsKept()).as("a photo keeps a record that has no pair the audit allows").isEqualTo(2);

        List<PhotoHash> ownCopyOfA = PhotoHasher.probes(PhotoVariant.jpeg(PhotoVariant.CROPPED.apply(SyntheticFace.draw(101)), 0.7f));
        List<PhotoHash> ownCopyOfB = PhotoHasher.probes(PhotoVariant.jpeg(PhotoVariant.GRAYSCALE.apply(SyntheticFace.draw(202)), 0.8f));
        try (TokenDeriver deriver = new TokenDeriver(2)) {
            MatchEngine engine = new MatchEngine(new Normaliser(TestPacks.CLOCK), deriver);
            ExposureReport byPhoto = engine.check(new Profile("a", List.of(), ownCopyOfA), List.of(pack), Progress.NONE, new CancelSignal());
            assertThat(byPhoto.checkedTypes()).containsExactly(IdentifierType.PHOTO);
            assertThat(byPhoto.matches()).singleElement().satisfies(match -> {
                assertThat(match.confidence()).isEqualTo(Confidence.POSSIBLE);
                assertThat(match.matchedTypes()).containsExactly(IdentifierType.PHOTO);
                assertThat(match.record().types()).containsExactlyInAnyOrder(IdentifierType.NAME, IdentifierType.PHOTO);
            });

            ExposureReport both = engine.check(new Profile("b", List.of(new Identifier(IdentifierType.NAME, "李小明"),
                    new Identifier(IdentifierType.PHONE, "+852 6234 5678")), ownCopyOfB), List.of(pack), Progress.NONE, new CancelSignal());
            assertThat(both.matches()).singleElement().satisfies(match -> {
                assertThat(match.confidence()).isEqualTo(Confidence.CERTAIN);
                assertThat(match.matchedTypes()).containsExactlyInAnyOrder(IdentifierType.NAME, IdentifierType.PHONE, IdentifierType.PHOTO);
            });

            List<PhotoHash> stranger = PhotoHasher.probes(PhotoVariant.jpeg(SyntheticFace.draw(303), 0.8f));
            assertThat(engine.check(new Profile("c", List.of(), stranger), List.of(pack), Progress.NONE, new CancelSignal()).exposed())
                    .isFalse();
        }
    }
}
