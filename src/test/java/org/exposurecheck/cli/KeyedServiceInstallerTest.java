package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The systemd unit and the Dockerfile of installer/keyed-service start `keyed serve` with options it really has,
 * and give a graceful stop the time and the exit status it needs. (`systemd-analyze verify` checks the unit's
 * own syntax; docker cannot run on the build machines, so the Dockerfile is only checked here.)
 */
class KeyedServiceInstallerTest {
    private static final Path DIR = Path.of("installer", "keyed-service");

    @Test
    void theSystemdUnitStartsAServeCommandThatParsesAndStopsWithinItsTimeout() throws IOException {
        Map<String, String> unit = Files.readAllLines(DIR.resolve("exposure-check-keyed.service")).stream()
                .filter(line -> line.contains("=") && !line.startsWith("#"))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')), line -> line.substring(line.indexOf('=') + 1),
                        (first, second) -> first));
        List<String> command = Arrays.asList(unit.get("ExecStart").replace("%d", "/run/credentials/x").split(" "));

        KeyedServeCommand serve = parsedServe(command);

        assertThat(serve.keyFile).hasToString("/run/credentials/x/keyed.key");
        assertThat(unit.get("LoadCredential")).startsWith("keyed.key:");
        assertThat(serve.bind).isEqualTo("127.0.0.1");
        assertThat(unit.get("SuccessExitStatus")).isEqualTo("143");
        assertThat(Integer.parseInt(unit.get("TimeoutStopSec"))).isGreaterThan(serve.graceSeconds);
    }

    @Test
    void theDockerfileStartsAServeCommandThatParsesOnEveryInterface() throws IOException {
        String entrypoint = Files.readAllLines(DIR.resolve("Dockerfile")).stream().filter(line -> line.startsWith("ENTRYPOINT "))
                .findFirst().orElseThrow().substring("ENTRYPOINT ".length());
        List<String> command = Arrays.asList(new ObjectMapper().readValue(entrypoint, String[].class));

        KeyedServeCommand serve = parsedServe(command);

        assertThat(serve.bind).isEqualTo("0.0.0.0");
        assertThat(serve.keyFile).hasToString("/run/secrets/keyed.key");
        assertThat(Files.readString(DIR.resolve("Dockerfile"))).contains("EXPOSE " + serve.port).contains("STOPSIGNAL SIGTERM");
    }

    /** Parses (never runs) the arguments after the jar, as the real command line would. */
    private static KeyedServeCommand parsedServe(List<String> command) {
        int jar = command.indexOf("-jar");
        assertThat(command.get(jar + 1)).endsWith("exposure-check.jar");
        String[] arguments = command.subList(jar + 2, command.size()).toArray(String[]::new);
        CommandLine.ParseResult parsed = new CommandLine(new ExposureCheckCli(), new CommandFactory(TestPacks.CLOCK)).parseArgs(arguments);
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        assertThat(leaf.commandSpec().qualifiedName()).isEqualTo("exposure-check keyed serve");
        return (KeyedServeCommand) leaf.commandSpec().userObject();
    }
}
