package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exposurecheck.testsupport.HostileInputTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profile files ({@code check --profile}, {@code --profiles}) of any content: a profile, a numbered problem
 * line, or one sentence (docs/fuzzing.md). The photo the seeds name is not in the folder: decoding a fixed
 * file again explores nothing, and PhotoHasherFuzzTest fuzzes photos themselves.
 */
class ProfileFilesFuzzTest {
    @TempDir
    static Path folder;

    @HostileInputTest
    void profileFileIsReadOrRefused(byte[] input) throws IOException {
        Path file = folder.resolve("profile.json");
        Files.write(file, input);
        try {
            ProfileFiles.readOne(file);
        } catch (UserError refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
        try {
            ProfileFiles.readEach(file, (line, profile) -> { }, (line, problem) -> assertThat(problem).isNotBlank());
        } catch (UserError refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
