package org.exposurecheck.store.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's vault figures come from a real unlock of a scratch vault, which is forgotten afterwards. */
class VaultUnlockBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void measuresAnUnlockAndTheKdfAloneAndLeavesNothingBehind() throws Exception {
        VaultUnlockBenchmark.Figures figures = VaultUnlockBenchmark.measure(dir, VaultFileTest.CHEAP, 3);
        assertThat(figures.cost()).isEqualTo(VaultFileTest.CHEAP);
        assertThat(figures.unlockMillis()).isPositive();
        assertThat(figures.kdfMillis()).isPositive();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
