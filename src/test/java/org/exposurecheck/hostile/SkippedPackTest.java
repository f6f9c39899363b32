package org.exposurecheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.PackSettings;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The finding of issue 10: one expired installed pack stopped every check, though a valid one was installed.
 * A pack that cannot be used is skipped and named; the others are still checked; the exit code says that not
 * everything installed was used. (The app: SkippedPackScreenTest.)
 */
class SkippedPackTest {
    private static final Clock TEN_DAYS_LATER = Clock.fixed(TestPacks.NOW.plus(Duration.ofDays(10)), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static Path current;
    static Path expiring;
    static Path trust;
    static Path profile;

    @BeforeAll
    static void twoPacksOneOfThemExpiringSoon() throws Exception {
        current = Files.write(dir.resolve("leak.ecpack"), HostilePacks.leak(1));
        expiring = Files.write(dir.resolve("old.ecpack"), TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()),
                new PackSettings("old", "Old leak", "src", 1, TestPacks.NOW, TestPacks.NOW.plus(Duration.ofDays(5)), false, TestPacks.CHEAP_KDF,
                        TestPacks.SCALED_POLICY, false), HostilePacks.PUBLISHER).pack());
        trust = Files.writeString(dir.resolve("publisher.pub"), KeyFiles.publicKeyText(HostilePacks.PUBLISHER.publicKey()));
        profile = Files.writeString(dir.resolve("me.json"), "{\"label\": \"me\", \"identifiers\": [{\"type\": \"name\", \"value\": \"Chan Tai Man\"},"
                + " {\"type\": \"phone\", \"value\": \"9123 4567\"}]}");
    }

    @Test
    void anExpiredPackIsSkippedAndNamedAndTheOthersAreStillChecked() {
        String data = dir.resolve("both").toString();
        install(current, data);
        install(expiring, data);

        Cli.Result check = Cli.run(TEN_DAYS_LATER, "check", "--profile", profile.toString(), "--data-dir", data);

        assertThat(check.out()).startsWith("me: 2 of your details appear in 1 dataset (1 record).");
        assertThat(check.err().strip()).isEqualTo("Pack Old leak (old) was skipped: This pack expired on 2026-12-03; ask its publisher for a current one.");
        assertThat(check.exitCode()).as("not everything installed was checked").isEqualTo(1);
    }

    @Test
    void whenNoInstalledPackCanBeUsedNothingIsCheckedAndTheDemoPackIsNotUsedInstead() {
        String data = dir.resolve("only-expired").toString();
        install(expiring, data);

        Cli.Result check = Cli.run(TEN_DAYS_LATER, "check", "--profile", profile.toString(), "--data-dir", data);

        assertThat(check.out()).isEmpty();
        assertThat(check.err()).contains("Pack Old leak (old) was skipped").doesNotContain("demo")
                .endsWith("None of the installed packs can be used, so nothing was checked.\n");
        assertThat(check.exitCode()).isEqualTo(1);
    }

    private static void install(Path pack, String data) {
        Cli.Result install = Cli.run("pack", "install", pack.toString(), "--trust", trust.toString(), "--data-dir", data);
        assertThat(install.exitCode()).as(install.err()).isZero();
    }
}
