package org.exposurecheck.pack;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where each record goes in the pack, and its opaque id, without a table per record: a keyed
 * pseudo-random permutation of the record positions {@code [0, size)} and one of 64-bit ids, both Feistel
 * networks with AES as the round function under a random key that is forgotten after the build. So the
 * pack's record order says nothing about the source's order, ids never collide, and a build of any size
 * needs the same few bytes of memory for this.
 */
final class RecordShuffle {
    private static final int ROUNDS = 6;

    private final Cipher aes;
    private final long size;
    private final int halfBits;
    private final byte[] block = new byte[16];
    private final byte[] output = new byte[16];

    RecordShuffle(long size, SecureRandom random) {
        if (size < 1) {
            throw new IllegalArgumentException("nothing to shuffle");
        }
        this.size = size;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
        this.halfBits = (bits + 1) / 2;
        byte[] key = new byte[16];
        random.nextBytes(key);
        try {
            aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("AES is part of every Java runtime", missing);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The new position of the record read at {@code position}; a bijection on {@code [0, size)}. */
    int position(long position) {
        long value = position;
        // Cycle-walking: the network permutes a power-of-four domain; step again until back inside [0, size).
        do {
            value = feistel(value, halfBits, 0);
        } while (value >= size);
        return Math.toIntExact(value);
    }

    /** The opaque id of the record at a (new) position: a permutation of 64-bit values, so ids are unique. */
    long id(long position) {
        return feistel(position, 32, 1);
    }

    private long feistel(long value, int half, int domain) {
        long mask = half == 32 ? 0xFFFFFFFFL : (1L << half) - 1;
        long left = value >>> half & mask;
        long right = value & mask;
        for (int round = 0; round < ROUNDS; round++) {
            long next = left ^ round(domain, round, right) & mask;
            left = right;
            right = next;
        }
        return left << half | right;
    }

    private long round(int domain, int round, long half) {
        block[0] = (byte) domain;
        block[1] = (byte) round;
        for (int i = 0; i < 8; i++) {
            block[8 + i] = (byte) (half >>> (56 - 8 * i));
        }
        try {
            aes.doFinal(block, 0, 16, output, 0);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
        long result = 0;
        for (int i = 0; i < 8; i++) {
            result = result << 8 | output[i] & 0xFF;
        }
        return result;
    }
}
