package org.exposurecheck.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normalised;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDatasetTest {
    private static final Normaliser N1 = new Normaliser();
    private static final SyntheticDataset DATA = SyntheticDataset.generate(2000, 300, 7);
    private static final Set<FormKind> STRONG = EnumSet.of(FormKind.HKID, FormKind.PHONE, FormKind.EMAIL, FormKind.HANDLE,
            FormKind.PLATE, FormKind.ADDRESS_FLAT);
    private static final Set<FormKind> IDENTIFYING = EnumSet.of(FormKind.HKID, FormKind.PHONE, FormKind.EMAIL, FormKind.HANDLE);
    private static final Pattern RECORD_ID = Pattern.compile("src-\\d+");
    private static final Map<List<Identifier>, Set<CanonicalForm>> FORMS = new HashMap<>();

    static Set<CanonicalForm> forms(List<Identifier> identifiers, Set<FormKind> kinds) {
        Set<CanonicalForm> all = FORMS.computeIfAbsent(identifiers, list -> list.stream()
                .flatMap(identifier -> N1.normalise(identifier).forms().stream()).collect(Collectors.toSet()));
        return all.stream().filter(form -> kinds.contains(form.kind())).collect(Collectors.toSet());
    }

    static Map<String, SourceRecord> recordsById() {
        return DATA.records().stream().collect(Collectors.toMap(SourceRecord::sourceId, record -> record));
    }

    static List<Integer> personaIndexes(TruthEntry.Kind kind) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < DATA.truth().size(); i++) {
            if (DATA.truth().get(i).kind() == kind) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    @Test
    void sameSeedWritesTheSameFilesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
        SyntheticDataset.generate(300, 60, 11).writeTo(dir.resolve("a"));
        SyntheticDataset.generate(300, 60, 11).writeTo(dir.resolve("b"));
        SyntheticDataset.generate(300, 60, 12).writeTo(dir.resolve("c"));
        for (String file : List.of("records.jsonl", "records.csv", "personas.jsonl", "truth.jsonl", "README.txt")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file))).as(file).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
        assertThat(Files.readString(dir.resolve("a/records.jsonl"))).isNotEqualTo(Files.readString(dir.resolve("c/records.jsonl")));
    }

    @Test
    void sizesLabelsAndKindProportions() {
        assertThat(DATA.records()).hasSize(2000);
        assertThat(DATA.personas()).hasSize(300);
        assertThat(DATA.truth()).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertThat(DATA.personas().get(i).label()).isEqualTo("persona-" + (i + 1));
            assertThat(DATA.truth().get(i).label()).isEqualTo("persona-" + (i + 1));
        }
        assertThat(personaIndexes(TruthEntry.Kind.EXPOSED)).hasSize(180);
        assertThat(personaIndexes(TruthEntry.Kind.HARD_NEGATIVE)).hasSize(75);
        assertThat(personaIndexes(TruthEntry.Kind.ABSENT)).hasSize(45);
        for (TruthEntry entry : DATA.truth()) {
            assertThat(entry.recordIds().isEmpty()).as(entry.label()).isEqualTo(entry.kind() != TruthEntry.Kind.EXPOSED);
            assertThat(entry.note()).isNotBlank();
        }
    }

    @Test
    void aLeakTooSmallForTheExposedShareTurnsTheRestAbsent() {
        SyntheticDataset small = SyntheticDataset.generate(3, 20, 1);
        assertThat(small.truth()).hasSize(20);
        assertThat(small.truth().stream().filter(entry -> entry.kind() == TruthEntry.Kind.EXPOSED).count()).isBetween(1L, 3L);
        assertThat(SyntheticDataset.generate(0, 10, 1).truth()).extracting(TruthEntry::kind).containsOnly(TruthEntry.Kind.ABSENT);
        assertThat(SyntheticDataset.generate(50, 0, 1).records()).hasSize(50);
    }

    @Test
    void recordsCarryIdsMirrorsCategoriesAndLeakDates() {
        for (int i = 0; i < DATA.records().size(); i++) {
            SourceRecord record = DATA.records().get(i);
            assertThat(record.sourceId()).isEqualTo("src-" + (i + 1));
            assertThat(record.location()).isEqualTo("record " + (i + 1));
            assertThat(record.source()).matches("mirror-[1-6]");
            assertThat(record.category()).isIn(PersonFactory.CATEGORIES);
            assertThat(record.firstSeen()).isBetween(LocalDate.of(2019, 8, 1), LocalDate.of(2021, 6, 30));
            assertThat(record.lastSeen()).isBetween(record.firstSeen(), LocalDate.of(2021, 6, 30));
            assertThat(record.identifiers()).isNotEmpty();
        }
    }

    @Test
    void printedDetailsFollowTheLeakProportions() {
        assertThat(share(record -> has(record, IdentifierType.NAME))).isEqualTo(1.0);
        assertThat(share(record -> record.identifiers().stream()
                .anyMatch(id -> id.type() == IdentifierType.NAME && id.value().codePoints().anyMatch(SyntheticDatasetTest::isHan))))
                .isGreaterThanOrEqualTo(0.9);
        assertThat(share(record -> has(record, IdentifierType.PHONE))).isBetween(0.86, 0.94);
        assertThat(share(record -> has(record, IdentifierType.HKID))).isBetween(0.55, 0.7);
        assertThat(share(record -> has(record, IdentifierType.ADDRESS))).isBetween(0.65, 0.75);
        assertThat(share(record -> has(record, IdentifierType.DOB))).isBetween(0.35, 0.45);
        assertThat(share(record -> has(record, IdentifierType.EMAIL))).isBetween(0.28, 0.4);
        assertThat(share(record -> has(record, IdentifierType.HANDLE))).isBetween(0.35, 0.45);
        assertThat(share(record -> has(record, IdentifierType.EMPLOYER))).isBetween(0.22, 0.33);
        assertThat(share(record -> has(record, IdentifierType.PLATE))).isBetween(0.06, 0.13);
    }

    @Test
    void aRecordWithoutAPhoneHasAFullHkidOrAnEmail() {
        for (SourceRecord record : DATA.records()) {
            if (!has(record, IdentifierType.PHONE)) {
                assertThat(forms(record.identifiers(), EnumSet.of(FormKind.HKID, FormKind.EMAIL))).as(record.sourceId()).isNotEmpty();
            }
        }
    }

    @Test
    void everyGeneratedValueNormalises() {
        List<Identifier> all = new ArrayList<>();
        DATA.records().forEach(record -> all.addAll(record.identifiers()));
        DATA.personas().forEach(persona -> all.addAll(persona.identifiers()));
        for (Identifier identifier : all) {
            Normalised normalised = N1.normalise(identifier);
            assertThat(normalised.isValid()).as("%s %s: %s", identifier.type(), identifier.value(), normalised.problem()).isTrue();
        }
    }

    @Test
    void noTwoPersonasShareAStrongForm() {
        Map<CanonicalForm, String> owners = new HashMap<>();
        for (Profile persona : DATA.personas()) {
            for (CanonicalForm form : forms(persona.identifiers(), STRONG)) {
                String previous = owners.putIfAbsent(form, persona.label());
                assertThat(previous).as("%s of %s also belongs to %s", form.kind(), persona.label(), previous).isNull();
            }
        }
    }

    @Test
    void hardNegativesShareNoStrongFormWithAnyRecord() {
        Set<CanonicalForm> recordForms = new HashSet<>();
        DATA.records().forEach(record -> recordForms.addAll(forms(record.identifiers(), STRONG)));
        for (int i : personaIndexes(TruthEntry.Kind.HARD_NEGATIVE)) {
            Set<CanonicalForm> shared = forms(DATA.personas().get(i).identifiers(), STRONG);
            shared.retainAll(recordForms);
            assertThat(shared).as(DATA.truth().get(i).label()).isEmpty();
        }
    }

    @Test
    void absentPersonasShareNoStrongFormWithAnyRecord() {
        Set<CanonicalForm> recordForms = new HashSet<>();
        DATA.records().forEach(record -> recordForms.addAll(forms(record.identifiers(), STRONG)));
        for (int i : personaIndexes(TruthEntry.Kind.ABSENT)) {
            assertThat(forms(DATA.personas().get(i).identifiers(), STRONG)).doesNotContainAnyElementsOf(recordForms);
        }
    }

    @Test
    void eachExposedPersonaSharesAStrongIdentifierWithEachOfItsRecords() {
        Map<String, SourceRecord> records = recordsById();
        for (int i : personaIndexes(TruthEntry.Kind.EXPOSED)) {
            Set<CanonicalForm> persona = forms(DATA.personas().get(i).identifiers(), IDENTIFYING);
            for (String id : DATA.truth().get(i).recordIds()) {
                Set<CanonicalForm> shared = forms(records.get(id).identifiers(), IDENTIFYING);
                shared.retainAll(persona);
                assertThat(shared).as("%s and %s", DATA.truth().get(i).label(), id).isNotEmpty();
            }
        }
    }

    @Test
    void aStrongFormInTwoRecordsBelongsToOnePersonAppearingTwice() {
        Map<CanonicalForm, List<String>> holders = new HashMap<>();
        DATA.records().forEach(record -> forms(record.identifiers(), STRONG)
                .forEach(form -> holders.computeIfAbsent(form, f -> new ArrayList<>()).add(record.sourceId())));
        Map<String, List<String>> truthRecords = new HashMap<>();
        DATA.truth().forEach(entry -> entry.recordIds().forEach(id -> truthRecords.put(id, entry.recordIds())));
        for (List<String> ids : holders.values()) {
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            if (ids.size() == 2 && truthRecords.containsKey(ids.get(0))) {
                assertThat(truthRecords.get(ids.get(0))).containsExactlyInAnyOrderElementsOf(ids);
            }
        }
    }

    @Test
    void aboutOneInTenLeakedPeopleAppearsTwiceOnDifferentMirrors() {
        Map<String, SourceRecord> records = recordsById();
        List<TruthEntry> exposed = DATA.truth().stream().filter(entry -> entry.kind() == TruthEntry.Kind.EXPOSED).toList();
        long twice = exposed.stream().filter(entry -> entry.recordIds().size() == 2).count();
        assertThat(twice).isBetween(5L, 40L);
        exposed.stream().filter(entry -> entry.recordIds().size() == 2).forEach(entry -> {
            SourceRecord first = records.get(entry.recordIds().get(0));
            SourceRecord second = records.get(entry.recordIds().get(1));
            assertThat(first.source()).isNotEqualTo(second.source());
            assertThat(first.category()).isEqualTo(second.category());
        });
    }

    @Test
    void exposedPersonasTypeTheirPhoneInAnotherFormatThanTheLeak() {
        Map<String, SourceRecord> records = recordsById();
        for (int i : personaIndexes(TruthEntry.Kind.EXPOSED)) {
            Set<String> typed = values(DATA.personas().get(i).identifiers(), IdentifierType.PHONE);
            for (String id : DATA.truth().get(i).recordIds()) {
                assertThat(values(records.get(id).identifiers(), IdentifierType.PHONE)).doesNotContainAnyElementsOf(typed);
            }
        }
    }

    @Test
    void hardNegativesComeCloseToTheRecordTheirNoteNames() {
        Map<String, SourceRecord> records = recordsById();
        Set<String> variants = new HashSet<>();
        for (int i : personaIndexes(TruthEntry.Kind.HARD_NEGATIVE)) {
            TruthEntry entry = DATA.truth().get(i);
            // The note names the near person's records; together they print what the negative comes close to.
            List<Identifier> record = new ArrayList<>();
            Matcher id = RECORD_ID.matcher(entry.note());
            while (id.find()) {
                record.addAll(records.get(id.group()).identifiers());
            }
            assertThat(record).as(entry.note()).isNotEmpty();
            List<Identifier> persona = DATA.personas().get(i).identifiers();
            if (entry.note().contains("phone one digit different")) {
                variants.add("phone");
                String typed = only(forms(persona, EnumSet.of(FormKind.PHONE)));
                assertThat(forms(record, EnumSet.of(FormKind.PHONE))).anyMatch(form -> differInOneDigit(form.value(), typed));
            } else if (entry.note().contains("HKID with the same letter")) {
                variants.add("hkid");
                String typed = only(forms(persona, EnumSet.of(FormKind.HKID)));
                String printed = record.stream().filter(identifier -> identifier.type() == IdentifierType.HKID)
                        .findFirst().orElseThrow().value().replaceAll("[^A-Z0-9]", "");
                int letters = typed.length() - 7;
                assertThat(printed).startsWith(typed.substring(0, letters + 3));
            } else if (entry.note().contains("date of birth")) {
                variants.add("dob");
                assertThat(forms(persona, EnumSet.of(FormKind.DOB))).containsAnyElementsOf(forms(record, EnumSet.of(FormKind.DOB)));
            } else if (entry.note().contains("building")) {
                variants.add("building");
                assertThat(values(persona, IdentifierType.ADDRESS)).isNotEmpty();
                // Same block, another flat: even across scripts, never a flat-level form in common.
                assertThat(forms(persona, EnumSet.of(FormKind.ADDRESS_FLAT))).as(entry.note())
                        .doesNotContainAnyElementsOf(forms(record, EnumSet.of(FormKind.ADDRESS_FLAT)));
            } else {
                variants.add("namesake");
                assertThat(entry.note()).contains("namesake");
            }
            if (!entry.note().contains("different name")) {
                assertThat(forms(persona, EnumSet.of(FormKind.NAME))).as(entry.note()).containsAnyElementsOf(forms(record, EnumSet.of(FormKind.NAME)));
            }
        }
        assertThat(variants).containsExactlyInAnyOrder("phone", "building", "dob", "hkid", "namesake");
    }

    @Test
    void theRecordSourceYieldsTheRecords() throws Exception {
        List<SourceRecord> read = new ArrayList<>();
        DATA.asSource().read(read::add, issue -> {
            throw new AssertionError(issue.toString());
        });
        assertThat(read).isEqualTo(DATA.records());
    }

    @Test
    void twoThousandRecordsAndThreeHundredPersonasTakeWellUnderASecondOrTwo() {
        SyntheticDataset.generate(200, 30, 99);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> SyntheticDataset.generate(2000, 300, 100));
    }

    private static double share(Predicate<SourceRecord> test) {
        return DATA.records().stream().filter(test).count() / (double) DATA.records().size();
    }

    private static boolean has(SourceRecord record, IdentifierType type) {
        return record.identifiers().stream().anyMatch(identifier -> identifier.type() == type);
    }

    private static Set<String> values(List<Identifier> identifiers, IdentifierType type) {
        return identifiers.stream().filter(identifier -> identifier.type() == type).map(Identifier::value).collect(Collectors.toSet());
    }

    private static String only(Set<CanonicalForm> forms) {
        assertThat(forms).hasSize(1);
        return forms.iterator().next().value();
    }

    private static boolean differInOneDigit(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            differences += a.charAt(i) != b.charAt(i) ? 1 : 0;
        }
        return differences == 1;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
