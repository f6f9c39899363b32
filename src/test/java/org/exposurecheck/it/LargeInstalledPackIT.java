package org.exposurecheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.PackBytes;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.SyntheticBenchPack;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.Argon2PairScheme;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An installed pack larger than the whole heap of the process that checks against it (decision 0031): the check reads
 * it in place, chunk by chunk. The same pack read whole, as {@code pack verify} must, does not fit in that heap: the cap
 * is tight enough that loading the pack would fail. Synthetic random tokens around one fictional person's real ones.
 */
class LargeInstalledPackIT {
    private static final Path JAR = Path.of("target", "exposure-check.jar");
    private static final int TOKENS = 4_000_000;
    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void aCheckUsesAnInstalledPackLargerThanItsHeap() throws Exception {
        SigningKey publisher = SigningKey.generate(new SecureRandom());
        // The jar reads packs at the real time, so this pack is made now (it expires a day later).
        Instant now = Instant.now();
        Normaliser normaliser = new Normaliser(Clock.systemUTC());
        Profile persona = SyntheticDataset.generate(60, 10, 3).personas().get(0);
        byte[] salt = new byte[Argon2PairScheme.SALT_LENGTH];
        new Random(13).nextBytes(salt);
        Argon2PairScheme scheme = new Argon2PairScheme(TestPacks.CHEAP_KDF, salt);
        List<byte[]> real;
        try (TokenDeriver deriver = new TokenDeriver(1)) {
            real = deriver.derive(scheme, SyntheticBenchPack.tokenInputs(persona.identifiers(), normaliser, now),
                    Progress.NONE, new CancelSignal());
        }
        assertThat(real).isNotEmpty();
        Path pack = dir.resolve("large.ecpack");
        SyntheticBenchPack.write(pack, "large", TOKENS, real, scheme, TestPacks.SCALED_POLICY, publisher, now, new Random(13));
        assertThat(Files.size(pack)).as("larger than the checking process's whole heap").isGreaterThan(64L << 20);
        Path data = dir.resolve("data");
        try (PackStore store = PackStore.open(data)) {
            store.install(PackBytes.read(pack), Optional.of(publisher.publicKey()), now);
        }
        Path trust = Files.writeString(dir.resolve("publisher.pub"), KeyFiles.publicKeyText(publisher.publicKey()));
        Path profile = Files.writeString(dir.resolve("persona.json"), profileJson(persona));

        Run check = java("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--data-dir", data.toString(), "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("\"exposed\":true").contains("\"pack\":\"demo-bench-large\"");

        Run readWhole = java("pack", "verify", pack.toString(), "--trust", trust.toString(), "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS);
        assertThat(readWhole.exitCode()).as("read whole, as every check did before, the pack does not fit").isEqualTo(1);
        assertThat(readWhole.err()).contains("more than Exposure Check can open with the memory it has here");
    }

    private static String profileJson(Profile persona) {
        ObjectNode json = new ObjectMapper().createObjectNode().put("label", persona.label());
        ArrayNode identifiers = json.putArray("identifiers");
        for (Identifier identifier : persona.identifiers()) {
            identifiers.addObject().put("type", identifier.type().id()).put("value", identifier.value());
        }
        return json.toString();
    }

    record Run(int exitCode, String out, String err) {
    }

    /** The packaged jar with a heap of {@value #HEAP}. */
    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
