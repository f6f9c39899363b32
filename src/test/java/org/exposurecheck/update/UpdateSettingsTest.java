package org.exposurecheck.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateSettingsTest {
    @TempDir
    Path dir;

    @Test
    void byDefaultNoMirrorNoProxyAndNoScheduledUpdateEverIsDue() throws UpdateException {
        UpdateSettings settings = UpdateSettings.load(dir);
        assertThat(settings).isEqualTo(UpdateSettings.DEFAULT);
        assertThat(settings.schedule()).isEqualTo(UpdateSchedule.NEVER);
        assertThat(new Updater(dir, TestPacks.CLOCK).scheduledUpdateDue(settings)).isFalse();
        assertThat(UpdateSchedule.NEVER.isDue(Optional.of(Instant.EPOCH), TestPacks.NOW)).isFalse();
    }

    @Test
    void anOptedInScheduleComesRoundAfterItsInterval() {
        Instant last = TestPacks.NOW;
        assertThat(UpdateSchedule.DAILY.isDue(Optional.empty(), last)).isTrue();
        assertThat(UpdateSchedule.DAILY.isDue(Optional.of(last), last.plus(Duration.ofHours(23)))).isFalse();
        assertThat(UpdateSchedule.DAILY.isDue(Optional.of(last), last.plus(Duration.ofHours(24)))).isTrue();
        assertThat(UpdateSchedule.WEEKLY.isDue(Optional.of(last), last.plus(Duration.ofDays(6)))).isFalse();
    }

    @Test
    void settingsSurviveASaveAndLoadIncludingTheTorPreset() throws UpdateException {
        UpdateSettings settings = UpdateSettings.DEFAULT
                .withMirrors(List.of(MirrorAddress.parse("https://mirror-1.example/ec"), MirrorAddress.parse("http://abc.onion/")))
                .withProxy(Optional.of(ProxySetting.TOR))
                .withTimeouts(new Timeouts(Duration.ofSeconds(45), Duration.ofSeconds(90)))
                .withSchedule(UpdateSchedule.WEEKLY);
        settings.save(dir);

        UpdateSettings loaded = UpdateSettings.load(dir);

        assertThat(loaded).isEqualTo(settings);
        assertThat(loaded.mirrors()).extracting(MirrorAddress::toString).containsExactly("https://mirror-1.example/ec/", "http://abc.onion/");
        assertThat(loaded.proxy()).hasValueSatisfying(proxy -> assertThat(proxy.toString()).isEqualTo("socks5://127.0.0.1:9050"));
        settings.withProxy(Optional.empty()).save(dir);
        assertThat(UpdateSettings.load(dir).proxy()).isEmpty();
    }

    @Test
    void proxiesAndMirrorsAreReadStrictly() throws UpdateException {
        assertThat(ProxySetting.parse("socks5h://10.0.0.1:9150")).isEqualTo(new ProxySetting(ProxySetting.Kind.SOCKS5, "10.0.0.1", 9150));
        assertThat(ProxySetting.parse("http://proxy.example:3128").kind()).isEqualTo(ProxySetting.Kind.HTTP);
        for (String bad : List.of("socks5://127.0.0.1", "https://proxy:443", "127.0.0.1:9050", "socks5://user:pw@h:1", "socks5://h:1/path")) {
            assertThatThrownBy(() -> ProxySetting.parse(bad)).as(bad).isInstanceOf(UpdateException.class);
        }
        assertThat(MirrorAddress.parse("https://cdn.example/ec?x=1#top").resolve("catalogue.ecc").toString())
                .isEqualTo("https://cdn.example/ec/catalogue.ecc");
        assertThatThrownBy(() -> MirrorAddress.parse("https://user:secret@cdn.example/")).hasMessageContaining("user name or password");
    }

    @Test
    void aFingerprintIsAcceptedWithOrWithoutSpacesButOnlyWhole() throws UpdateException {
        PublisherKey key = SigningKey.generate(new SecureRandom()).publicKey();
        assertThat(PublisherConfirmation.ofFingerprint(key.fingerprint()).matches(key)).isTrue();
        assertThat(PublisherConfirmation.ofFingerprint(key.fingerprint().replace(" ", "").toLowerCase()).matches(key)).isTrue();
        assertThatThrownBy(() -> PublisherConfirmation.ofFingerprint(key.fingerprint().substring(0, 24))).isInstanceOf(UpdateException.class);
    }
}
