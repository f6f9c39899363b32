package org.exposurecheck.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Two versions (sequence 1 and 2) of one pack built from generated fictional records through the real CLI, and
 * a mirror for each, for the fault tests. Built with the real clock, as the child JVMs that install them run on it.
 */
public final class PackVersions {
    public static final String ID = "generated-leak";
    public final Path keys;
    public final Path publisher;
    public final Path profiles;
    public final Path records;
    public final Path version1;
    public final Path version2;
    public final Path mirror1;
    public final Path mirror2;
    public final String fingerprint;

    public PackVersions(Path dir) {
        Path demo = dir.resolve("demo");
        check(run("demo", "generate", "--records", "40", "--personas", "4", "--out", demo.toString()));
        records = demo.resolve("records.jsonl");
        profiles = demo.resolve("personas.jsonl");
        keys = dir.resolve("keys");
        Cli.Result keygen = check(run("keygen", "--out", keys.toString()));
        fingerprint = keygen.out().lines().filter(line -> line.startsWith("Fingerprint: ")).findFirst().orElseThrow()
                .substring("Fingerprint: ".length());
        publisher = keys.resolve("publisher.pub");
        version1 = build(dir.resolve("leak-1.ecpack"), 1);
        version2 = build(dir.resolve("leak-2.ecpack"), 2);
        mirror1 = publish(dir.resolve("mirror-1"), version1, 1);
        mirror2 = publish(dir.resolve("mirror-2"), version2, 2);
    }

    /** The build command line for this pack's records, signed by this publisher. */
    public String[] buildArgs(Path out, long sequence) {
        return buildArgs(records, out, sequence);
    }

    /** The build command line for these records, in this pack's JSONL format, signed by this publisher. */
    public String[] buildArgs(Path input, Path out, long sequence) {
        return Cli.concat(new String[] {"pack", "build", "--input", input.toString(), "--format", "jsonl", "--title", "Generated leak",
                "--id", ID, "--sequence", Long.toString(sequence), "--signing-key", keys.resolve("publisher.key").toString(),
                "--out", out.toString()}, Cli.CHEAP_BUILD_FLAGS);
    }

    public static Cli.Result run(String... args) {
        return Cli.run(Clock.systemUTC(), args);
    }

    private Path build(Path out, long sequence) {
        check(run(buildArgs(out, sequence)));
        return out;
    }

    private Path publish(Path mirror, Path pack, long sequence) {
        check(run("publish", "--out", mirror.toString(), "--signing-key", keys.resolve("publisher.key").toString(), "--sequence",
                Long.toString(sequence), pack.toString()));
        return mirror;
    }

    private static Cli.Result check(Cli.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }
}
