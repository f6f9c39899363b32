package org.exposurecheck.pack;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.exposurecheck.base.DisplayText;
import org.exposurecheck.identity.IdentifierType;

/**
 * The body of a pack as read (docs/pack-format.md): a string table, the records, their photo hashes, and
 * the token index sorted by token so a reader finds a token by binary search without building anything.
 * Only the string table is read up front; records, photo hashes and tokens are read in place when used
 * (decision 0031). {@link PackBodyWriter} writes it.
 */
final class PackBody {
    static final byte[] MAGIC = "ECBODY02".getBytes(StandardCharsets.US_ASCII);
    static final int NONE = -1;
    static final int RECORD_ID_BYTES = 8;
    /** Id, category, source, first seen, last seen, type bits. */
    static final int RECORD_BYTES = RECORD_ID_BYTES + 20;

    private final ByteSource bytes;
    private final List<String> strings;
    private final long recordsStart;
    private final int recordCount;
    private final PhotoIndex photos;
    private final TokenIndex index;

    private PackBody(ByteSource bytes, List<String> strings, long recordsStart, int recordCount, PhotoIndex photos, TokenIndex index) {
        this.bytes = bytes;
        this.strings = strings;
        this.recordsStart = recordsStart;
        this.recordCount = recordCount;
        this.photos = photos;
        this.index = index;
    }

    int recordCount() {
        return recordCount;
    }

    /** The records, read one by one as they are asked for. */
    List<PackRecord> records() {
        return new AbstractList<>() {
            @Override
            public PackRecord get(int i) {
                return record(i);
            }

            @Override
            public int size() {
                return recordCount;
            }
        };
    }

    PackRecord record(int i) {
        if (i < 0 || i >= recordCount) {
            throw new ByteSource.OutsideSource();
        }
        long at = recordsStart + (long) i * RECORD_BYTES;
        byte[] id = bytes.read(at, RECORD_ID_BYTES);
        String category = string(bytes.intAt(at + 8));
        String source = string(bytes.intAt(at + 12));
        return new PackRecord(HexFormat.of().formatHex(id), category, source, date(bytes.intAt(at + 16)), date(bytes.intAt(at + 20)),
                types(bytes.intAt(at + 24)));
    }

    TokenIndex index() {
        return index;
    }

    PhotoIndex photos() {
        return photos;
    }

    /** A body held whole in memory whose hash has been checked: every entry is checked too before it is used. */
    static PackBody decode(byte[] body, int tokenBytes) throws PackException {
        PackBody decoded = locate(new ArraySource(body), tokenBytes);
        decoded.validate();
        return decoded;
    }

    /**
     * Finds the sections of a body and reads its string table; entries are read when used. Every position is
     * bounds-checked when read, and the sections must end exactly where the body does.
     */
    static PackBody locate(ByteSource bytes, int tokenBytes) throws PackException {
        try {
            if (!Arrays.equals(bytes.read(0, MAGIC.length), MAGIC)) {
                throw damaged();
            }
            List<String> strings = new ArrayList<>();
            long position = MAGIC.length;
            int stringCount = count(bytes, position, 3);
            position += 4;
            for (int i = 0; i < stringCount; i++) {
                int length = bytes.unsignedShortAt(position);
                byte[] utf8 = bytes.read(position + 2, length);
                position += 2 + length;
                // Labels are shown on terminals, screens and paper: nothing but visible text gets that far.
                strings.add(DisplayText.clean(new String(utf8, StandardCharsets.UTF_8)));
            }
            int recordCount = count(bytes, position, RECORD_BYTES);
            long recordsStart = position + 4;
            PhotoIndex photos = PhotoIndex.at(bytes, recordsStart + (long) recordCount * RECORD_BYTES, recordCount);
            TokenIndex index = TokenIndex.at(bytes, photos.end(), tokenBytes, recordCount);
            if (index.end() != bytes.length()) {
                throw damaged();
            }
            return new PackBody(bytes, List.copyOf(strings), recordsStart, recordCount, photos, index);
        } catch (ByteSource.OutsideSource truncated) {
            throw damaged();
        }
    }

    /** Reads every record, photo hash and token once: string indices that exist, records that exist, sort orders. */
    private void validate() throws PackException {
        try {
            for (int i = 0; i < recordCount; i++) {
                record(i);
            }
            photos.validate();
            index.validate();
        } catch (ByteSource.OutsideSource damaged) {
            throw damaged();
        }
    }

    /** Reads a count at {@code position} and checks the rest of the source can hold that many entries of at least {@code minBytes}. */
    static int count(ByteSource bytes, long position, int minBytes) throws PackException {
        int count = bytes.intAt(position);
        if (count < 0 || (long) count * minBytes > bytes.length() - position - 4) {
            throw damaged();
        }
        return count;
    }

    static PackException damaged() {
        return PackRefusal.CONTENT_DAMAGED.exception();
    }

    private String string(int index) {
        if (index == NONE) {
            return null;
        }
        if (index < 0 || index >= strings.size()) {
            throw new ByteSource.OutsideSource();
        }
        return strings.get(index);
    }

    private static LocalDate date(int epochDay) {
        return epochDay == NONE ? null : LocalDate.ofEpochDay(epochDay);
    }

    static int typeBits(Set<IdentifierType> types) {
        int bits = 0;
        for (IdentifierType type : types) {
            bits |= 1 << type.ordinal();
        }
        return bits;
    }

    private static Set<IdentifierType> types(int bits) {
        Set<IdentifierType> types = EnumSet.noneOf(IdentifierType.class);
        for (IdentifierType type : IdentifierType.values()) {
            if ((bits & (1 << type.ordinal())) != 0) {
                types.add(type);
            }
        }
        return types;
    }
}
