package org.exposurecheck.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads, over and over while an operation runs, every file under some folders that was not there before
 * (temporary and half-written files included), so a scan can look at what existed only for a moment.
 */
final class FileSnapshots implements AutoCloseable {
    private static final long MAX_BYTES = 50_000_000;

    private final List<Path> roots;
    private final Set<Path> before;
    private final Map<Path, List<byte[]>> seen = new ConcurrentHashMap<>();
    private final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean running = true;

    FileSnapshots(List<Path> roots, Set<Path> before) {
        this.roots = List.copyOf(roots);
        this.before = Set.copyOf(before);
        this.reader = new Thread(this::readUntilClosed, "file-snapshots");
        reader.setDaemon(true);
        reader.start();
    }

    private void readUntilClosed() {
        while (running) {
            snapshot();
            // A breath between rounds, so the reader does not starve the operation it watches of CPU.
            try {
                Thread.sleep(2);
            } catch (InterruptedException stop) {
                return;
            }
        }
        snapshot();
    }

    private void snapshot() {
        for (Path root : roots) {
            try {
                for (Path file : PersonalValueScan.listFiles(root)) {
                    if (!before.contains(file) && Files.size(file) < MAX_BYTES) {
                        byte[] bytes = Files.readAllBytes(file);
                        List<byte[]> versions = seen.computeIfAbsent(file, path -> new ArrayList<>());
                        if (versions.stream().noneMatch(version -> java.util.Arrays.equals(version, bytes))) {
                            versions.add(bytes);
                        }
                    }
                }
            } catch (NoSuchFileException gone) {
                // Deleted or moved between listing and reading: the next round sees what replaced it.
            } catch (IOException unreadable) {
                // A folder the scan cannot read: it cannot vouch for what was written there, so close() says so.
                failures.add(root + ": " + unreadable);
            }
        }
    }

    /** Every distinct content seen per file. */
    Map<Path, List<byte[]>> seen() {
        return seen;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join();
        if (!failures.isEmpty()) {
            throw new AssertionError("the scan could not read everything it watched: " + failures.get(0));
        }
    }
}
