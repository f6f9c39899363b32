package org.exposurecheck.token;

/**
 * Argon2id cost settings. The defaults are RFC 9106's second recommended option (64 MiB, 3 passes,
 * one lane), which is also the setting the reference attacker rate was measured at; see
 * docs/decisions/0002-kdf-parameters.md for the measurements behind the choice.
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {
    public static final KdfParameters DEFAULT = new KdfParameters(64 * 1024, 3, 1);
    /** The setting at which {@link AttackerModel#REFERENCE_GUESSES_PER_SECOND} was measured. */
    public static final KdfParameters REFERENCE = new KdfParameters(64 * 1024, 3, 1);
    private static final int MIN_MEMORY_KIB = 8;

    public KdfParameters {
        if (memoryKiB < MIN_MEMORY_KIB || iterations < 1 || parallelism != 1) {
            throw new IllegalArgumentException("Argon2id needs at least 8 KiB, one pass and exactly one lane here");
        }
    }

    /** Cost of one guess relative to the reference setting: Argon2 work grows with memory × passes. */
    public double costRelativeToReference() {
        return (double) memoryKiB * iterations / ((double) REFERENCE.memoryKiB * REFERENCE.iterations);
    }

    @Override
    public String toString() {
        return memoryKiB % 1024 == 0
                ? "Argon2id m=" + memoryKiB / 1024 + " MiB t=" + iterations + " p=" + parallelism
                : "Argon2id m=" + memoryKiB + " KiB t=" + iterations + " p=" + parallelism;
    }
}
