package org.exposurecheck.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.exposurecheck.Main;
import org.exposurecheck.base.CrashPoint;

/**
 * The real command line ({@link Main}) in a child JVM on this test run's class path, so that a test can kill it
 * with SIGKILL, or run it inside a small file system of its own. Its output is collected as it comes.
 */
public final class KillableCli implements AutoCloseable {
    private static final int SIGKILL_EXIT = 128 + 9;
    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final List<Thread> readers = new ArrayList<>();

    private KillableCli(Process process) {
        this.process = process;
        readers.add(drain(process.getInputStream(), out));
        readers.add(drain(process.getErrorStream(), err));
    }

    /** Starts {@code exposure-check ARGS}; with a crash point, the child stops there and says so on stderr. */
    public static KillableCli start(Optional<String> crashPoint, String... args) throws IOException {
        return new KillableCli(new ProcessBuilder(command(crashPoint, args)).start());
    }

    /** Starts a command that wraps {@link #command} (e.g. in a mount namespace). */
    public static KillableCli startWrapped(ProcessBuilder command) throws IOException {
        return new KillableCli(command.start());
    }

    /** The java command line that runs the CLI in a fresh JVM. */
    public static List<String> command(Optional<String> crashPoint, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A short-lived command: no need for the optimising compiler, and the machine is shared.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Djava.awt.headless=true"));
        crashPoint.ifPresent(point -> command.add("-D" + CrashPoint.PROPERTY + "=" + point));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Waits until the child prints a line ending in {@code text} on stderr; fails, with what it printed, if it ends or takes too long first. */
    public void awaitErrLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!err.toString().lines().anyMatch(line -> line.endsWith(text))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("The child never printed \"" + text + "\" (" + (process.isAlive() ? "timed out" : "it ended")
                        + "); stdout: " + out + " stderr: " + err);
            }
            Thread.sleep(20);
        }
    }

    /** SIGKILL, as a power cut or the OOM killer would: no shutdown hook, no finally block runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != SIGKILL_EXIT) {
            throw new AssertionError("The child was not killed by SIGKILL; stdout: " + out + " stderr: " + err);
        }
    }

    /** Waits for the child to end by itself and returns its exit code. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The child did not end within " + timeout + "; stdout: " + out + " stderr: " + err);
        }
        for (Thread reader : readers) {
            reader.join(10_000);
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static Thread drain(InputStream stream, StringBuffer into) {
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try (stream) {
                for (int read; (read = stream.read(buffer)) >= 0; ) {
                    into.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                }
            } catch (IOException ended) {
                // The child is gone; what it printed so far is kept.
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }
}
