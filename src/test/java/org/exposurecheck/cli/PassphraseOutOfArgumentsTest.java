package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.exposurecheck.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Another user of the computer can list every process's arguments ({@code ps}, /proc): the passphrase
 * must never be one. The attack is run against a real {@code vault init} process, with its own arguments as
 * the positive control that the attack sees what it should.
 */
class PassphraseOutOfArgumentsTest {
    private static final String PASSPHRASE = "plinth mango quarry velvet ochre";

    @TempDir
    Path dir;

    @Test
    void aRunningVaultCommandShowsThePassphraseFileButNeverThePassphrase() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc (Linux) to read another process's arguments");
        Path passphrase = VaultCliTest.passphraseFile(dir.resolve("passphrase"), PASSPHRASE);
        Path data = dir.resolve("data");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "vault", "init", "--data-dir", data.toString(), "--passphrase-file", passphrase.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("output").toFile()).start();
        List<String> seen = new ArrayList<>();
        while (process.isAlive()) {
            for (String part : List.of("cmdline", "environ")) {
                try {
                    seen.add(new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), part)), StandardCharsets.UTF_8));
                } catch (IOException ended) {
                    // The process ended between the check and the read.
                }
            }
            Thread.sleep(20);
        }
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("output"))).isZero();
        assertThat(String.join("\n", seen)).as("positive control: the arguments are visible to the attacker")
                .contains(passphrase.toString()).contains(data.toString())
                .doesNotContain(PASSPHRASE).doesNotContain("plinth");
    }

    /** Nobody can add a way to pass the passphrase itself without this failing. */
    @Test
    void noVaultCommandHasAnOptionForThePassphraseItself() {
        CommandLine vault = new CommandLine(new ExposureCheckCli(), new CommandFactory(java.time.Clock.systemUTC())).getSubcommands().get("vault");
        Set<String> passphraseOptions = new TreeSet<>();
        vault.getSubcommands().forEach((name, command) -> {
            for (OptionSpec option : command.getCommandSpec().options()) {
                for (String optionName : option.names()) {
                    if (optionName.toLowerCase(java.util.Locale.ROOT).contains("pass") || optionName.toLowerCase(java.util.Locale.ROOT).contains("secret")) {
                        passphraseOptions.add(optionName + " " + option.type().getSimpleName());
                    }
                }
            }
            assertThat(command.getCommandSpec().positionalParameters()).as(name).isEmpty();
        });
        assertThat(passphraseOptions).containsExactly("--passphrase-file Path");
    }
}
