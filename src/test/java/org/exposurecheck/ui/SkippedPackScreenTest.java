package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javafx.stage.Stage;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.PackSettings;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** One installed pack has expired: the app still checks against the other and says which one it left out, and why. */
@ExtendWith(ApplicationExtension.class)
class SkippedPackScreenTest {
    @TempDir
    static Path dir;
    private UiDriver ui;

    @BeforeAll
    static void installACurrentAndAnExpiredPack() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SigningKey publisher = SigningKey.generate(new SecureRandom());
        Path trust = Files.writeString(dir.resolve("publisher.pub"), KeyFiles.publicKeyText(publisher.publicKey()));
        Path current = Files.write(dir.resolve("leak.ecpack"), TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()),
                new PackSettings("leak", "Current leak", "src", 1, now, now.plus(Duration.ofDays(30)), false, TestPacks.CHEAP_KDF,
                        TestPacks.SCALED_POLICY, false), publisher).pack());
        Path expired = Files.write(dir.resolve("old.ecpack"), TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()),
                new PackSettings("old", "Old leak", "src", 1, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)), false,
                        TestPacks.CHEAP_KDF, TestPacks.SCALED_POLICY, false), publisher).pack());
        Clock beforeItExpired = Clock.fixed(now.minus(Duration.ofDays(5)), ZoneOffset.UTC);
        for (Path pack : new Path[] {current, expired}) {
            assertThat(Cli.run(beforeItExpired, "pack", "install", pack.toString(), "--trust", trust.toString(), "--data-dir",
                    dir.resolve("data").toString()).exitCode()).isZero();
        }
    }

    @Start
    void start(Stage stage) {
        ui = new UiDriver(dir.resolve("data"), new FxRobot());
        ui.open(stage);
    }

    @Test
    void theCheckUsesTheCurrentPackAndNamesTheExpiredOne() throws Exception {
        ui.toForm();
        ui.type("name", "Chan Tai Man");
        ui.type("phone", "9123 4567");

        ui.checkAndWait();

        assertThat(ui.text("#summary")).isEqualTo("2 of your details appear in 1 dataset.");
        ui.assertVisible("#skippedPacks");
        assertThat(ui.text("#skippedPacks")).startsWith("The dataset Old leak was not checked: This pack expired on ");
    }
}
