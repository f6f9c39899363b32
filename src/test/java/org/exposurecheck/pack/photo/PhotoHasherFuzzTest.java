package org.exposurecheck.pack.photo;

import static org.assertj.core.api.Assertions.assertThat;

import org.exposurecheck.testsupport.HostileInputTest;

/**
 * Any file offered as a photo, by a leak or by the person: fingerprinted, or refused as not a photo
 * (docs/fuzzing.md). Both the pack side ({@link PhotoHasher#hash}) and the person's side (the probes) decode it.
 */
class PhotoHasherFuzzTest {
    @HostileInputTest
    void photoIsHashedOrRefused(byte[] input) {
        try {
            PhotoHasher.hash(input);
            assertThat(PhotoHasher.probes(input)).isNotEmpty();
        } catch (PhotoHasher.NotAPhotoException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
