package org.exposurecheck.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} with no arguments where no window can open: one sentence saying what to do, exit status 1,
 * no stack trace. JavaFX's own failure was a stack trace ending in "Unable to load glass GTK library".
 */
class DesktopStartIT {
    private static final Path JAR = Path.of("target", "exposure-check.jar");

    @TempDir
    Path dir;

    private record Run(int exitCode, String err) {
    }

    private Run start(List<String> prefix, Map<String, String> environment, List<String> removed, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=GB", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().keySet().removeAll(removed);
        builder.environment().putAll(environment);
        // A home of its own, so JavaFX's library cache and the app's data stay out of the real one.
        builder.environment().put("HOME", dir.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(err, StandardCharsets.UTF_8));
    }

    private static void assertOneSentence(Run run, String sentenceStart) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        // JavaFX itself logs one warning about running from the class path; the app's sentence is the last line.
        List<String> lines = run.err().strip().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith(sentenceStart).endsWith("(exposure-check --help).");
    }

    @Test
    void withoutADisplayItSaysWhereItCanRun() throws Exception {
        Run run = start(List.of(), Map.of(), List.of("DISPLAY", "WAYLAND_DISPLAY"));
        assertOneSentence(run, "Exposure Check's window needs a graphical desktop");
    }

    /** GTK 3 is hidden behind a library of its name that cannot load, first on the library path; needs an X server (Xvfb). */
    @Test
    void withoutGtkThreeItSaysWhatToInstall() throws Exception {
        assumeTrue(onPath("xvfb-run"), "needs xvfb-run (apt-get install xvfb) for an X display to fail behind");
        Path hidingPlace = Files.createDirectories(dir.resolve("no-gtk"));
        Files.write(hidingPlace.resolve("libgtk-3.so.0"), new byte[0]);
        Run run = start(List.of("xvfb-run", "-a"), Map.of("LD_LIBRARY_PATH", hidingPlace.toString()), List.of());
        assertOneSentence(run, "Exposure Check's window needs GTK 3");
        assertThat(run.err()).contains("sudo apt install libgtk-3-0");
    }

    @Test
    void theStartBenchWithoutADisplayIsOneSentence() throws Exception {
        Run run = start(List.of(), Map.of(), List.of("DISPLAY", "WAYLAND_DISPLAY"), "bench", "--start");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).hasLineCount(1).startsWith("bench --start opens windows and needs a display");
    }

    /** The start bench end to end, one round: it reaches the first window of both the app and the hello-world window. */
    @Test
    void theStartBenchPrintsTheRatio() throws Exception {
        assumeTrue(onPath("xvfb-run"), "needs xvfb-run (apt-get install xvfb libgtk-3-0)");
        Run run = start(List.of("xvfb-run", "-a"), Map.of(), List.of(), "bench", "--start", "--start-rounds", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"))).containsPattern("Start ratio \\(app ÷ hello-world.*\\): \\d+\\.\\d\\d with the archive");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(java.io.File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
