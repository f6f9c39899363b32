package org.exposurecheck.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.exposurecheck.app.PackLibrary;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first window's answers, worked out on background threads, are the ones the FX thread would have found. */
class StartupWorkTest {
    @TempDir
    Path dataDir;

    @Test
    void nothingInstalledMeansDemoMode() {
        assertThat(StartupWork.begin(dataDir, TestPacks.CLOCK).packsInstalled()).isFalse();
    }

    @Test
    void anInstalledPackIsSeen() throws Exception {
        SigningKey key = SigningKey.generate(new SecureRandom());
        byte[] pack = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("startup", 1), key).pack();
        try (PackStore store = PackStore.open(dataDir)) {
            store.install(pack, Optional.of(key.publicKey()), TestPacks.NOW);
        }
        assertThat(StartupWork.begin(dataDir, TestPacks.CLOCK).packsInstalled()).isTrue();
        assertThat(StartupWork.onDemand(new PackLibrary(dataDir, TestPacks.CLOCK)).packsInstalled()).isTrue();
    }

    /** A data directory that cannot be opened (here a file) answers "no packs" rather than leaving the window waiting. */
    @Test
    void anUnreadableDataDirectoryAnswersInsteadOfHanging() throws Exception {
        Path notADirectory = Files.writeString(dataDir.resolve("file"), "x");
        assertThat(StartupWork.begin(notADirectory, TestPacks.CLOCK).packsInstalled()).isFalse();
    }
}
