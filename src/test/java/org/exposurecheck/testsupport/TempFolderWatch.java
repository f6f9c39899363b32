package org.exposurecheck.testsupport;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches a folder (the temporary folder) while something runs: every file created in it or below it during
 * the run is read the moment the file system reports it (inotify on Linux), and read again when it changes —
 * so a file that lives only for a moment is seen, not just what is left afterwards. Files that were there
 * before are not read: the code under test makes its own files and does not write into others'.
 *
 * <p>A directory the watch cannot read fails it loudly ({@link #failures()}): a scan that silently saw nothing
 * would pass whatever was written. Two things are not failures. An entry that vanishes before it is read
 * (temporary files do) is simply gone. And a directory that was already unreadable when the watch started and
 * that this process cannot write to cannot hold a file the run made (creating a file needs write permission on
 * its directory), so it is left out and named in {@link #leftOut()}. JUnit's {@code junit*} folders hold the
 * fixtures of tests running beside this one, never anything the code under test writes, so they are left out.
 */
public final class TempFolderWatch implements AutoCloseable {
    private static final long MAX_FILE_BYTES = 50_000_000;

    private final Path root;
    private final WatchService service;
    private final Set<Path> before = new HashSet<>();
    private final Set<Path> foreign = new HashSet<>();
    private final Map<String, byte[]> seen = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Thread listener;
    private volatile boolean running = true;

    private TempFolderWatch(Path root) throws IOException {
        this.root = root;
        this.service = FileSystems.getDefault().newWatchService();
        this.listener = new Thread(this::listen, "temp-folder-watch");
        listener.setDaemon(true);
    }

    /** Notes what is there now, then watches until {@link #close()}. */
    public static TempFolderWatch start(Path root) throws IOException {
        TempFolderWatch watch = new TempFolderWatch(root);
        watch.walk(root, true);
        watch.listener.start();
        return watch;
    }

    public static TempFolderWatch startOnTemporaryFolder() throws IOException {
        return start(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Every file that appeared during the watch, by path, with the bytes it last held. */
    public synchronized Map<String, byte[]> seen() {
        return new LinkedHashMap<>(seen);
    }

    /** Directories the watch could not read: any of them means it cannot vouch for what was written. */
    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /** Directories that were unreadable and not writable by this process before the run. */
    public synchronized Set<Path> leftOut() {
        return Set.copyOf(foreign);
    }

    /** Stops watching, after one last walk for anything whose event had not arrived yet. */
    @Override
    public void close() throws IOException {
        if (!running) {
            return;
        }
        running = false;
        try {
            listener.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        walk(root, false);
        service.close();
    }

    private void listen() {
        try {
            while (running) {
                WatchKey key = service.poll(20, TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        walk(root, false);
                    } else {
                        Path entry = dir.resolve((Path) event.context());
                        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                            walk(entry, false);
                        } else {
                            read(entry);
                        }
                    }
                }
                key.reset();
            }
        } catch (IOException | InterruptedException | ClosedWatchServiceException stopped) {
            synchronized (this) {
                failures.add(root + ": the watch stopped: " + stopped);
            }
        }
    }

    private synchronized void read(Path file) {
        if (before.contains(file)) {
            return;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isRegularFile() && attributes.size() < MAX_FILE_BYTES) {
                seen.put(file.toString(), Files.readAllBytes(file));
            }
        } catch (NoSuchFileException gone) {
            // Deleted before it could be read.
        } catch (IOException unreadable) {
            failures.add(file + ": " + unreadable);
        }
    }

    /** Registers every directory under {@code start} and reads every new file in them; {@code initial}: notes them as there before. */
    private synchronized void walk(Path start, boolean initial) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (foreign.contains(dir) || !dir.equals(root) && dir.getFileName().toString().startsWith("junit")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                try {
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                } catch (NoSuchFileException gone) {
                    return FileVisitResult.SKIP_SUBTREE;
                } catch (ClosedWatchServiceException closed) {
                    // The last walk, after the watch stopped listening.
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (initial) {
                    before.add(file);
                } else {
                    read(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                if (initial && Files.isDirectory(file) && !Files.isWritable(file)) {
                    foreign.add(file);
                } else {
                    failures.add(file + ": " + failure);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
                if (failure != null && !(failure instanceof NoSuchFileException)) {
                    failures.add(dir + ": " + failure);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
