package org.exposurecheck.pack;

import java.util.Arrays;

/** Tokens and their record indices as they come out of the KDF, in two growing arrays. */
final class TokenBuffer {
    private final int tokenBytes;
    private byte[] tokens = new byte[0];
    private int[] records = new int[0];
    private int size;

    TokenBuffer(int tokenBytes) {
        this.tokenBytes = tokenBytes;
    }

    void add(byte[] token, int record) {
        if (size == records.length) {
            int capacity = Math.max(1024, size * 2);
            tokens = Arrays.copyOf(tokens, capacity * tokenBytes);
            records = Arrays.copyOf(records, capacity);
        }
        System.arraycopy(token, 0, tokens, size * tokenBytes, tokenBytes);
        records[size++] = record;
    }

    long size() {
        return size;
    }

    /** The sorted index, with record indices renumbered through {@code newIndex}. */
    TokenIndex toIndex(int[] newIndex) {
        int[] renumbered = new int[size];
        for (int i = 0; i < size; i++) {
            renumbered[i] = newIndex[records[i]];
        }
        return TokenIndex.sorted(tokenBytes, Arrays.copyOf(tokens, size * tokenBytes), renumbered);
    }
}
