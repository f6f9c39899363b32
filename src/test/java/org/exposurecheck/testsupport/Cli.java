package org.exposurecheck.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import org.exposurecheck.cli.ExposureCheckCli;

/** Runs the real command-line entry point in-process and captures what it prints. */
public final class Cli {
    /**
     * The cheap KDF of {@link TestPacks}, as build flags, with the policy scaled to ship the default tokens; like
     * TestPacks, fixtures keep every label and their photo hashes.
     */
    public static final String[] CHEAP_BUILD_FLAGS = {"--kdf-memory", Integer.toString(TestPacks.CHEAP_KDF.memoryKiB()),
            "--kdf-iterations", Integer.toString(TestPacks.CHEAP_KDF.iterations()),
            "--min-gpu-years", Double.toString(TestPacks.SCALED_POLICY.minGpuYears()), "--min-label-records", "1", "--photos"};
    /** The client's minimum scaled like the cheap KDF, for commands that read packs built with {@link #CHEAP_BUILD_FLAGS}. */
    public static final String SCALED_MINIMUM_YEARS = Double.toString(TestPacks.SCALED_MINIMUM.minGpuYears());

    public record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    public static Result run(String... args) {
        return run(TestPacks.CLOCK, args);
    }

    public static Result run(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ExposureCheckCli.execute(args, new PrintWriter(out), new PrintWriter(err), clock);
        return new Result(code, out.toString(), err.toString());
    }

    public static String[] concat(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
