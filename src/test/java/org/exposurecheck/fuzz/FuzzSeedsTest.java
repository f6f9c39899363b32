package org.exposurecheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.photo.PhotoHasher;
import org.exposurecheck.testsupport.FuzzSeeds;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.update.CatalogueFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The seed corpora of the Jazzer harnesses (docs/fuzzing.md): every harness has committed seeds, and the
 * signed files and photos among them are still accepted, so fuzzing starts from the deepest paths. Run with
 * {@code -Dfuzz.seeds.write=src/test/resources} to write the seeds anew.
 */
class FuzzSeedsTest {
    private static Map<String, byte[]> seeds;

    @BeforeAll
    static void generate() throws Exception {
        seeds = FuzzSeeds.all();
    }

    @Test
    void everyHarnessHasCommittedSeeds() throws IOException {
        for (String seed : seeds.keySet()) {
            try (InputStream committed = FuzzSeedsTest.class.getResourceAsStream("/" + seed)) {
                assertThat(committed).as("committed seed %s (run with -Dfuzz.seeds.write=src/test/resources)", seed).isNotNull();
            }
        }
    }

    @Test
    void committedSignedFilesAndPhotosAreAccepted() throws Exception {
        for (String name : seeds.keySet()) {
            byte[] committed;
            try (InputStream in = FuzzSeedsTest.class.getResourceAsStream("/" + name)) {
                assertThat(in).as("committed seed %s", name).isNotNull();
                committed = in.readAllBytes();
            }
            if (name.endsWith(".ecpack")) {
                assertThat(PackFile.read(committed, FuzzSeeds.PUBLISHER.publicKey(), TestPacks.NOW).photoCount()).isOne();
            } else if (name.endsWith(".ecc")) {
                assertThat(CatalogueFile.open(committed).catalogue().packs()).hasSize(1);
            } else if (name.contains("PhotoHasherFuzzTest")) {
                assertThat(PhotoHasher.probes(committed)).isNotEmpty();
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "fuzz.seeds.write", matches = ".+")
    void writeSeeds() throws Exception {
        FuzzSeeds.write(Path.of(System.getProperty("fuzz.seeds.write")));
    }
}
