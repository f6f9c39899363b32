package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exposurecheck.demo.PhotoVariant;
import org.exposurecheck.demo.SyntheticFace;
import org.exposurecheck.testsupport.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads packs repeats the audit with its own minimum (--min-gpu-years, scaled here like the test
 * KDF) and refuses, in one sentence, a pack built with a lowered policy or with absurd KDF settings.
 */
class PackJudgementCliTest {
    @TempDir
    static Path dir;
    static Path keys;
    static Path lowered;
    static Path hungry;
    static Path profile;

    @BeforeAll
    static void buildBadPacks() throws Exception {
        keys = dir.resolve("keys");
        assertThat(Cli.run("keygen", "--out", keys.toString()).exitCode()).isZero();
        Path records = dir.resolve("records.jsonl");
        Files.writeString(records, String.join("\n",
                "{\"id\": \"r1\", \"category\": \"journalist\", \"identifiers\": [{\"type\": \"name\", \"value\": \"陳大文\"},"
                        + " {\"type\": \"dob\", \"value\": \"1990-05-01\"}, {\"type\": \"phone\", \"value\": \"9123 4567\"}]}",
                "{\"id\": \"r2\", \"category\": \"journalist\", \"identifiers\": [{\"type\": \"name\", \"value\": \"李小明\"},"
                        + " {\"type\": \"photo\", \"value\": \"face.jpg\"}]}"), StandardCharsets.UTF_8);
        Files.write(dir.resolve("face.jpg"), PhotoVariant.jpeg(SyntheticFace.draw(3), 0.85f));
        lowered = dir.resolve("lowered.ecpack");
        Cli.Result lowPolicy = Cli.run("pack", "build", "--input", records.toString(), "--format", "jsonl", "--title", "Lowered",
                "--signing-key", keys.resolve("publisher.key").toString(), "--out", lowered.toString(), "--kdf-memory", "256",
                "--kdf-iterations", "1", "--min-gpu-years", "0.0000001", "--min-label-records", "1");
        assertThat(lowPolicy.exitCode()).as(lowPolicy.err()).isZero();
        assertThat(lowPolicy.out()).contains("dob+name");

        // Only a photo ships for r2 and r1 is dropped at this policy, so the build never runs its 2 GiB KDF.
        Path photoOnly = dir.resolve("photo-only.jsonl");
        Files.writeString(photoOnly, Files.readAllLines(records).get(1), StandardCharsets.UTF_8);
        hungry = dir.resolve("hungry.ecpack");
        Cli.Result absurd = Cli.run("pack", "build", "--input", photoOnly.toString(), "--format", "jsonl", "--title", "Hungry",
                "--signing-key", keys.resolve("publisher.key").toString(), "--out", hungry.toString(), "--photos",
                "--kdf-memory", Integer.toString(2 * 1024 * 1024), "--min-label-records", "1");
        assertThat(absurd.exitCode()).as(absurd.err()).isZero();

        profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"label\": \"me\", \"identifiers\": [{\"type\": \"name\", \"value\": \"陳大文\"},"
                + " {\"type\": \"phone\", \"value\": \"91234567\"}]}");
    }

    private static List<Cli.Result> everyReader(Path pack) {
        String trust = keys.resolve("publisher.pub").toString();
        return List.of(
                Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString(), "--trust", trust,
                        "--data-dir", dir.resolve("data").toString()),
                Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--pack", pack.toString(),
                        "--trust", trust),
                Cli.run("pack", "verify", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString(), "--trust", trust));
    }

    @Test
    void aPackBuiltWithALoweredPolicyIsRefusedByInstallCheckAndVerify() {
        assertThat(everyReader(lowered)).allSatisfy(result -> {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.err().strip()).hasLineCount(1)
                    .matches("This pack's [a-z.+]+ tokens could be recovered by guessing in about [0-9.]+ GPU-years, less than the minimum"
                            + " of [0-9.]+, so the pack could re-identify people and is refused\\.");
        });
        assertThat(dir.resolve("data/packs")).as("refused before anything is installed").isEmptyDirectory();
    }

    @Test
    void anInstalledPackBelowTheMinimumIsSkippedAndNamedWhenTheMinimumRises() {
        Path data = dir.resolve("data-raised");
        Cli.Result installed = Cli.run("pack", "install", "--min-gpu-years", "1e-12", lowered.toString(), "--trust",
                keys.resolve("publisher.pub").toString(), "--data-dir", data.toString());
        assertThat(installed.exitCode()).as("accepted at a minimum as low as its own policy").isZero();
        Cli.Result check = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(),
                "--data-dir", data.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err()).contains("Pack Lowered (lowered) was skipped: This pack's ")
                .contains("None of the installed packs can be used, so nothing was checked.");
    }

    @Test
    void aPackWithAbsurdKdfSettingsIsRefusedByInstallCheckAndVerify() {
        assertThat(everyReader(hungry)).allSatisfy(result -> {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err().strip()).isEqualTo("This pack asks for 2048 MiB of memory per guess, more than the 1024 MiB a check may"
                    + " use; ask its publisher for a pack with ordinary settings.");
        });
    }

    @Test
    void aMinimumThatIsNoNumberOfYearsIsOneSentence() {
        Cli.Result zero = Cli.run("check", "--min-gpu-years", "0", "--profile", profile.toString());
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err().strip()).isEqualTo("--min-gpu-years must be a positive number of GPU-years. Run 'exposure-check check --help'"
                + " for usage.");
    }
}
