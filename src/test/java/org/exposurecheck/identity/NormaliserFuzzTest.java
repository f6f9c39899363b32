package org.exposurecheck.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.exposurecheck.testsupport.HostileInputTest;

/**
 * Every normaliser reads any text a person or a leak can write: the outcome is canonical forms or one of
 * its own {@link Problem}s, never an exception (docs/fuzzing.md). Each input goes through all of them, so
 * every input counts for every type.
 */
class NormaliserFuzzTest {
    private static final Normaliser N1 = new Normaliser(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));

    @HostileInputTest
    void everyNormaliserReadsAnyText(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        for (IdentifierType type : IdentifierType.values()) {
            Normalised result = N1.normalise(type, raw);
            if (result.isValid()) {
                assertThat(result.forms()).isNotEmpty();
            } else {
                assertThat(result.problem().orElseThrow().message(Locale.ENGLISH)).isNotBlank();
            }
        }
    }
}
