package org.exposurecheck.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exposurecheck.identity.IdentifierType.ADDRESS;
import static org.exposurecheck.identity.IdentifierType.HKID;
import static org.exposurecheck.identity.IdentifierType.NAME;
import static org.exposurecheck.identity.IdentifierType.PHONE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exposurecheck.identity.IdentifierType;
import org.junit.jupiter.api.Test;

/** "New since the last check" is new records and new kinds of detail in known records; nothing else. */
class NewSinceLastCheckTest {
    private static final Instant FIRST = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-11-28T09:00:00Z");

    private static SeenRecord seen(String pack, String record, IdentifierType... kinds) {
        return new SeenRecord(pack, record, EnumSet.of(kinds[0], kinds));
    }

    /** Against the same builds of the packs as the last check. */
    private static List<RecordChange> news(CheckHistory previous, List<SeenRecord> found) {
        return NewSinceLastCheck.between(previous, found, previous == null ? Map.of() : previous.packSequences());
    }

    private static SeenRecord traced(String pack, String record, String category, String firstSeen, IdentifierType... kinds) {
        return new SeenRecord(pack, record, EnumSet.of(kinds[0], kinds),
                Optional.of(new SeenRecord.Traits(category, "test-source", Optional.of(LocalDate.parse(firstSeen)))));
    }

    private static CheckHistory history(SeenRecord... records) {
        return new CheckHistory(FIRST, Map.of("leak-a", 1L, "leak-b", 4L), List.of(records));
    }

    @Test
    void beforeTheFirstCheckEverythingFoundIsNew() {
        assertThat(news(null, List.of(seen("leak-a", "r1", NAME, PHONE))))
                .containsExactly(new RecordChange("leak-a", "r1", true, EnumSet.of(NAME, PHONE)));
    }

    @Test
    void theSameFindingsAgainAreNotNews() {
        CheckHistory before = history(seen("leak-a", "r1", NAME, PHONE), seen("leak-b", "r9", HKID));
        assertThat(news(before, List.of(seen("leak-b", "r9", HKID), seen("leak-a", "r1", PHONE, NAME)))).isEmpty();
    }

    @Test
    void aNewRecordIsNewWithAllItsKinds() {
        CheckHistory before = history(seen("leak-a", "r1", NAME, PHONE));
        assertThat(news(before, List.of(seen("leak-a", "r1", NAME, PHONE), seen("leak-a", "r2", NAME, ADDRESS))))
                .containsExactly(new RecordChange("leak-a", "r2", true, EnumSet.of(NAME, ADDRESS)));
    }

    @Test
    void theSameRecordIdInAnotherPackIsAnotherRecord() {
        CheckHistory before = history(seen("leak-a", "r1", NAME, PHONE));
        assertThat(news(before, List.of(seen("leak-b", "r1", NAME, PHONE))))
                .containsExactly(new RecordChange("leak-b", "r1", true, EnumSet.of(NAME, PHONE)));
    }

    @Test
    void aKnownRecordWithMoreKindsOfDetailReportsOnlyTheAddedKinds() {
        CheckHistory before = history(seen("leak-a", "r1", NAME, PHONE));
        assertThat(news(before, List.of(seen("leak-a", "r1", NAME, PHONE, HKID, ADDRESS))))
                .containsExactly(new RecordChange("leak-a", "r1", false, EnumSet.of(HKID, ADDRESS)));
    }

    @Test
    void recordsThatAreGoneOrHaveFewerKindsAreNotNews() {
        CheckHistory before = history(seen("leak-a", "r1", NAME, PHONE, HKID), seen("leak-a", "r2", NAME));
        assertThat(news(before, List.of(seen("leak-a", "r1", NAME)))).isEmpty();
    }

    @Test
    void theHistoryKeepsWhatPacksThatWereNotCheckedThisTimeFound() {
        CheckHistory before = history(seen("leak-a", "r1", NAME, PHONE), seen("leak-b", "r9", HKID));
        CheckHistory after = CheckHistory.after(before, SECOND, Map.of("leak-a", 2L), List.of(seen("leak-a", "r5", NAME, PHONE)));
        assertThat(after.checkedAt()).isEqualTo(SECOND);
        assertThat(after.packSequences()).isEqualTo(Map.of("leak-a", 2L, "leak-b", 4L));
        assertThat(after.records()).containsExactlyInAnyOrder(seen("leak-b", "r9", HKID), seen("leak-a", "r5", NAME, PHONE));
        assertThat(news(after, List.of(seen("leak-b", "r9", HKID))))
                .as("a pack installed again later does not bring its old records back as news").isEmpty();
    }

    @Test
    void theFirstHistoryIsWhatTheFirstCheckFound() {
        CheckHistory first = CheckHistory.after(null, FIRST, Map.of("leak-a", 1L), List.of(seen("leak-a", "r1", NAME)));
        assertThat(first).isEqualTo(new CheckHistory(FIRST, Map.of("leak-a", 1L), List.of(seen("leak-a", "r1", NAME))));
    }

    @Test
    void inARebuiltPackARecordWithTheSameTraitsIsTheRecordSeenBefore() {
        CheckHistory before = history(traced("leak-a", "old-1", "journalist", "2019-08-20", NAME, PHONE),
                traced("leak-a", "old-2", "student", "2020-01-05", NAME, ADDRESS));
        List<SeenRecord> rebuilt = List.of(traced("leak-a", "new-7", "student", "2020-01-05", NAME, ADDRESS),
                traced("leak-a", "new-3", "journalist", "2019-08-20", NAME, PHONE, HKID),
                traced("leak-a", "new-9", "journalist", "2021-03-02", NAME, PHONE));

        assertThat(NewSinceLastCheck.between(before, rebuilt, Map.of("leak-a", 2L, "leak-b", 4L))).containsExactly(
                new RecordChange("leak-a", "new-3", false, EnumSet.of(HKID)),
                new RecordChange("leak-a", "new-9", true, EnumSet.of(NAME, PHONE)));
        assertThat(NewSinceLastCheck.between(before, rebuilt, before.packSequences()))
                .as("positive control: in the same build, ids decide, and these ids are all new").hasSize(3).allMatch(RecordChange::newRecord);
    }

    @Test
    void twoRecordsWithTheSameTraitsAreCountedAndEachOldOneClaimsOneNewOne() {
        CheckHistory before = history(traced("leak-a", "old-1", "journalist", "2019-08-20", NAME, PHONE));
        List<SeenRecord> rebuilt = List.of(traced("leak-a", "new-1", "journalist", "2019-08-20", NAME, HKID),
                traced("leak-a", "new-2", "journalist", "2019-08-20", NAME, PHONE));

        assertThat(NewSinceLastCheck.between(before, rebuilt, Map.of("leak-a", 2L)))
                .as("the old record is the one sharing most kinds; the other is new")
                .containsExactly(new RecordChange("leak-a", "new-1", true, EnumSet.of(NAME, HKID)));
    }

    @Test
    void recordsSavedWithoutTraitsAreKnownByTheirIdOnly() {
        CheckHistory before = history(seen("leak-a", "old-1", NAME, PHONE));
        assertThat(NewSinceLastCheck.between(before, List.of(traced("leak-a", "new-1", "journalist", "2019-08-20", NAME, PHONE)),
                Map.of("leak-a", 2L))).singleElement().matches(RecordChange::newRecord);
    }
}
