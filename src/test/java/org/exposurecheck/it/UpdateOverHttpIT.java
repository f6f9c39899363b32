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
import org.exposurecheck.testsupport.StaticFileServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end case with the packaged jar (OkHttp and Kotlin shaded in): a curator publishes into a
 * directory, a plain HTTP server on loopback serves it, a person updates from it and checks against what arrived.
 */
class UpdateOverHttpIT {
    private static final Path JAR = Path.of("target", "exposure-check.jar");

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void publishServeUpdateAndCheckWithTheJar() throws Exception {
        Run keygen = java("keygen", "--out", dir.resolve("keys").toString());
        String fingerprint = keygen.out().replaceAll("(?s).*Fingerprint: ([0-9A-F ]+)\\s*$", "$1");
        Path data = dir.resolve("demo-data");
        assertThat(java("demo", "generate", "--records", "40", "--personas", "8", "--out", data.toString()).exitCode()).isZero();
        List<String> build = new ArrayList<>(List.of("pack", "build", "--input", data.resolve("records.jsonl").toString(), "--format", "jsonl",
                "--title", "Jar mirror test", "--signing-key", dir.resolve("keys/publisher.key").toString(), "--out",
                dir.resolve("p.ecpack").toString()));
        build.addAll(List.of(Cli.CHEAP_BUILD_FLAGS));
        assertThat(java(build.toArray(String[]::new)).exitCode()).isZero();
        Run publish = java("publish", "--out", dir.resolve("mirror").toString(), "--signing-key", dir.resolve("keys/publisher.key").toString(),
                dir.resolve("p.ecpack").toString());
        assertThat(publish.exitCode()).as(publish.err()).isZero();

        Path installed = dir.resolve("person");
        try (StaticFileServer server = new StaticFileServer(dir.resolve("mirror"))) {
            Run update = java("update", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--mirror", server.url(), "--data-dir", installed.toString(), "--accept-fingerprint", fingerprint);
            assertThat(update.exitCode()).as(update.out() + update.err()).isZero();
            assertThat(update.out()).contains("Installed: jar-mirror-test (Jar mirror test)").contains("Update complete: 1 newly installed.");
            assertThat(server.log()).satisfiesExactly(first -> assertThat(first).isEqualTo("200 /catalogue.ecc"),
                    second -> assertThat(second).matches("200 /packs/jar-mirror-test-\\d+\\.ecpack"));
        }
        Run check = java("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profiles", data.resolve("personas.jsonl").toString(), "--data-dir", installed.toString(), "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.err()).doesNotContain("bundled demo pack");
        assertThat(check.out().lines()).hasSize(8);
        assertThat(check.out()).contains("\"pack\":\"jar-mirror-test\"");
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, Files.readString(err));
    }
}
