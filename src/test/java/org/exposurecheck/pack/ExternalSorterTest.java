package org.exposurecheck.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSorterTest {
    @TempDir
    Path scratch;

    @Test
    void spilledRunsMergeIntoTheSameOrderAsOneSortInMemoryAndLeaveNoFiles() throws IOException {
        List<byte[]> entries = randomEntries(10_000, 20);
        // 10,000 entries in runs of 100: 100 runs, more than one merge pass can take at once.
        assertThat(sorted(entries, 100)).isEqualTo(sorted(entries, 1_000_000));
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void entriesAreComparedAsUnsignedBytes() throws IOException {
        List<byte[]> entries = List.of(new byte[] {(byte) 0x80, 0}, new byte[] {0x7F, 0}, new byte[] {(byte) 0xFF, 1});
        assertThat(sorted(entries, 2)).containsExactly("7f00", "8000", "ff01");
    }

    private List<String> sorted(List<byte[]> entries, int inMemory) throws IOException {
        List<String> out = new ArrayList<>();
        try (ExternalSorter sorter = new ExternalSorter(scratch, "test", entries.get(0).length, inMemory)) {
            for (byte[] entry : entries) {
                sorter.add(entry);
            }
            assertThat(sorter.size()).isEqualTo(entries.size());
            sorter.drain(entry -> out.add(java.util.HexFormat.of().formatHex(entry)));
        }
        return out;
    }

    private static List<byte[]> randomEntries(int count, int width) {
        Random random = new Random(7);
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] entry = new byte[width];
            random.nextBytes(entry);
            // Some duplicates, as when one person is listed twice.
            entries.add(i % 50 == 0 && i > 0 ? Arrays.copyOf(entries.get(i - 1), width) : entry);
        }
        return entries;
    }
}
