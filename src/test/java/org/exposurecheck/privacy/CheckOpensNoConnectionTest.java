package org.exposurecheck.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.exposurecheck.pack.KeyedBuild;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §6: the app opens no connection unless the person asks for a pack update. {@code check} runs in
 * a JVM whose security manager refuses and reports every network permission ({@link NoNetworkGuard}); the
 * same guard is shown to catch a real connection attempt, so its silence means something.
 */
class CheckOpensNoConnectionTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void checkAgainstInstalledPacksOpensNoConnectionAndResolvesNoName() throws Exception {
        Path data = dir.resolve("data");
        try (PackStore store = PackStore.open(data)) {
            SigningKey key = SigningKey.generate(new SecureRandom());
            byte[] pack = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 1), key).pack();
            store.install(pack, Optional.of(key.publicKey()), TestPacks.NOW);
        }
        Path profile = Files.writeString(dir.resolve("me.json"), "{\"label\": \"me\", \"identifiers\": [{\"type\": \"name\", \"value\": \"陳大文\"},"
                + " {\"type\": \"phone\", \"value\": \"9123 4567\"}]}");

        Run check = guarded("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--data-dir", data.toString(), "--json");

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).as("the check really ran against the pack").contains("\"exposed\":true");
        assertThat(check.err()).doesNotContain(NoNetworkGuard.REPORT);
    }

    /**
     * Issue 11: a pack with a keyed tier names a service; without {@code --allow-keyed} the check still opens nothing and
     * says what it did not look up. With it, the same check does try to connect (the positive control).
     */
    @Test
    void aKeyedPackOpensNoConnectionUnlessKeyedLookupsAreAllowed() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path data = dir.resolve("data");
            try (PackStore store = PackStore.open(data)) {
                SigningKey key = SigningKey.generate(new SecureRandom());
                KeyedBuild keyed = new KeyedBuild(VoprfPrivateKey.generate(new SecureRandom()), "http://127.0.0.1:" + listener.getLocalPort() + "/",
                        TestPacks.CHEAP_KDF, 200_000);
                byte[] pack = TestPacks.buildKeyed(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("keyed", 1), key, keyed).pack();
                store.install(pack, Optional.of(key.publicKey()), TestPacks.NOW);
            }
            Path profile = Files.writeString(dir.resolve("teacher.json"), "{\"label\": \"teacher\", \"identifiers\": [{\"type\": \"name\","
                    + " \"value\": \"Mary WONG Ka Yan\"}, {\"type\": \"email\", \"value\": \"ka.yan.wong@gmail.com\"}]}");

            Run offline = guarded("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--data-dir", data.toString(), "--json");
            Run allowed = guarded("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--data-dir", data.toString(),
                    "--json", "--allow-keyed");

            assertThat(offline.exitCode()).as(offline.err()).isZero();
            assertThat(offline.err()).doesNotContain(NoNetworkGuard.REPORT);
            assertThat(offline.out()).contains("\"not_checked\"").contains("keyed lookups not allowed");
            assertThat(allowed.err()).as("positive control: allowed, the keyed lookup does try to connect")
                    .contains(NoNetworkGuard.REPORT + "connect").contains("127.0.0.1:" + listener.getLocalPort());
        }
    }

    @Test
    void theGuardCatchesARealConnectionAttempt() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String mirror = "http://127.0.0.1:" + listener.getLocalPort() + "/";

            Run update = guarded("update", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--mirror", mirror, "--data-dir", dir.resolve("data").toString());

            assertThat(update.exitCode()).isNotZero();
            assertThat(update.err()).contains(NoNetworkGuard.REPORT + "connect").contains("127.0.0.1:" + listener.getLocalPort());
            listener.setSoTimeout(200);
            assertThatThrownBy(listener::accept).as("the attempt was stopped before it reached the socket")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    private Run guarded(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                NoNetworkGuard.class.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(err));
    }
}
