package org.exposurecheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exposurecheck.testsupport.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one jar of DESIGN §4, run as a person would run it: {@code java -jar target/exposure-check.jar …}. */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "exposure-check.jar");

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarRunsTheWholeCuratorAndPersonFlow() throws Exception {
        assertThat(JAR).exists();
        assertThat(java("--version").out()).startsWith("Exposure Check");
        Path data = dir.resolve("data");
        assertThat(java("demo", "generate", "--records", "60", "--personas", "10", "--out", data.toString()).exitCode()).isZero();
        assertThat(java("keygen", "--out", dir.resolve("keys").toString()).exitCode()).isZero();
        List<String> build = new ArrayList<>(List.of("pack", "build", "--input", data.resolve("records.jsonl").toString(), "--format",
                "jsonl", "--title", "Jar test", "--signing-key", dir.resolve("keys/publisher.key").toString(), "--out",
                dir.resolve("p.ecpack").toString()));
        build.addAll(List.of(Cli.CHEAP_BUILD_FLAGS));
        Run built = java(build.toArray(String[]::new));
        assertThat(built.exitCode()).as(built.err()).isZero();
        Run check = java("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profiles", data.resolve("personas.jsonl").toString(), "--pack", dir.resolve("p.ecpack").toString(),
                "--trust", dir.resolve("keys/publisher.pub").toString(), "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out().lines()).hasSize(10).allSatisfy(line -> assertThat(line).startsWith("{\"label\":\"persona-"));
        assertThat(check.out()).contains("\"exposed\":true");
    }

    @Test
    void withNothingInstalledTheBundledDemoPackIsUsedAndSaidToBeFictional() throws Exception {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"label\": \"x\", \"identifiers\": [{\"type\": \"phone\", \"value\": \"9123 4567\"},"
                + " {\"type\": \"name\", \"value\": \"Chan Tai Man\"}]}");
        Run check = java("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--data-dir", dir.resolve("empty").toString(), "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.err()).contains("bundled demo pack, which holds fictional people only");
        assertThat(check.out()).startsWith("{\"label\":\"x\",\"exposed\":");
    }

    @Test
    void badInputIsOneSentenceFromTheRealProcess() throws Exception {
        Run run = java("pack", "verify", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, dir.resolve("nope.ecpack").toString(), "--trust", dir.resolve("nope.pub").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).hasLineCount(1).doesNotContain("Exception");
    }
}
