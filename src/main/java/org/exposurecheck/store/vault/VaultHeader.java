package org.exposurecheck.store.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import org.exposurecheck.base.Sha256;
import org.exposurecheck.token.KdfParameters;

/**
 * The vault file's header (docs/vault-format.md): magic, format version, header length, KDF and its cost,
 * cipher, salt, nonce, passphrase check, body length and a checksum of all of these. The whole header is
 * the AEAD's associated data, so no field can be changed without the body failing to decrypt; the
 * unkeyed checksum only lets damage to the header read as damage rather than as a wrong passphrase.
 */
final class VaultHeader {
    static final byte[] MAGIC = "EC-VAULT".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT_VERSION = 1;
    static final int LENGTH = 103;
    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    private static final int CHECKSUM_LENGTH = 16;
    private static final int FIXED_PREFIX = 12;
    private static final int MAX_HEADER_LENGTH = 4096;
    private static final int KDF_ARGON2ID_13 = 1;
    private static final int CIPHER_AES_256_GCM = 1;
    /** Bounds read before anything is derived, so an altered header cannot make an unlock allocate gigabytes. */
    private static final int MAX_MEMORY_KIB = 1024 * 1024;
    private static final int MAX_ITERATIONS = 16;

    private final KdfParameters cost;
    private final byte[] salt;
    private final byte[] nonce;
    private final byte[] passphraseCheck;
    private final int bodyLength;

    VaultHeader(KdfParameters cost, byte[] salt, byte[] nonce, byte[] passphraseCheck, int bodyLength) {
        this.cost = cost;
        this.salt = salt.clone();
        this.nonce = nonce.clone();
        this.passphraseCheck = passphraseCheck.clone();
        this.bodyLength = bodyLength;
    }

    KdfParameters cost() {
        return cost;
    }

    byte[] salt() {
        return salt.clone();
    }

    byte[] nonce() {
        return nonce.clone();
    }

    byte[] passphraseCheck() {
        return passphraseCheck.clone();
    }

    /** The same vault saved again: same salt, cost and check, a fresh nonce and the new body's length. */
    VaultHeader resealed(byte[] newNonce, int newBodyLength) {
        return new VaultHeader(cost, salt, newNonce, passphraseCheck, newBodyLength);
    }

    byte[] encode() {
        ByteBuffer out = ByteBuffer.allocate(LENGTH);
        out.put(MAGIC).putShort((short) FORMAT_VERSION).putShort((short) LENGTH);
        out.put((byte) KDF_ARGON2ID_13).putInt(cost.memoryKiB()).putInt(cost.iterations()).put((byte) cost.parallelism());
        out.put((byte) CIPHER_AES_256_GCM).put(salt).put(nonce).put(passphraseCheck).putInt(bodyLength);
        out.put(checksum(out.array(), LENGTH - CHECKSUM_LENGTH));
        return out.array();
    }

    /** Reads and checks the header of a whole vault file; any inconsistency refuses the file before a key is derived. */
    static VaultHeader read(byte[] file, Path path) throws VaultException {
        if (!startsWithMagic(file)) {
            // An empty or cut-off start of our own magic is a vault that was damaged, not some other file.
            boolean ourPrefix = file.length < MAGIC.length && Arrays.equals(file, 0, file.length, MAGIC, 0, file.length);
            throw (ourPrefix ? VaultRefusal.DAMAGED : VaultRefusal.NOT_A_VAULT).exception("file", path);
        }
        if (file.length < FIXED_PREFIX) {
            throw damaged(path);
        }
        ByteBuffer in = ByteBuffer.wrap(file);
        int version = Short.toUnsignedInt(in.getShort(MAGIC.length));
        int headerLength = Short.toUnsignedInt(in.getShort(MAGIC.length + 2));
        if (headerLength < FIXED_PREFIX + CHECKSUM_LENGTH || headerLength > MAX_HEADER_LENGTH || headerLength > file.length
                || !MessageDigest.isEqual(checksum(file, headerLength - CHECKSUM_LENGTH),
                        Arrays.copyOfRange(file, headerLength - CHECKSUM_LENGTH, headerLength))) {
            throw damaged(path);
        }
        if (version > FORMAT_VERSION) {
            throw VaultRefusal.NEWER_FORMAT.exception("file", path);
        }
        if (version != FORMAT_VERSION || headerLength != LENGTH) {
            throw damaged(path);
        }
        in.position(FIXED_PREFIX);
        int kdf = Byte.toUnsignedInt(in.get());
        int memoryKiB = in.getInt();
        int iterations = in.getInt();
        int lanes = Byte.toUnsignedInt(in.get());
        int cipher = Byte.toUnsignedInt(in.get());
        if (kdf != KDF_ARGON2ID_13 || cipher != CIPHER_AES_256_GCM || memoryKiB < 8 || memoryKiB > MAX_MEMORY_KIB
                || iterations < 1 || iterations > MAX_ITERATIONS || lanes != 1) {
            throw damaged(path);
        }
        byte[] salt = new byte[VaultKdf.SALT_LENGTH];
        byte[] nonce = new byte[NONCE_LENGTH];
        byte[] check = new byte[VaultKdf.CHECK_LENGTH];
        in.get(salt).get(nonce).get(check);
        int bodyLength = in.getInt();
        if (bodyLength < TAG_LENGTH || (long) headerLength + bodyLength != file.length) {
            throw damaged(path);
        }
        return new VaultHeader(new KdfParameters(memoryKiB, iterations, lanes), salt, nonce, check, bodyLength);
    }

    private static boolean startsWithMagic(byte[] file) {
        return file.length >= MAGIC.length && Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    private static VaultException damaged(Path path) {
        return VaultRefusal.DAMAGED.exception("file", path);
    }

    private static byte[] checksum(byte[] bytes, int length) {
        return Arrays.copyOf(Sha256.of(Arrays.copyOf(bytes, length)), CHECKSUM_LENGTH);
    }
}
