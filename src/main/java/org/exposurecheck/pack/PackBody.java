package org.exposurecheck.pack;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * {@link PackBodyWriter} writes it.
 */
final class PackBody {
    static final byte[] MAGIC = "ECBODY02".getBytes(StandardCharsets.US_ASCII);
    static final int NONE = -1;
    static final int RECORD_ID_BYTES = 8;
    /** Id, category, source, first seen, last seen, type bits. */
    static final int RECORD_BYTES = RECORD_ID_BYTES + 20;

    private final List<PackRecord> records;
    private final PhotoIndex photos;
    private final TokenIndex index;

    PackBody(List<PackRecord> records, PhotoIndex photos, TokenIndex index) {
        this.records = records;
        this.photos = photos;
        this.index = index;
    }

    List<PackRecord> records() {
        return records;
    }

    TokenIndex index() {
        return index;
    }

    PhotoIndex photos() {
        return photos;
    }

    static PackBody decode(byte[] body, int tokenBytes) throws PackException {
        try {
            ByteBuffer in = ByteBuffer.wrap(body);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw damaged();
            }
            List<String> strings = new ArrayList<>();
            int stringCount = count(in, 3);
            for (int i = 0; i < stringCount; i++) {
                byte[] utf8 = new byte[Short.toUnsignedInt(in.getShort())];
                in.get(utf8);
                // Labels are shown on terminals, screens and paper: nothing but visible text gets that far.
                strings.add(DisplayText.clean(new String(utf8, StandardCharsets.UTF_8)));
            }
            int recordCount = count(in, RECORD_BYTES);
            List<PackRecord> records = new ArrayList<>(recordCount);
            for (int i = 0; i < recordCount; i++) {
                byte[] id = new byte[RECORD_ID_BYTES];
                in.get(id);
                String category = string(strings, in.getInt());
                String source = string(strings, in.getInt());
                LocalDate first = date(in.getInt());
                LocalDate last = date(in.getInt());
                records.add(new PackRecord(HexFormat.of().formatHex(id), category, source, first, last, types(in.getInt())));
            }
            PhotoIndex photos = PhotoIndex.read(in, recordCount);
            TokenIndex index = TokenIndex.read(in, tokenBytes, recordCount);
            if (in.hasRemaining()) {
                throw damaged();
            }
            return new PackBody(records, photos, index);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException truncated) {
            throw damaged();
        }
    }

    /** Reads a count and checks the rest of the buffer can hold that many entries of at least {@code minBytes}. */
    static int count(ByteBuffer in, int minBytes) throws PackException {
        int count = in.getInt();
        if (count < 0 || (long) count * minBytes > in.remaining()) {
            throw damaged();
        }
        return count;
    }

    static PackException damaged() {
        return PackRefusal.CONTENT_DAMAGED.exception();
    }

    private static String string(List<String> strings, int index) throws PackException {
        if (index == NONE) {
            return null;
        }
        if (index < 0 || index >= strings.size()) {
            throw damaged();
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
