package org.exposurecheck.pack.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.demo.PhotoVariant;
import org.exposurecheck.demo.SyntheticFace;
import org.junit.jupiter.api.Test;

/**
 * The photo thresholds on generated faces: every way a copy changes (rescale, recompression, a 5 % crop of
 * either copy, grey, a stamp) still matches the leak's copy, and no face matches another face.
 */
class PhotoHashTest {
    private static final int FACES = 24;

    @Test
    void everyVariantOfAPhotoMatchesTheLeaksCopy() throws Exception {
        for (int face = 0; face < FACES; face++) {
            BufferedImage original = SyntheticFace.draw(face);
            PhotoHash leaked = PhotoHasher.hash(PhotoVariant.jpeg(original, 0.85f));
            for (PhotoVariant variant : PhotoVariant.values()) {
                List<PhotoHash> own = PhotoHasher.probes(PhotoVariant.jpeg(variant.apply(original), 0.8f));
                assertThat(own).as("face %d, the person's copy %s", face, variant).anyMatch(probe -> probe.resembles(leaked));
            }
        }
    }

    @Test
    void aCropOnTheLeaksSideStillMatchesThePersonsOriginal() throws Exception {
        for (int face = 0; face < FACES; face++) {
            BufferedImage original = SyntheticFace.draw(face);
            PhotoHash croppedLeak = PhotoHasher.hash(PhotoVariant.jpeg(PhotoVariant.CROPPED.apply(original), 0.7f));
            assertThat(PhotoHasher.probes(PhotoVariant.jpeg(original, 0.9f))).as("face %d", face)
                    .anyMatch(probe -> probe.resembles(croppedLeak));
        }
    }

    @Test
    void differentFacesDoNotMatch() throws Exception {
        List<PhotoHash> leaked = new ArrayList<>();
        List<List<PhotoHash>> own = new ArrayList<>();
        for (int face = 0; face < FACES; face++) {
            BufferedImage image = SyntheticFace.draw(1000 + face);
            leaked.add(PhotoHasher.hash(PhotoVariant.jpeg(image, 0.85f)));
            own.add(PhotoHasher.probes(PhotoVariant.jpeg(image, 0.8f)));
        }
        for (int person = 0; person < FACES; person++) {
            for (int record = 0; record < FACES; record++) {
                if (person != record) {
                    PhotoHash stored = leaked.get(record);
                    assertThat(own.get(person)).as("face %d against face %d", person, record).noneMatch(probe -> probe.resembles(stored));
                }
            }
        }
    }

    @Test
    void somethingThatIsNotAnImageIsRefusedWithASentence() {
        assertThatThrownBy(() -> PhotoHasher.hash("not a picture at all".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PhotoHasher.NotAPhotoException.class).hasMessageContaining("not an image");
        byte[] truncated = java.util.Arrays.copyOf(PhotoVariant.jpeg(SyntheticFace.draw(1), 0.8f), 200);
        assertThatThrownBy(() -> PhotoHasher.hash(truncated)).isInstanceOf(PhotoHasher.NotAPhotoException.class);
    }

    @Test
    void theHashPrintsNothingOfItself() {
        assertThat(new PhotoHash(0x1234_5678_9ABC_DEF0L, 42).toString()).doesNotContain("1234").doesNotContain("42");
    }
}
