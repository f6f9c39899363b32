package org.exposurecheck.pack;

import java.util.Arrays;

/**
 * Tokens sorted as unsigned bytes, each with the index of its record, read in place from the pack's bytes
 * (nothing is copied, so an installed pack of any size is looked up without loading it). One token may point
 * to several records (the same person listed twice), stored as consecutive entries.
 */
final class TokenIndex {
    private final ByteSource bytes;
    private final long start;
    private final int tokenBytes;
    private final int entryBytes;
    private final int count;
    private final int recordCount;

    private TokenIndex(ByteSource bytes, long start, int tokenBytes, int count, int recordCount) {
        this.bytes = bytes;
        this.start = start;
        this.tokenBytes = tokenBytes;
        this.entryBytes = tokenBytes + 4;
        this.count = count;
        this.recordCount = recordCount;
    }

    int size() {
        return count;
    }

    byte[] tokenAt(int i) {
        return bytes.read(position(i), tokenBytes);
    }

    int recordAt(int i) {
        int record = bytes.intAt(position(i) + tokenBytes);
        if (record < 0 || record >= recordCount) {
            throw new ByteSource.OutsideSource();
        }
        return record;
    }

    /** The records a token points to, in ascending order; empty if the pack does not hold it. */
    int[] lookup(byte[] token) {
        if (token.length != tokenBytes) {
            return new int[0];
        }
        byte[] scratch = new byte[tokenBytes];
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compareAt(mid, token, scratch) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int end = low;
        while (end < count && compareAt(end, token, scratch) == 0) {
            end++;
        }
        int[] records = new int[end - low];
        for (int i = low; i < end; i++) {
            records[i - low] = recordAt(i);
        }
        return records;
    }

    private int compareAt(int i, byte[] token, byte[] scratch) {
        bytes.read(position(i), scratch, 0, tokenBytes);
        return Arrays.compareUnsigned(scratch, token);
    }

    private long position(int i) {
        return start + (long) i * entryBytes;
    }

    /** The section at {@code start}: its count, and the position just after it. */
    static TokenIndex at(ByteSource bytes, long start, int tokenBytes, int recordCount) throws PackException {
        int count = PackBody.count(bytes, start, tokenBytes + 4);
        return new TokenIndex(bytes, start + 4, tokenBytes, count, recordCount);
    }

    long end() {
        return start + (long) count * entryBytes;
    }

    /** Checks every entry: a record that exists, and the sort order a binary search relies on. */
    void validate() throws PackException {
        byte[] previous = new byte[tokenBytes];
        byte[] current = new byte[tokenBytes];
        for (int i = 0; i < count; i++) {
            bytes.read(position(i), current, 0, tokenBytes);
            int record = bytes.intAt(position(i) + tokenBytes);
            if (record < 0 || record >= recordCount || i > 0 && Arrays.compareUnsigned(previous, current) > 0) {
                throw PackBody.damaged();
            }
            byte[] swap = previous;
            previous = current;
            current = swap;
        }
    }
}
