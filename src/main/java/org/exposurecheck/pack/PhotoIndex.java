package org.exposurecheck.pack;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.exposurecheck.pack.photo.PhotoHash;

/** The photo hashes of a pack, each with the index of its record, sorted by record index then hash. */
final class PhotoIndex {
    static final int ENTRY_BYTES = 4 + 8 + 8;

    private final int[] records;
    private final long[] phashes;
    private final long[] dhashes;

    private PhotoIndex(int[] records, long[] phashes, long[] dhashes) {
        this.records = records;
        this.phashes = phashes;
        this.dhashes = dhashes;
    }

    int size() {
        return records.length;
    }

    int recordAt(int i) {
        return records[i];
    }

    PhotoHash hashAt(int i) {
        return new PhotoHash(phashes[i], dhashes[i]);
    }

    static PhotoIndex read(ByteBuffer in, int recordCount) throws PackException {
        int count = PackBody.count(in, ENTRY_BYTES);
        int[] records = new int[count];
        long[] phashes = new long[count];
        long[] dhashes = new long[count];
        byte[] previous = null;
        for (int i = 0; i < count; i++) {
            byte[] entry = new byte[ENTRY_BYTES];
            in.get(entry);
            if (previous != null && Arrays.compareUnsigned(previous, entry) > 0) {
                throw PackBody.damaged();
            }
            previous = entry;
            ByteBuffer fields = ByteBuffer.wrap(entry);
            records[i] = fields.getInt();
            phashes[i] = fields.getLong();
            dhashes[i] = fields.getLong();
            if (records[i] < 0 || records[i] >= recordCount) {
                throw PackBody.damaged();
            }
        }
        return new PhotoIndex(records, phashes, dhashes);
    }
}
