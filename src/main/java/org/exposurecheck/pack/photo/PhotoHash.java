package org.exposurecheck.pack.photo;

/**
 * The perceptual fingerprint of one photo: a 64-bit pHash (low frequencies of the image's cosine transform)
 * and a 64-bit dHash (brightness gradients). Neither can be turned back into a face; both stay close when
 * the same photo is rescaled, recompressed, slightly cropped, turned grey or stamped
 * (docs/decisions/0008-photo-hashes.md for the thresholds and the distances they were chosen on).
 */
public record PhotoHash(long phash, long dhash) {
    /** Most pHash bits a person's best-aligned window may differ in from a stored hash (decision 0005). */
    public static final int MAX_PHASH_DISTANCE = 6;
    /** Most dHash bits the same window may differ in; both limits must hold at once. */
    public static final int MAX_DHASH_DISTANCE = 12;

    public int phashDistance(PhotoHash other) {
        return Long.bitCount(phash ^ other.phash);
    }

    public int dhashDistance(PhotoHash other) {
        return Long.bitCount(dhash ^ other.dhash);
    }

    /** True when both hashes are within their thresholds: likely the same photo, never proof of the same person. */
    public boolean resembles(PhotoHash other) {
        return phashDistance(other) <= MAX_PHASH_DISTANCE && dhashDistance(other) <= MAX_DHASH_DISTANCE;
    }

    @Override
    public String toString() {
        return "PhotoHash[<redacted>]";
    }
}
