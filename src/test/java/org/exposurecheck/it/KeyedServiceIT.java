package org.exposurecheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exposurecheck.pack.KeyedKeyFiles;
import org.exposurecheck.testsupport.SyntheticPairs;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.keyed.VoprfClient;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.exposurecheck.update.KeyedServiceAddress;
import org.exposurecheck.update.KeyedServiceClient;
import org.exposurecheck.update.Timeouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keyed keygen} and {@code keyed serve} from the real jar, as a publisher runs them: a client's round
 * against the running process gives the key's own outputs, SIGTERM stops it cleanly, and nothing the process
 * printed holds a value or blinded element it was sent.
 */
class KeyedServiceIT {
    private static final Path JAR = Path.of("target", "exposure-check.jar");
    private static final Pattern SERVING = Pattern.compile("Serving keyed lookups on 127\\.0\\.0\\.1 port (\\d+) with key ([0-9A-F ]+)\\.");
    /** What a JVM exits with after SIGTERM once its shutdown hooks have run. */
    private static final int EXIT_AFTER_SIGTERM = 143;

    @TempDir
    Path dir;

    @Test
    void aServedKeyAnswersTheClientsRoundAndSigtermStopsItCleanly() throws Exception {
        Process keygen = java("keyed", "keygen", "--out", dir.toString());
        assertThat(keygen.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(keygen.exitValue()).isZero();
        VoprfPrivateKey key = KeyedKeyFiles.readPrivateKey(dir.resolve(KeyedKeyFiles.PRIVATE_FILE));
        SyntheticPairs pairs = SyntheticPairs.generate(10, 13);
        List<byte[]> blinded = new VoprfClient(key.publicKey()).blind(pairs.bytes(), new SecureRandom()).blindedElements();

        Process serve = java("keyed", "serve", "--key", dir.resolve(KeyedKeyFiles.PRIVATE_FILE).toString(), "--port", "0", "--grace", "2");
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        List<String> printed = new ArrayList<>();
        Matcher serving = null;
        while (serving == null) {
            String line = out.readLine();
            assertThat(line).as("the service stopped before it said it was serving").isNotNull();
            printed.add(line);
            Matcher match = SERVING.matcher(line);
            serving = match.matches() ? match : null;
        }
        assertThat(serving.group(2)).isEqualTo(key.publicKey().fingerprint());
        try (KeyedServiceClient client = new KeyedServiceClient(KeyedServiceAddress.parse("http://127.0.0.1:" + serving.group(1)),
                key.publicKey(), Optional.empty(), Timeouts.DEFAULT, new CancelSignal(), 8)) {
            assertThat(client.outputs(pairs.bytes())).usingElementComparator(Arrays::compare)
                    .containsExactlyElementsOf(new VoprfEvaluator(key, new SecureRandom()).outputs(pairs.bytes()));
            assertThat(client.evaluate(blinded).size()).isEqualTo(blinded.size());
        }

        // As systemd and docker stop it; Process.destroy() would also close the pipes this test still reads.
        assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(serve.pid())).start().waitFor()).isZero();
        assertThat(serve.waitFor(120, TimeUnit.SECONDS)).isTrue();
        out.lines().forEach(printed::add);
        String errors = new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(serve.exitValue()).isEqualTo(EXIT_AFTER_SIGTERM);
        assertThat(printed).contains("Stopped.");
        assertThat(errors).isEmpty();
        String everything = String.join("\n", printed) + errors;
        for (String value : pairs.values()) {
            assertThat(everything).doesNotContain(value);
        }
        for (byte[] element : blinded) {
            assertThat(everything).doesNotContain(Base64.getEncoder().encodeToString(element)).doesNotContain(HexFormat.of().formatHex(element));
        }
        key.wipe();
    }

    private static Process java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        return process;
    }
}
