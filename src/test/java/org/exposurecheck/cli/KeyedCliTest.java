package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.exposurecheck.pack.KeyedKeyFiles;
import org.exposurecheck.testsupport.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keyed keygen} and every way {@code keyed serve} can be started wrongly: one sentence, exit 1, nothing
 * started. (A service that does start runs until stopped; PackagedJarIT runs it as a process and stops it.)
 */
class KeyedCliTest {
    @TempDir
    Path dir;

    @Test
    void keygenWritesAnOwnerOnlyPrivateKeyAPublicKeyAndItsFingerprint() throws Exception {
        Cli.Result made = Cli.run("keyed", "keygen", "--out", dir.toString());

        assertThat(made.exitCode()).as(made.err()).isZero();
        Path privateKey = dir.resolve(KeyedKeyFiles.PRIVATE_FILE);
        assertThat(Files.getPosixFilePermissions(privateKey)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN EXPOSURE CHECK KEYED SERVICE PRIVATE KEY-----");
        String fingerprint = KeyedKeyFiles.readPublicKey(dir.resolve(KeyedKeyFiles.PUBLIC_FILE)).fingerprint();
        assertThat(KeyedKeyFiles.readPrivateKey(privateKey).publicKey().fingerprint()).isEqualTo(fingerprint);
        assertThat(made.out()).contains("Fingerprint: " + fingerprint).contains("keyed.key (private");
    }

    @Test
    void keygenRefusesToOverwriteAKey() {
        assertThat(Cli.run("keyed", "keygen", "--out", dir.toString()).exitCode()).isZero();

        assertOneSentence(Cli.run("keyed", "keygen", "--out", dir.toString()), "A keyed-service key already exists in " + dir);
    }

    @Test
    void serveRefusesAMissingOrWrongKeyFile() throws Exception {
        assertOneSentence(serve(dir.resolve("nope.key")), "The keyed-service private key file " + dir.resolve("nope.key") + " does not exist.");
        assertThat(Cli.run("keygen", "--out", dir.resolve("publisher").toString()).exitCode()).isZero();
        Path signingKey = dir.resolve("publisher/publisher.key");
        assertOneSentence(serve(signingKey), signingKey + " is not an Exposure Check keyed-service private key file.");
        Path garbled = Files.writeString(dir.resolve("garbled.key"),
                "-----BEGIN EXPOSURE CHECK KEYED SERVICE PRIVATE KEY-----\n%%%%\n-----END EXPOSURE CHECK KEYED SERVICE PRIVATE KEY-----\n");
        assertOneSentence(serve(garbled), garbled + " does not hold a valid keyed-service private key.");
        Path zero = Files.writeString(dir.resolve("zero.key"), "-----BEGIN EXPOSURE CHECK KEYED SERVICE PRIVATE KEY-----\n"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n-----END EXPOSURE CHECK KEYED SERVICE PRIVATE KEY-----\n");
        assertOneSentence(serve(zero), zero + " does not hold a valid keyed-service private key.");
    }

    @Test
    void serveRefusesAPortInUseAndSettingsThatCannotWork() throws Exception {
        assertThat(Cli.run("keyed", "keygen", "--out", dir.toString()).exitCode()).isZero();
        Path key = dir.resolve(KeyedKeyFiles.PRIVATE_FILE);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertOneSentence(Cli.run("keyed", "serve", "--key", key.toString(), "--port", Integer.toString(taken.getLocalPort())),
                    "Could not listen on 127.0.0.1 port " + taken.getLocalPort() + ": Address already in use.");
        }
        assertOneSentence(Cli.run("keyed", "serve", "--key", key.toString(), "--port", "0", "--client-per-day", "900000"),
                "These service settings cannot work: a client's limit cannot exceed the limit of all clients together.");
        assertOneSentence(Cli.run("keyed", "serve", "--key", key.toString(), "--port", "0", "--max-batch", "1000"),
                "These service settings cannot work: a batch larger than a client's burst could never be granted.");
        assertOneSentence(Cli.run("keyed", "serve", "--key", key.toString(), "--port", "70000"),
                "These service settings cannot work: a port is between 0 and 65535.");
        assertOneSentence(Cli.run("keyed", "serve", "--key", key.toString(), "--port", "0", "--grace", "-1"),
                "--grace must be between 0 and 600 seconds.");
        assertOneSentence(Cli.run("keyed", "serve", "--key", key.toString(), "--port", "0", "--bind", "no-such-host.invalid"),
                "Could not listen on no-such-host.invalid port 0: the address no-such-host.invalid is not an address of this machine.");
    }

    @Test
    void serveWithoutAKeyOrPortIsAUsageError() {
        Cli.Result run = Cli.run("keyed", "serve", "--port", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("Missing required option: '--key=FILE'").hasLineCount(1);
    }

    private Cli.Result serve(Path key) {
        return Cli.run("keyed", "serve", "--key", key.toString(), "--port", "0");
    }

    private static void assertOneSentence(Cli.Result run, String sentence) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith(sentence).hasLineCount(1).doesNotContain("Exception");
        assertThat(run.out()).doesNotContain("Serving");
    }
}
