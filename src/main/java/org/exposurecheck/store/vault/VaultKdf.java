package org.exposurecheck.store.vault;

import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.exposurecheck.token.KdfParameters;

/**
 * Passphrase → keys: Argon2id (v1.3, one lane) of the NFC UTF-8 passphrase with the vault's random salt,
 * 64 bytes long. The first 32 are the AES-256-GCM key; the last 32 are stored in the header as a
 * passphrase check, so a wrong passphrase and a damaged file get different sentences. The check is no
 * extra help to someone guessing: the encrypted body would confirm a guess just as well, at the same cost.
 */
public final class VaultKdf {
    /** The unlock cost; docs/decisions/0024-vault-file.md has the measurements behind it. */
    public static final KdfParameters DEFAULT_COST = new KdfParameters(128 * 1024, 3, 1);
    static final int SALT_LENGTH = 16;
    static final int KEY_LENGTH = 32;
    static final int CHECK_LENGTH = 32;

    private VaultKdf() {
    }

    /** The encryption key and the passphrase check; every copy of the passphrase made here is zeroed. */
    static DerivedKeys derive(Passphrase passphrase, byte[] salt, KdfParameters cost) {
        byte[] password = passphrase.utf8();
        byte[] output = new byte[KEY_LENGTH + CHECK_LENGTH];
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(cost.memoryKiB())
                    .withIterations(cost.iterations())
                    .withParallelism(cost.parallelism())
                    .withSalt(salt)
                    .build());
            generator.generateBytes(password, output);
            return new DerivedKeys(new VaultKey(Arrays.copyOf(output, KEY_LENGTH)),
                    Arrays.copyOfRange(output, KEY_LENGTH, output.length));
        } finally {
            Arrays.fill(password, (byte) 0);
            Arrays.fill(output, (byte) 0);
        }
    }

    record DerivedKeys(VaultKey key, byte[] passphraseCheck) {
    }
}
