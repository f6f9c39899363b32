package org.exposurecheck.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.Argon2PairScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's packs of random tokens say what they are, and pass the client's own audit like a real pack of that shape. */
class SyntheticBenchPackTest {
    @TempDir
    Path dir;

    @Test
    void aSyntheticPackIsMarkedAsFictionalBenchDataAndExpiresTheNextDay() throws Exception {
        SigningKey key = SigningKey.generate(new SecureRandom());
        Path out = dir.resolve("bench.ecpack");
        Argon2PairScheme scheme = new Argon2PairScheme(TestPacks.CHEAP_KDF, new byte[Argon2PairScheme.SALT_LENGTH]);
        byte[] real = new byte[Argon2PairScheme.TOKEN_LENGTH];
        new Random(3).nextBytes(real);

        SyntheticBenchPack.write(out, "x", 5000, List.of(real), scheme, TestPacks.SCALED_POLICY, key, TestPacks.NOW, new Random(3));

        Pack pack = PackFile.read(Files.readAllBytes(out), key.publicKey(), TestPacks.NOW);
        Manifest manifest = pack.manifest();
        assertThat(manifest.demo()).isTrue();
        assertThat(manifest.id()).isEqualTo("demo-bench-x");
        assertThat(manifest.title()).contains("Synthetic random tokens").contains("benchmark only");
        assertThat(manifest.expires()).isEqualTo(TestPacks.NOW.plus(Duration.ofDays(1)));
        assertThat(pack.tokenCount()).isEqualTo(5001);
        assertThat(pack.lookup(real)).containsExactly(0);
        PackJudge.judge(manifest, TestPacks.SCALED_MINIMUM);
    }
}
