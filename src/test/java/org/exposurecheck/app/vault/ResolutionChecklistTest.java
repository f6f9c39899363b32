package org.exposurecheck.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exposurecheck.identity.IdentifierType.ADDRESS;
import static org.exposurecheck.identity.IdentifierType.NAME;
import static org.exposurecheck.identity.IdentifierType.PHONE;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.report.Advice;
import org.exposurecheck.store.vault.CheckHistory;
import org.exposurecheck.store.vault.Checklist;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.store.vault.SeenRecord;
import org.junit.jupiter.api.Test;

/** The checklist a saved profile shows: the advice texts of each kind its last check found, with the ticks the vault keeps. */
class ResolutionChecklistTest {
    private static SavedProfile checked(Checklist checklist) {
        CheckHistory history = new CheckHistory(Instant.parse("2026-11-28T10:00:00Z"), Map.of("leak-a", 1L),
                List.of(new SeenRecord("leak-a", "r1", EnumSet.of(NAME, PHONE)), new SeenRecord("leak-a", "r2", EnumSet.of(NAME, ADDRESS))));
        return SavedProfile.added("me", List.of(), List.of()).withLastCheck(history).withChecklist(checklist);
    }

    @Test
    void eachExposedKindHasItsAdviceAsStepsTickedAsSaved() {
        SavedProfile profile = checked(Checklist.EMPTY.tick(PHONE, 2).tick(PHONE, 1));

        ResolutionChecklist checklist = ResolutionChecklist.of(profile, Locale.ENGLISH);

        assertThat(checklist.topics()).extracting(ResolutionChecklist.Topic::type).containsExactly(NAME, PHONE, ADDRESS);
        ResolutionChecklist.Topic phone = checklist.topics().get(1);
        Advice.Item advice = Advice.forTypes(List.of(PHONE), Locale.ENGLISH).get(0);
        assertThat(phone.title()).isEqualTo(advice.title());
        assertThat(phone.steps()).extracting(ResolutionChecklist.Step::text).isEqualTo(advice.steps());
        assertThat(phone.steps()).extracting(ResolutionChecklist.Step::done).startsWith(true, true);
        assertThat(phone.steps()).filteredOn(ResolutionChecklist.Step::done).extracting(ResolutionChecklist.Step::number).containsExactly(1, 2);
        assertThat(phone.progress().inEnglish()).isEqualTo("2 of " + advice.steps().size() + " steps done");
        assertThat(checklist.topics().get(0).doneCount()).isZero();
        assertThat(ResolutionChecklist.stepsDone(profile).isDone(PHONE, 2)).isTrue();
        assertThat(ResolutionChecklist.stepsDone(profile).isDone(NAME, 1)).isFalse();
    }

    @Test
    void theSameChecklistReadsInChineseAndIsEmptyBeforeTheFirstCheck() {
        ResolutionChecklist chinese = ResolutionChecklist.of(checked(Checklist.EMPTY), Locale.forLanguageTag("zh-HK"));
        assertThat(chinese.topics().get(0).title()).containsPattern("\\p{IsHan}");
        assertThat(chinese.topics().get(0).progress().in(Locale.forLanguageTag("zh-HK"))).startsWith("已完成 0 / ");

        SavedProfile neverChecked = SavedProfile.added("me", List.of(), List.of()).withChecklist(Checklist.EMPTY.tick(IdentifierType.HKID, 1));
        assertThat(ResolutionChecklist.of(neverChecked, Locale.ENGLISH).topics()).isEmpty();
    }
}
