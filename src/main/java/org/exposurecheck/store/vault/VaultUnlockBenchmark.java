package org.exposurecheck.store.vault;

import java.nio.file.Path;
import java.util.Arrays;
import org.exposurecheck.token.KdfParameters;

/**
 * For {@code bench}: the median time to unlock a vault (read, derive, decrypt, parse) and, in the same
 * run, the median time of the key derivation alone, so the unlock can be shown as a ratio to it.
 */
public final class VaultUnlockBenchmark {
    public record Figures(KdfParameters cost, double unlockMillis, double kdfMillis) {
        public double ratio() {
            return unlockMillis / kdfMillis;
        }
    }

    private VaultUnlockBenchmark() {
    }

    /** Creates a scratch vault in {@code scratchDir} (which must hold none), times it, then forgets it. */
    public static Figures measure(Path scratchDir, KdfParameters cost, int samples) throws VaultException {
        char[] words = "bench correct horse battery staple vault".toCharArray();
        VaultFile file = new VaultFile(scratchDir);
        try (Passphrase passphrase = Passphrase.wrap(words)) {
            file.create(passphrase, cost).close();
            double[] unlock = new double[samples];
            double[] kdf = new double[samples];
            byte[] salt = new byte[VaultKdf.SALT_LENGTH];
            // One untimed unlock first: its class loading (JSON, GCM) would otherwise weigh on a median of few samples.
            file.unlock(passphrase).close();
            for (int i = 0; i < samples; i++) {
                long start = System.nanoTime();
                file.unlock(passphrase).close();
                unlock[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                VaultKdf.derive(passphrase, salt, cost).key().close();
                kdf[i] = (System.nanoTime() - start) / 1e6;
            }
            return new Figures(cost, median(unlock), median(kdf));
        } finally {
            file.forget();
        }
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
