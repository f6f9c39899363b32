package org.exposurecheck.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small, nearly full file system for a command: a tmpfs mounted over a directory in a mount namespace of its own
 * ({@code unshare}), so nothing outside the test sees it and it vanishes with the run. The directory starts as a
 * copy of a seed, then a padding file leaves exactly the free space asked for; the CLI runs in a child JVM inside,
 * and afterwards what it left (padding removed) is copied out for the test to inspect.
 *
 * <p>Mounting needs root ({@code unshare -m}) or unprivileged user namespaces ({@code unshare -rm}); where neither
 * works (some containers forbid both) {@link #unavailable()} says why, and the tests that need it are skipped.
 */
public final class SmallDisk {
    private static final String SCRIPT = String.join("\n",
            "set -e",
            "mount -t tmpfs -o size=\"$DISK_SIZE\" tmpfs \"$DISK\"",
            "if [ -n \"$SEED\" ]; then cp -a \"$SEED\"/. \"$DISK\"/; fi",
            "avail=$(( $(stat -f -c %a \"$DISK\") * $(stat -f -c %S \"$DISK\") ))",
            "pad=$(( avail - FREE ))",
            "if [ \"$pad\" -gt 0 ]; then fallocate -l \"$pad\" \"$DISK/.padding\" || head -c \"$pad\" /dev/zero > \"$DISK/.padding\"; fi",
            "set +e",
            "\"$@\"",
            "code=$?",
            "rm -f \"$DISK/.padding\"",
            "mkdir -p \"$COPY_OUT\" && cp -a \"$DISK\"/. \"$COPY_OUT\"/",
            "exit $code");
    private static List<String> unshare;
    private static String unavailableBecause;

    private SmallDisk() {
    }

    public record Run(int exitCode, String out, String err) {
    }

    /** Why this machine cannot give a test a small file system; empty when it can. */
    public static synchronized Optional<String> unavailable() throws IOException, InterruptedException {
        if (unshare == null && unavailableBecause == null) {
            probe();
        }
        return Optional.ofNullable(unavailableBecause);
    }

    /**
     * Runs {@code exposure-check ARGS} with a tmpfs of {@code sizeBytes} over {@code disk}, seeded from {@code seed} and
     * padded to leave {@code freeBytes}; what the run left there is copied to {@code copyOut}.
     */
    public static Run run(Path disk, long sizeBytes, Optional<Path> seed, long freeBytes, Path copyOut, String... args)
            throws IOException, InterruptedException {
        if (unavailable().isPresent()) {
            throw new IllegalStateException(unavailableBecause);
        }
        Files.createDirectories(disk);
        List<String> command = new ArrayList<>(unshare);
        command.addAll(List.of("sh", "-c", SCRIPT, "small-disk"));
        command.addAll(KillableCli.command(Optional.empty(), args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DISK", disk.toAbsolutePath().toString());
        builder.environment().put("DISK_SIZE", Long.toString(sizeBytes));
        builder.environment().put("SEED", seed.map(path -> path.toAbsolutePath().toString()).orElse(""));
        builder.environment().put("FREE", Long.toString(freeBytes));
        builder.environment().put("COPY_OUT", copyOut.toAbsolutePath().toString());
        try (KillableCli child = KillableCli.startWrapped(builder)) {
            int code = child.waitFor(Duration.ofMinutes(3));
            return new Run(code, child.out(), child.err());
        }
    }

    private static void probe() throws IOException, InterruptedException {
        Path probe = Files.createTempDirectory("small-disk-probe-");
        StringBuilder reasons = new StringBuilder();
        try {
            for (List<String> candidate : List.of(List.of("unshare", "-m"), List.of("unshare", "-r", "-m"))) {
                List<String> command = new ArrayList<>(candidate);
                command.addAll(List.of("sh", "-c", "mount -t tmpfs -o size=65536 tmpfs \"$0\" && touch \"$0/x\"", probe.toString()));
                Process process;
                try {
                    process = new ProcessBuilder(command).redirectErrorStream(true).start();
                } catch (IOException noUnshare) {
                    reasons.append(String.join(" ", candidate)).append(": ").append(noUnshare.getMessage()).append("; ");
                    continue;
                }
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (process.waitFor() == 0) {
                    unshare = candidate;
                    return;
                }
                reasons.append(String.join(" ", candidate)).append(": ").append(output).append("; ");
            }
            unavailableBecause = "this machine cannot mount a small file system for a test (" + reasons.toString().strip()
                    + " needs root or unprivileged user namespaces)";
        } finally {
            Files.deleteIfExists(probe);
        }
    }
}
