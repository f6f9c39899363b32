package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.exposurecheck.testsupport.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged index: every command that reads it says so in one sentence, and {@code pack reindex} brings the packs back. */
class DamagedIndexCliTest {
    @TempDir
    static Path dir;
    static Path pack;
    static Path publisher;
    static Path profiles;

    @TempDir
    Path data;

    @BeforeAll
    static void buildAPack() {
        Path demo = dir.resolve("demo");
        assertThat(Cli.run("demo", "generate", "--records", "30", "--personas", "4", "--out", demo.toString()).exitCode()).isZero();
        profiles = demo.resolve("personas.jsonl");
        assertThat(Cli.run("keygen", "--out", dir.resolve("keys").toString()).exitCode()).isZero();
        publisher = dir.resolve("keys/publisher.pub");
        pack = dir.resolve("leak.ecpack");
        Cli.Result built = Cli.run(Cli.concat(new String[] {"pack", "build", "--input", demo.resolve("records.jsonl").toString(),
                "--format", "jsonl", "--title", "Generated leak", "--id", "generated-leak", "--sequence", "3", "--signing-key",
                dir.resolve("keys/publisher.key").toString(), "--out", pack.toString()}, Cli.CHEAP_BUILD_FLAGS));
        assertThat(built.exitCode()).as(built.err()).isZero();
    }

    private void installAndDamage() throws Exception {
        assertThat(Cli.run("pack", "install", pack.toString(), "--trust", publisher.toString(), "--data-dir", data.toString()).exitCode()).isZero();
        byte[] garbage = new byte[4096];
        new Random(3).nextBytes(garbage);
        Files.write(data.resolve("exposure-check.db"), garbage);
    }

    @Test
    void everyCommandOnADamagedIndexSaysSoInOneSentence() throws Exception {
        installAndDamage();
        for (String[] command : new String[][] {{"pack", "list"}, {"pack", "install", pack.toString()},
                {"check", "--profiles", profiles.toString()}, {"update", "--mirror", "https://127.0.0.1:1/"}, {"pack", "remove", "generated-leak"}}) {
            Cli.Result run = Cli.run(Cli.concat(command, "--data-dir", data.toString()));
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(run.err().strip()).as(String.join(" ", command)).hasLineCount(1)
                    .contains("is damaged").contains("'exposure-check pack reindex'").doesNotContain("Exception");
        }
        assertThat(data.resolve("packs/generated-leak-3.ecpack")).hasBinaryContent(Files.readAllBytes(pack));
    }

    @Test
    void reindexWithTheTrustedKeyListsThePackAgainAndSaysWhatCouldNotBeRecovered() throws Exception {
        installAndDamage();
        Cli.Result reindex = Cli.run("pack", "reindex", "--trust", publisher.toString(), "--data-dir", data.toString());
        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        assertThat(reindex.out()).contains("1 pack(s) listed again").contains("Listed: Generated leak (generated-leak), sequence 3")
                .contains("Could not be recovered from the damaged index: the publisher keys you trusted;")
                .contains("The damaged index is kept as " + data.resolve("exposure-check.db.damaged-"));

        Cli.Result check = Cli.run("check", "--profiles", profiles.toString(), "--data-dir", data.toString(), "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("\"pack\":\"generated-leak\"");
        assertThat(Cli.run("pack", "reindex", "--data-dir", data.toString()).out()).contains("is intact; nothing to rebuild");
    }

    @Test
    void reindexWithoutTheKeySetsThePackAsideAndSaysHowToInstallItAgain() throws Exception {
        installAndDamage();
        Cli.Result reindex = Cli.run("pack", "reindex", "--data-dir", data.toString());
        assertThat(reindex.exitCode()).isZero();
        assertThat(reindex.out()).contains("0 pack(s) listed again")
                .contains("Set aside in " + data.resolve("packs/set-aside") + ": generated-leak-3.ecpack — Its publisher (key ");
        Path setAside = data.resolve("packs/set-aside/generated-leak-3.ecpack");
        assertThat(Cli.run("pack", "install", setAside.toString(), "--trust", publisher.toString(), "--data-dir", data.toString())
                .exitCode()).isZero();
    }
}
