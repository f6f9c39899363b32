package org.exposurecheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Time from starting {@code java} to the first drawn window, for the app's jar and for a hello-world JavaFX
 * window from the same jar, measured in turns (app, app without its archive, hello, app, …) so that a machine
 * whose speed drifts affects all three alike. Each run is a whole process that ends itself once its first
 * frame is drawn ({@code -Dexposurecheck.firstFrameProbe=true}).
 *
 * <p>The app runs with an AppCDS archive made the way a person makes one on Java 17 (docs/decisions/0020):
 * one start with {@code -XX:ArchiveClassesAtExit}, here a training start before the timed ones. Children get
 * a data directory of their own (XDG_DATA_HOME), so the bench never touches the person's packs.
 */
public final class StartBenchmark {
    private static final String PROBE = "-Dexposurecheck.firstFrameProbe=true";
    private static final String HELLO_MAIN = "org.exposurecheck.ui.start.HelloWindow$Launcher";
    private static final long RUN_TIMEOUT_SECONDS = 120;

    /** Medians in seconds; each ratio is the median of the round-by-round ratios to the hello-world window. */
    public record Figures(int rounds, double appSeconds, double appWithoutArchiveSeconds, double helloSeconds,
                          double ratio, double ratioWithoutArchive) {
    }

    /** Why a measurement could not be made, in one sentence. */
    public static final class Unmeasurable extends Exception {
        public Unmeasurable(String sentence) {
            super(sentence, null, false, false);
        }
    }

    private final Path java;
    private final Path jar;
    private final Consumer<String> notes;

    public StartBenchmark(Path java, Path jar, Consumer<String> notes) {
        this.java = java;
        this.jar = jar.toAbsolutePath();
        this.notes = notes;
    }

    public Figures run(int rounds) throws Unmeasurable {
        Path work = null;
        try {
            work = Files.createTempDirectory("exposure-check-start-");
            Path archive = work.resolve("exposure-check.jsa");
            List<String> app = List.of(java.toString(), "-XX:SharedArchiveFile=" + archive, "-Xshare:on", PROBE, "-jar", jar.toString());
            List<String> appWithoutArchive = List.of(java.toString(), PROBE, "-jar", jar.toString());
            List<String> hello = List.of(java.toString(), PROBE, "-cp", jar.toString(), HELLO_MAIN);

            notes.accept("Making the app's class-data archive (one training start)…");
            time(List.of(java.toString(), "-XX:ArchiveClassesAtExit=" + archive, PROBE, "-jar", jar.toString()), work);
            notes.accept("Warming up, then " + rounds + " rounds of: app, app without the archive, hello-world window…");
            time(app, work);
            time(appWithoutArchive, work);
            time(hello, work);
            double[] appTimes = new double[rounds];
            double[] plainTimes = new double[rounds];
            double[] helloTimes = new double[rounds];
            double[] ratios = new double[rounds];
            double[] plainRatios = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                appTimes[i] = time(app, work);
                plainTimes[i] = time(appWithoutArchive, work);
                helloTimes[i] = time(hello, work);
                ratios[i] = appTimes[i] / helloTimes[i];
                plainRatios[i] = plainTimes[i] / helloTimes[i];
            }
            return new Figures(rounds, median(appTimes), median(plainTimes), median(helloTimes), median(ratios), median(plainRatios));
        } catch (IOException failed) {
            throw new Unmeasurable("Could not use a temporary directory for the start-up bench: " + failed.getMessage() + ".");
        } finally {
            deleteQuietly(work);
        }
    }

    /** Seconds from starting the process to its end, which the probe makes the first drawn frame. */
    private double time(List<String> command, Path work) throws Unmeasurable, IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("last-run.log").toFile());
        builder.environment().put("XDG_DATA_HOME", work.resolve("data").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new Unmeasurable("A start did not reach its first window within " + RUN_TIMEOUT_SECONDS + " s.");
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new Unmeasurable("The start-up bench was interrupted.");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            List<String> output = Files.readAllLines(work.resolve("last-run.log"));
            throw new Unmeasurable("A start ended with exit status " + process.exitValue() + " before its first window: "
                    + (output.isEmpty() ? "no output" : output.get(output.size() - 1)));
        }
        return seconds;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // What is left is a temporary archive and the demo's data directory, nothing personal.
        }
    }
}
