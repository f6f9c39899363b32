package org.exposurecheck.token;

/**
 * The reference attacker of every audit: hashcat on one RTX 4090 computes about 1,667 Argon2id guesses
 * per second at 64 MiB, 3 passes (NOTES-STACK). Work per guess grows with memory × passes, so the rate
 * for other settings is scaled by {@link KdfParameters#costRelativeToReference()}.
 */
public final class AttackerModel {
    public static final double REFERENCE_GUESSES_PER_SECOND = 1_667;
    public static final double SECONDS_PER_YEAR = 365.25 * 24 * 3600;
    public static final String DESCRIPTION = "hashcat on one RTX 4090: 1,667 Argon2id guesses/s at 64 MiB, t=3";

    private AttackerModel() {
    }

    public static double guessesPerSecond(double costRelativeToReference) {
        return REFERENCE_GUESSES_PER_SECOND / costRelativeToReference;
    }

    /** GPU-years to try every value of a guess space once. */
    public static double gpuYears(double guessSpace, double costRelativeToReference) {
        return guessSpace / guessesPerSecond(costRelativeToReference) / SECONDS_PER_YEAR;
    }

    /** How many guesses the reference attacker makes in {@code gpuYears} at a KDF of the given cost. */
    public static double guesses(double gpuYears, double costRelativeToReference) {
        return gpuYears * SECONDS_PER_YEAR * guessesPerSecond(costRelativeToReference);
    }
}
