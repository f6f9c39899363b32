package org.exposurecheck.pack;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.exposurecheck.token.Argon2PairScheme;

/**
 * Writes a pack body from a build's scratch files: each record at its shuffled position with its id,
 * then the photo hashes and the tokens, renumbered to the shuffled positions and in the order the
 * format requires (docs/pack-format.md). Reads the scratch files as streams, so memory stays bounded.
 */
final class BodyAssembler {
    private static final int RECORD_FIELD_BYTES = PackBody.RECORD_BYTES - PackBody.RECORD_ID_BYTES;

    private final Path scratch;
    private final RecordShuffle shuffle;
    private final int entriesInMemory;

    BodyAssembler(Path scratch, RecordShuffle shuffle, int entriesInMemory) {
        this.scratch = scratch;
        this.shuffle = shuffle;
        this.entriesInMemory = entriesInMemory;
    }

    /**
     * Reads the record file in source order and writes each record at its shuffled position, its category and
     * source label indices renumbered to the string table as it ships ({@code labels[old] = new}).
     */
    void records(PackBodyWriter body, Path recordFile, int recordCount, int[] labels) throws IOException {
        byte[] fields = new byte[RECORD_FIELD_BYTES];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(recordFile)))) {
            for (int index = 0; index < recordCount; index++) {
                in.readFully(fields);
                for (int offset : new int[] {0, 4}) {
                    int label = getInt(fields, offset);
                    if (label != PackBody.NONE) {
                        putInt(fields, offset, labels[label]);
                    }
                }
                int position = shuffle.position(index);
                body.record(position, shuffle.id(position), fields);
            }
        }
    }

    /** Photo hashes, renumbered to the shuffled record positions and sorted by them. */
    void photos(PackBodyWriter body, Path photoFile, long photoCount) throws IOException {
        body.section(photoCount);
        if (photoCount == 0) {
            return;
        }
        try (ExternalSorter sorted = new ExternalSorter(scratch, "photos", PhotoIndex.ENTRY_BYTES, entriesInMemory);
             DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(photoFile)))) {
            byte[] entry = new byte[PhotoIndex.ENTRY_BYTES];
            for (long i = 0; i < photoCount; i++) {
                in.readFully(entry);
                putInt(entry, 0, shuffle.position(getInt(entry, 0)));
                sorted.add(entry);
            }
            sorted.drain(sortedEntry -> body.entry(sortedEntry, 0, sortedEntry.length));
        }
    }

    /**
     * Tokens in order, each with its record's shuffled position. Entries were sorted by source position
     * within one token; the few records sharing a token are re-sorted by their new positions.
     */
    void tokens(PackBodyWriter body, ExternalSorter tokens) throws IOException {
        body.section(tokens.size());
        List<byte[]> sameToken = new ArrayList<>();
        tokens.drain(entry -> {
            if (!sameToken.isEmpty() && Arrays.compare(sameToken.get(0), 0, Argon2PairScheme.TOKEN_LENGTH,
                    entry, 0, Argon2PairScheme.TOKEN_LENGTH) != 0) {
                tokenGroup(body, sameToken);
            }
            byte[] renumbered = entry.clone();
            putInt(renumbered, Argon2PairScheme.TOKEN_LENGTH, shuffle.position(getInt(entry, Argon2PairScheme.TOKEN_LENGTH)));
            sameToken.add(renumbered);
        });
        tokenGroup(body, sameToken);
    }

    private static void tokenGroup(PackBodyWriter body, List<byte[]> group) throws IOException {
        group.sort(Comparator.comparingInt(entry -> getInt(entry, Argon2PairScheme.TOKEN_LENGTH)));
        for (byte[] entry : group) {
            body.entry(entry, 0, entry.length);
        }
        group.clear();
    }

    static void putInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }

    private static int getInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 24 | (bytes[offset + 1] & 0xFF) << 16 | (bytes[offset + 2] & 0xFF) << 8 | bytes[offset + 3] & 0xFF;
    }
}
