package org.exposurecheck.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working directory of one pack build, beside its output. It names the process that owns it, so the
 * next build into the same folder can tell one left by a build that was killed (its process is gone) from one
 * a build is still using, and remove only the first. The files in it hold no personal value either way.
 */
final class ScratchDirectory {
    static final String PREFIX = ".exposure-check-build-";
    private static final String OWNER_FILE = "owner";
    /** A directory without its owner file was killed right after it was made, or is being made right now. */
    private static final Duration OWNERLESS_GRACE = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(ScratchDirectory.class);

    private ScratchDirectory() {
    }

    /** Removes abandoned working directories in {@code parent}, then makes a new one owned by this process. */
    static Path create(Path parent) throws IOException {
        removeAbandoned(parent);
        Path dir = Files.createTempDirectory(parent, PREFIX);
        try {
            Files.writeString(dir.resolve(OWNER_FILE), owner(ProcessHandle.current()));
        } catch (IOException full) {
            delete(dir);
            throw full;
        }
        return dir;
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // Best effort: the files hold no personal value, and the build's own outcome matters more.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }

    private static void removeAbandoned(Path parent) {
        List<Path> candidates;
        try (Stream<Path> files = Files.list(parent)) {
            candidates = files.filter(file -> file.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(file)).toList();
        } catch (IOException unlisted) {
            return;
        }
        for (Path dir : candidates) {
            if (abandoned(dir)) {
                LOG.info("Removing {}, left by a build that did not finish", dir.getFileName());
                delete(dir);
            }
        }
    }

    private static boolean abandoned(Path dir) {
        try {
            Path ownerFile = dir.resolve(OWNER_FILE);
            if (!Files.exists(ownerFile)) {
                return Files.getLastModifiedTime(dir).toInstant().isBefore(Instant.now().minus(OWNERLESS_GRACE));
            }
            String[] owner = Files.readString(ownerFile).strip().split(" ");
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(owner[0]));
            // Same pid and the same start time: the very process; a pid alone may have been given to another since.
            return process.isEmpty() || !owner(process.get()).equals(String.join(" ", owner));
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static String owner(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Instant::toString).orElse("?");
    }
}
