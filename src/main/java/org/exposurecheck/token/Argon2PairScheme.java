package org.exposurecheck.token;

import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.exposurecheck.base.Sha256;

/**
 * Scheme v1: token = Argon2id(encoded canonical input, scheme salt), truncated to 16 bytes. The salt is
 * random per scheme, so tokens of one pack say nothing about another's. Each worker thread keeps its own
 * Argon2 block pool: allocating 64 MiB per token costs as much again in garbage collection.
 */
public final class Argon2PairScheme implements TokenScheme {
    public static final String NAME = "ec-pair-argon2id-v1";
    public static final int TOKEN_LENGTH = 16;
    public static final int SALT_LENGTH = 16;

    private final KdfParameters parameters;
    private final byte[] salt;
    private final ThreadLocal<Argon2BytesGenerator.BlockPool> blockPool;

    public Argon2PairScheme(KdfParameters parameters, byte[] salt) {
        if (salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("scheme salt must be " + SALT_LENGTH + " bytes");
        }
        this.parameters = parameters;
        this.salt = salt.clone();
        int blocks = Argon2BytesGenerator.getBlockCount(parameters.memoryKiB(), parameters.parallelism());
        this.blockPool = ThreadLocal.withInitial(() -> new Argon2BytesGenerator.FixedBlockPool(blocks));
    }

    public KdfParameters parameters() {
        return parameters;
    }

    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int tokenLength() {
        return TOKEN_LENGTH;
    }

    @Override
    public String instanceId() {
        byte[] id = Sha256.of((NAME + "|" + parameters).getBytes(java.nio.charset.StandardCharsets.UTF_8), salt);
        return HexFormat.of().formatHex(Arrays.copyOf(id, 16));
    }

    @Override
    public double costRelativeToReference() {
        return parameters.costRelativeToReference();
    }

    @Override
    public byte[] derive(byte[] encodedInput) {
        Argon2Parameters argon = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .withBlockPool(blockPool.get())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon);
        byte[] token = new byte[TOKEN_LENGTH];
        generator.generateBytes(encodedInput, token);
        return token;
    }
}
