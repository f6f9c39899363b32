package org.exposurecheck.pack;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts fixed-width entries (compared as unsigned bytes) in bounded memory: entries collect in one
 * buffer, each full buffer is sorted and written to a run file in the scratch directory, and the runs
 * are merged, at most {@value #MAX_FAN_IN} at a time, so memory does not grow with the number of entries.
 * Entries must not hold personal values: run files sit on disk until {@link #close()}.
 */
final class ExternalSorter implements Closeable {
    static final int MAX_FAN_IN = 64;
    private static final int STREAM_BUFFER = 64 * 1024;

    /** Receives each entry in order; {@code entry} is reused, so copy what must outlive the call. */
    interface EntryConsumer {
        void accept(byte[] entry) throws IOException;
    }

    private final Path scratch;
    private final String name;
    private final int entryBytes;
    private final byte[] buffer;
    private final int capacity;
    private final Deque<Path> runs = new ArrayDeque<>();
    private int buffered;
    private long size;
    private int runNumber;

    ExternalSorter(Path scratch, String name, int entryBytes, int entriesInMemory) {
        this.scratch = scratch;
        this.name = name;
        this.entryBytes = entryBytes;
        this.capacity = Math.max(2, entriesInMemory);
        this.buffer = new byte[capacity * entryBytes];
    }

    void add(byte[] entry) throws IOException {
        if (buffered == capacity) {
            runs.add(writeRun(sortedBuffer()));
            buffered = 0;
        }
        System.arraycopy(entry, 0, buffer, buffered * entryBytes, entryBytes);
        buffered++;
        size++;
    }

    long size() {
        return size;
    }

    int spilledRuns() {
        return runNumber;
    }

    /** Streams every entry in ascending order. Call once, after the last {@link #add}. */
    void drain(EntryConsumer consumer) throws IOException {
        int[] order = sortedBuffer();
        if (runs.isEmpty()) {
            byte[] entry = new byte[entryBytes];
            for (int index : order) {
                System.arraycopy(buffer, index * entryBytes, entry, 0, entryBytes);
                consumer.accept(entry);
            }
            return;
        }
        if (buffered > 0) {
            runs.add(writeRun(order));
        }
        while (runs.size() > MAX_FAN_IN) {
            List<Path> group = new ArrayList<>();
            for (int i = 0; i < MAX_FAN_IN; i++) {
                group.add(runs.poll());
            }
            Path merged = nextRunFile();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(merged), STREAM_BUFFER)) {
                merge(group, out::write);
            }
            runs.add(merged);
        }
        merge(new ArrayList<>(runs), consumer);
    }

    @Override
    public void close() throws IOException {
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
        runs.clear();
    }

    private void merge(List<Path> group, EntryConsumer consumer) throws IOException {
        PriorityQueue<RunReader> heads = new PriorityQueue<>((a, b) -> Arrays.compareUnsigned(a.entry, b.entry));
        List<RunReader> readers = new ArrayList<>();
        try {
            for (Path run : group) {
                RunReader reader = new RunReader(run, entryBytes);
                readers.add(reader);
                if (reader.next()) {
                    heads.add(reader);
                }
            }
            while (!heads.isEmpty()) {
                RunReader smallest = heads.poll();
                consumer.accept(smallest.entry);
                if (smallest.next()) {
                    heads.add(smallest);
                }
            }
        } finally {
            for (RunReader reader : readers) {
                reader.in.close();
            }
            for (Path run : group) {
                Files.deleteIfExists(run);
            }
            runs.removeAll(group);
        }
    }

    /** Positions of the buffered entries in sorted order. */
    private int[] sortedBuffer() {
        Integer[] order = new Integer[buffered];
        for (int i = 0; i < buffered; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(buffer, a * entryBytes, (a + 1) * entryBytes,
                buffer, b * entryBytes, (b + 1) * entryBytes));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private Path writeRun(int[] order) throws IOException {
        Path run = nextRunFile();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(run), STREAM_BUFFER)) {
            for (int index : order) {
                out.write(buffer, index * entryBytes, entryBytes);
            }
        }
        return run;
    }

    private Path nextRunFile() {
        return scratch.resolve(name + "-run-" + (++runNumber) + ".bin");
    }

    private static final class RunReader {
        final DataInputStream in;
        final byte[] entry;

        RunReader(Path run, int entryBytes) throws IOException {
            InputStream file = Files.newInputStream(run);
            this.in = new DataInputStream(new BufferedInputStream(file, STREAM_BUFFER));
            this.entry = new byte[entryBytes];
        }

        boolean next() throws IOException {
            try {
                in.readFully(entry);
                return true;
            } catch (EOFException end) {
                return false;
            }
        }
    }
}
