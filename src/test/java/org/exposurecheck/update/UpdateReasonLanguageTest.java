package org.exposurecheck.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.StaticFileServer;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An update's reasons reach the person in their language; the bundles themselves are checked by LocalizationTest. */
class UpdateReasonLanguageTest {
    private static final Locale HONG_KONG = Locale.forLanguageTag("zh-HK");
    private static final Locale MAINLAND = Locale.forLanguageTag("zh-CN");

    @TempDir
    Path dir;

    @Test
    void aRefusedCatalogueIsExplainedInThePersonsLanguageAndInEnglishAsBefore() throws Exception {
        SigningKey publisher = SigningKey.generate(new SecureRandom());
        Path mirror = publishedLongAgo(publisher);

        UpdateSummary summary;
        try (StaticFileServer server = new StaticFileServer(mirror)) {
            UpdateRequest request = new UpdateRequest(List.of(MirrorAddress.parse(server.url())), Optional.empty(), Timeouts.DEFAULT,
                    Optional.of(PublisherConfirmation.of(publisher.publicKey())));
            summary = new Updater(dir.resolve("data"), TestPacks.CLOCK, TestPacks.SCALED_MINIMUM).run(request, UpdateProgress.NONE, new CancelSignal());
        }

        assertThat(summary.mirrorProblems()).hasSize(1);
        assertThat(summary.mirrorProblems().get(0).packId()).as("a problem with the catalogue, not a pack").isEmpty();
        Sentence reason = summary.mirrorProblems().get(0).reason();
        assertThat(reason.inEnglish())
                .isEqualTo("The catalogue expired on 2026-11-18: this mirror is out of date or is being held back, so it was not used.");
        for (Locale chinese : List.of(HONG_KONG, MAINLAND)) {
            assertThat(reason.in(chinese)).as("%s", chinese).containsPattern("\\p{IsHan}").contains("2026-11-18")
                    .doesNotContainPattern("[A-Za-z]{3,}");
        }
        assertThat(reason.in(HONG_KONG)).contains("目錄").contains("鏡像網站");
    }

    @Test
    void theCuratorsPublishingMessagesStayInEnglishInEveryLanguage() {
        assertThatThrownBy(() -> MirrorPublisher.publish(dir, SigningKey.generate(new SecureRandom()), List.of(), Duration.ofHours(1),
                OptionalLong.empty(), TestPacks.NOW))
                .isInstanceOfSatisfying(UpdateException.class, refused -> assertThat(refused.message(HONG_KONG))
                        .isEqualTo(refused.getMessage()).isEqualTo("A catalogue must stay valid for at least one day."));
    }

    private Path publishedLongAgo(SigningKey publisher) throws Exception {
        Instant fortyDaysAgo = TestPacks.NOW.minus(Duration.ofDays(40));
        byte[] pack = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 1), publisher).pack();
        Path packFile = Files.write(Files.createDirectories(dir.resolve("sources")).resolve("leak.ecpack"), pack);
        Path mirror = dir.resolve("mirror");
        MirrorPublisher.publish(mirror, publisher, List.of(packFile), Duration.ofDays(30), OptionalLong.of(1), fortyDaysAgo);
        return mirror;
    }
}
