package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.StaticFileServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code publish} and {@code update} through the real entry point, end to end over a real HTTP server on loopback. */
class UpdateCommandTest {
    @TempDir
    static Path dir;
    static Path keys;
    static Path pack;
    static String fingerprint;

    @BeforeAll
    static void buildAPack() throws IOException {
        keys = dir.resolve("keys");
        Cli.Result keygen = Cli.run("keygen", "--out", keys.toString());
        assertThat(keygen.exitCode()).isZero();
        fingerprint = keygen.out().replaceAll("(?s).*Fingerprint: ([0-9A-F ]+)\\s*$", "$1");
        Path records = Files.writeString(dir.resolve("records.jsonl"),
                "{\"id\": \"src-1\", \"category\": \"journalist\", \"first_seen\": \"2019-08-20\", \"identifiers\": [{\"type\": \"name\","
                        + " \"value\": \"陳大文\"}, {\"type\": \"phone\", \"value\": \"9123 4567\"}, {\"type\": \"hkid\", \"value\": \"A123456(3)\"}]}\n");
        pack = dir.resolve("leak.ecpack");
        Cli.Result built = Cli.run(Cli.concat(new String[] {"pack", "build", "--input", records.toString(), "--format", "jsonl",
                "--title", "Test leak", "--signing-key", keys.resolve("publisher.key").toString(), "--out", pack.toString()},
                Cli.CHEAP_BUILD_FLAGS));
        assertThat(built.exitCode()).as(built.err()).isZero();
    }

    @Test
    void publishServeUpdateThenCheckUsesTheDownloadedPack() throws IOException {
        Path mirrorDir = dir.resolve("mirror");
        Cli.Result published = Cli.run("publish", "--out", mirrorDir.toString(), "--signing-key", keys.resolve("publisher.key").toString(),
                pack.toString());
        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(published.out()).contains("Listed test-leak (Test leak), sequence").contains("Wrote " + mirrorDir.resolve("catalogue.ecc"))
                .contains("signed by " + fingerprint + ".");
        assertThat(fingerprint).matches("([0-9A-F]{4} ){9}[0-9A-F]{4}");
        Path data = dir.resolve("data");

        try (StaticFileServer server = new StaticFileServer(mirrorDir)) {
            Cli.Result unconfirmed = Cli.run("update", "--mirror", server.url(), "--data-dir", data.toString());
            assertThat(unconfirmed.exitCode()).isEqualTo(1);
            assertThat(unconfirmed.err().strip()).hasLineCount(2)
                    .isEqualTo(unencryptedWarning(server.url()) + "\n" + "The catalogue is signed by publisher key " + fingerprint + ", which is not trusted yet: compare this"
                            + " fingerprint with the one the publisher published, then run again with --trust FILE or --accept-fingerprint '"
                            + fingerprint + "'.");
            assertThat(server.log()).containsExactly("200 /catalogue.ecc");

            Cli.Result installed = Cli.run("update", "--mirror", server.url(), "--data-dir", data.toString(), "--accept-fingerprint",
                    fingerprint, "--save-settings");
            assertThat(installed.exitCode()).as(installed.out() + installed.err()).isZero();
            assertThat(installed.out()).contains("Catalogue sequence ").contains("signed by " + fingerprint)
                    .containsPattern("Installed: test-leak \\(Test leak\\), sequence \\d+\\.")
                    .endsWith("Update complete: 1 newly installed.\n");
            assertThat(installed.err()).as("an http:// mirror works, with a warning").isEqualTo(unencryptedWarning(server.url()) + "\n");

            Path profile = Files.writeString(dir.resolve("me.json"), "{\"label\": \"me\", \"identifiers\": [{\"type\": \"name\", \"value\": \"Chan Tai Man\"},"
                    + " {\"type\": \"phone\", \"value\": \"+852 9123 4567\"}]}");
            Cli.Result check = Cli.run("check", "--profile", profile.toString(), "--data-dir", data.toString());
            assertThat(check.exitCode()).as(check.err()).isZero();
            assertThat(check.out()).contains("me: 2 of your details appear in 1 dataset (1 record).");

            Cli.Result again = Cli.run("update", "--data-dir", data.toString());
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).contains("unchanged since the last update").contains("Already current: test-leak (Test leak)")
                    .endsWith("Update complete: 1 already current.\n");
            assertThat(server.log()).endsWith("304 /catalogue.ecc").filteredOn(line -> line.contains("/packs/")).hasSize(1);
        }
    }

    @Test
    void helpSaysUpdateIsTheOnlyCommandThatUsesTheNetwork() {
        Cli.Result help = Cli.run("update", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("This is the only command that uses the network, and only when you run it.")
                .contains("--accept-fingerprint").contains("socks5://HOST:PORT");
        assertThat(Cli.run("publish", "--help").out()).contains("--valid-days");
    }

    @Test
    void updateMistakesAreOneSentence() {
        Path data = dir.resolve("data-mistakes");
        assertThat(Cli.run("update", "--data-dir", data.toString()).err().strip())
                .isEqualTo("No mirror is set up; give the address of one with --mirror URL.");
        assertThat(Cli.run("update", "--mirror", "ftp://example.org/", "--data-dir", data.toString()).err().strip())
                .isEqualTo("The mirror address ftp://example.org/ is not an http:// or https:// address.");
        assertThat(Cli.run("update", "--mirror", "http://127.0.0.1:1/", "--proxy", "tor", "--data-dir", data.toString()).err().strip())
                .isEqualTo("The proxy tor is not of the form socks5://HOST:PORT or http://HOST:PORT.");
        assertThat(Cli.run("update", "--mirror", "http://127.0.0.1:1/", "--accept-fingerprint", "ABCD 1234", "--data-dir", data.toString())
                .err().strip()).isEqualTo("A publisher fingerprint is 40 hex digits, shown as ten groups of four; copy all of it.");
        Cli.Result down = Cli.run("update", "--mirror", "http://127.0.0.1:1/", "--data-dir", data.toString());
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.out()).contains("http://127.0.0.1:1/ (catalogue): Could not connect to the mirror.");
        assertThat(down.err().strip()).isEqualTo(unencryptedWarning("http://127.0.0.1:1/")
                + "\nNo mirror gave a catalogue that could be trusted, so nothing was updated.");
    }

    private static String unencryptedWarning(String mirror) {
        return "Warning: The mirror " + mirror + " is not encrypted (http): anyone on the network can see that you update and which"
                + " packs you fetch. Catalogues and packs are signed, so nobody can change them unnoticed.";
    }

    @Test
    void publishRefusesAPackItsKeyDidNotSign() {
        Path otherKeys = dir.resolve("other-keys");
        assertThat(Cli.run("keygen", "--out", otherKeys.toString()).exitCode()).isZero();
        Cli.Result refused = Cli.run("publish", "--out", dir.resolve("other-mirror").toString(), "--signing-key",
                otherKeys.resolve("publisher.key").toString(), pack.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).hasLineCount(1).startsWith(pack + ": This pack is signed by publisher key");
        assertThat(dir.resolve("other-mirror/catalogue.ecc")).doesNotExist();
    }
}
