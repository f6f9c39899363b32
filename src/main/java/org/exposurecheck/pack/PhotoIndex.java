package org.exposurecheck.pack;

import java.util.Arrays;
import org.exposurecheck.pack.photo.PhotoHash;

/** The photo hashes of a pack, each with the index of its record, sorted by record index then hash; read in place. */
final class PhotoIndex {
    static final int ENTRY_BYTES = 4 + 8 + 8;

    private final ByteSource bytes;
    private final long start;
    private final int count;
    private final int recordCount;

    private PhotoIndex(ByteSource bytes, long start, int count, int recordCount) {
        this.bytes = bytes;
        this.start = start;
        this.count = count;
        this.recordCount = recordCount;
    }

    int size() {
        return count;
    }

    int recordAt(int i) {
        int record = bytes.intAt(position(i));
        if (record < 0 || record >= recordCount) {
            throw new ByteSource.OutsideSource();
        }
        return record;
    }

    PhotoHash hashAt(int i) {
        return new PhotoHash(bytes.longAt(position(i) + 4), bytes.longAt(position(i) + 12));
    }

    private long position(int i) {
        if (i < 0 || i >= count) {
            throw new ByteSource.OutsideSource();
        }
        return start + (long) i * ENTRY_BYTES;
    }

    static PhotoIndex at(ByteSource bytes, long start, int recordCount) throws PackException {
        int count = PackBody.count(bytes, start, ENTRY_BYTES);
        return new PhotoIndex(bytes, start + 4, count, recordCount);
    }

    long end() {
        return start + (long) count * ENTRY_BYTES;
    }

    /** Checks every entry: a record that exists, and the order the format requires. */
    void validate() throws PackException {
        byte[] previous = null;
        for (int i = 0; i < count; i++) {
            byte[] entry = bytes.read(position(i), ENTRY_BYTES);
            int record = bytes.intAt(position(i));
            if (record < 0 || record >= recordCount || previous != null && Arrays.compareUnsigned(previous, entry) > 0) {
                throw PackBody.damaged();
            }
            previous = entry;
        }
    }
}
