package org.exposurecheck.pack;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Tokens sorted as unsigned bytes, each with the index of its record. One token may point to several
 * records (the same person listed twice), stored as consecutive entries.
 */
final class TokenIndex {
    private final int tokenBytes;
    private final byte[] tokens;
    private final int[] records;

    private TokenIndex(int tokenBytes, byte[] tokens, int[] records) {
        this.tokenBytes = tokenBytes;
        this.tokens = tokens;
        this.records = records;
    }

    int size() {
        return records.length;
    }

    byte[] tokenAt(int i) {
        return Arrays.copyOfRange(tokens, i * tokenBytes, (i + 1) * tokenBytes);
    }

    int recordAt(int i) {
        return records[i];
    }

    /** The records a token points to, in ascending order; empty if the pack does not hold it. */
    int[] lookup(byte[] token) {
        if (token.length != tokenBytes) {
            return new int[0];
        }
        int low = 0;
        int high = size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compareAt(mid, token) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int end = low;
        while (end < size() && compareAt(end, token) == 0) {
            end++;
        }
        return Arrays.copyOfRange(records, low, end);
    }

    private int compareAt(int i, byte[] token) {
        return Arrays.compareUnsigned(tokens, i * tokenBytes, (i + 1) * tokenBytes, token, 0, tokenBytes);
    }

    static TokenIndex read(ByteBuffer in, int tokenBytes, int recordCount) throws PackException {
        int count = PackBody.count(in, tokenBytes + 4);
        byte[] tokens = new byte[count * tokenBytes];
        int[] records = new int[count];
        for (int i = 0; i < count; i++) {
            in.get(tokens, i * tokenBytes, tokenBytes);
            records[i] = in.getInt();
            if (records[i] < 0 || records[i] >= recordCount) {
                throw PackBody.damaged();
            }
        }
        TokenIndex index = new TokenIndex(tokenBytes, tokens, records);
        for (int i = 1; i < count; i++) {
            if (index.compareAt(i - 1, index.tokenAt(i)) > 0) {
                throw PackBody.damaged();
            }
        }
        return index;
    }
}
