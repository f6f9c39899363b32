package org.exposurecheck.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.ingest.RecordSource;
import org.exposurecheck.pack.ingest.SourceRecord;

/**
 * A fictional HKLeaks-like dataset: leak records, personas (profiles as people type their own details)
 * and the ground truth linking them. Everyone in it is invented; the same seed gives the same dataset.
 * About 60% of personas are in the leak, 25% are hard negatives close to someone in it, 15% are absent;
 * a leak too small to supply enough people turns the shortfall into absent personas.
 */
public final class SyntheticDataset {
    private static final int MIRRORS = 6;
    private static final LocalDate FIRST_LEAK_DAY = LocalDate.of(2019, 8, 1);
    private static final LocalDate LAST_LEAK_DAY = LocalDate.of(2021, 6, 30);

    /** Photo choices draw from their own dice, so adding photos left every other choice of a seed as it was. */
    private static final long PHOTO_DICE_SALT = 0x5EED_F0_70L;
    private static final double RECORD_PHOTO_SHARE = 0.5;
    private static final double EXPOSED_OWN_PHOTO_SHARE = 0.7;
    private static final double OTHER_OWN_PHOTO_SHARE = 0.4;

    private final long seed;
    private final List<SourceRecord> records;
    private final List<Profile> personas;
    private final List<TruthEntry> truth;
    private final Map<String, Long> recordFaces;
    private final Map<String, PersonaPhoto> personaPhotos;

    /** The persona's own copy of a photo: a face and how their copy differs from the original. */
    public record PersonaPhoto(long face, PhotoVariant variant) {
    }

    private SyntheticDataset(long seed, List<SourceRecord> records, List<Profile> personas, List<TruthEntry> truth,
                             Map<String, Long> recordFaces, Map<String, PersonaPhoto> personaPhotos) {
        this.seed = seed;
        this.records = List.copyOf(records);
        this.personas = List.copyOf(personas);
        this.truth = List.copyOf(truth);
        this.recordFaces = Map.copyOf(recordFaces);
        this.personaPhotos = Map.copyOf(personaPhotos);
    }

    public static SyntheticDataset generate(int records, int personas, long seed) {
        if (records < 0 || personas < 0) {
            throw new IllegalArgumentException("record and persona counts cannot be negative");
        }
        Dice dice = new Dice(seed);
        Dice photoDice = new Dice(seed ^ PHOTO_DICE_SALT);
        PersonFactory factory = new PersonFactory(dice);
        List<SourceRecord> sourceRecords = new ArrayList<>();
        List<LeakedPerson> leaked = leak(records, dice, factory, sourceRecords);
        Map<String, Long> recordFaces = new HashMap<>();
        for (LeakedPerson person : leaked) {
            for (String recordId : person.recordIds()) {
                if (photoDice.chance(RECORD_PHOTO_SHARE)) {
                    recordFaces.put(recordId, person.face());
                }
            }
        }
        // Faces of people outside the leak are numbered after everyone in it, so no two people share one.
        long[] nextFace = {leaked.size()};

        List<Persona> drafts = new ArrayList<>();
        PersonaTyping typing = new PersonaTyping(dice);
        int exposed = Math.min((int) Math.round(personas * 0.6), leaked.size());
        int hardNegatives = leaked.isEmpty() ? 0 : Math.min((int) Math.round(personas * 0.25), personas - exposed);
        List<LeakedPerson> candidates = new ArrayList<>(leaked);
        dice.shuffle(candidates);
        for (LeakedPerson person : candidates.subList(0, exposed)) {
            boolean photoLeaked = person.recordIds().stream().anyMatch(recordFaces::containsKey);
            PersonaPhoto photo = photoLeaked && photoDice.chance(EXPOSED_OWN_PHOTO_SHARE)
                    ? new PersonaPhoto(person.face(), photoDice.pick(List.of(PhotoVariant.values()))) : null;
            drafts.add(new Persona(typing.type(person.person(), person.printouts(), Set.of()), TruthEntry.Kind.EXPOSED,
                    person.recordIds(), "exposed in " + person.recordIds().size() + " record(s)", photo));
        }
        HardNegatives negatives = new HardNegatives(dice, factory);
        for (int i = 0; i < hardNegatives; i++) {
            HardNegatives.Negative negative = negatives.build(i, leaked);
            drafts.add(new Persona(typing.type(negative.person(), List.of(), negative.required()),
                    TruthEntry.Kind.HARD_NEGATIVE, List.of(), negative.note(), otherPhoto(photoDice, nextFace)));
        }
        while (drafts.size() < personas) {
            drafts.add(new Persona(typing.type(factory.newPerson(), List.of(), Set.of()), TruthEntry.Kind.ABSENT, List.of(),
                    "absent: a fictional person in no record", otherPhoto(photoDice, nextFace)));
        }
        // Mixed order, so a demo does not show all exposed personas first.
        dice.shuffle(drafts);
        List<Profile> profiles = new ArrayList<>();
        List<TruthEntry> truth = new ArrayList<>();
        Map<String, PersonaPhoto> personaPhotos = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            Persona draft = drafts.get(i);
            String label = "persona-" + (i + 1);
            profiles.add(new Profile(label, draft.identifiers));
            truth.add(new TruthEntry(label, draft.kind, draft.recordIds, draft.note));
            if (draft.photo != null) {
                personaPhotos.put(label, draft.photo);
            }
        }
        return new SyntheticDataset(seed, sourceRecords, profiles, truth, recordFaces, personaPhotos);
    }

    /** Someone outside the leak may have a photo of their own: a face no record shows. */
    private static PersonaPhoto otherPhoto(Dice photoDice, long[] nextFace) {
        return photoDice.chance(OTHER_OWN_PHOTO_SHARE) ? new PersonaPhoto(nextFace[0]++, PhotoVariant.ORIGINAL) : null;
    }

    public List<SourceRecord> records() {
        return records;
    }

    public List<Profile> personas() {
        return personas;
    }

    /** One entry per persona, in the same order. */
    public List<TruthEntry> truth() {
        return truth;
    }

    /** The records as a source for the pack builder, read from memory. */
    public RecordSource asSource() {
        return (sink, issues) -> records.forEach(sink);
    }

    /** Writes records.jsonl, records.csv, personas.jsonl, truth.jsonl and README.txt into {@code dir}; no photos. */
    public void writeTo(Path dir) throws IOException {
        writeTo(dir, EnumSet.of(DatasetFormat.JSONL, DatasetFormat.CSV));
    }

    /**
     * Writes the chosen formats (docs/ingest.md) plus personas.jsonl, truth.jsonl and README.txt. When a
     * format with photos is chosen (Telegram, site), faces are drawn: the leak's copies beside the records,
     * and each persona's own copy under faces/, named as a {@code photo} identifier in personas.jsonl.
     */
    public void writeTo(Path dir, Set<DatasetFormat> formats) throws IOException {
        DatasetFiles.write(dir, this, formats);
    }

    /** The face a record's headshot shows, if it has one. */
    public Optional<Long> recordFace(String sourceId) {
        return Optional.ofNullable(recordFaces.get(sourceId));
    }

    /** The persona's own photo, if they have one. */
    public Optional<PersonaPhoto> personaPhoto(String label) {
        return Optional.ofNullable(personaPhotos.get(label));
    }

    /**
     * For scoring a pack built from one of the written formats: each ground-truth record id ("src-12") and
     * the source id that format's reader gives the same record.
     */
    public Map<String, String> sourceIdsIn(DatasetFormat format) {
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String id = records.get(i).sourceId();
            ids.put(id, format == DatasetFormat.TELEGRAM ? TelegramExportWriter.postSourceId(i) : id);
        }
        return ids;
    }

    long seed() {
        return seed;
    }

    /**
     * Draws people until they fill {@code count} records; about one in ten appears twice, on two mirrors.
     * Records are shuffled before numbering, so a person's two records are not neighbours.
     */
    private static List<LeakedPerson> leak(int count, Dice dice, PersonFactory factory, List<SourceRecord> out) {
        LeakPrinter printer = new LeakPrinter(dice);
        List<FictionalPerson> people = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        while (drafts.size() < count) {
            FictionalPerson person = factory.newPerson();
            people.add(person);
            int mirror = dice.between(1, MIRRORS);
            Printout first = printer.print(person);
            drafts.add(new Draft(people.size() - 1, first, mirror));
            if (count - drafts.size() >= 1 && dice.chance(0.1)) {
                drafts.add(new Draft(people.size() - 1, secondPrint(printer, person, first),
                        1 + (mirror + dice.between(0, MIRRORS - 2)) % MIRRORS));
            }
        }
        dice.shuffle(drafts);
        List<List<String>> ids = new ArrayList<>();
        List<List<Printout>> printouts = new ArrayList<>();
        people.forEach(person -> {
            ids.add(new ArrayList<>());
            printouts.add(new ArrayList<>());
        });
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            String id = "src-" + (i + 1);
            FictionalPerson person = people.get(draft.person);
            LocalDate firstSeen = dice.date(FIRST_LEAK_DAY, LAST_LEAK_DAY);
            out.add(new SourceRecord("record " + (i + 1), id, "mirror-" + draft.mirror, person.category(), firstSeen,
                    dice.date(firstSeen, LAST_LEAK_DAY), draft.printout.identifiers()));
            ids.get(draft.person).add(id);
            printouts.get(draft.person).add(draft.printout);
        }
        List<LeakedPerson> leaked = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            leaked.add(new LeakedPerson(people.get(i), ids.get(i), printouts.get(i), i));
        }
        return leaked;
    }

    /** A second mirror copies the person in its own formats; retry a few times if it came out identical. */
    private static Printout secondPrint(LeakPrinter printer, FictionalPerson person, Printout first) {
        Printout second = printer.print(person);
        for (int attempt = 0; attempt < 10 && second.identifiers().equals(first.identifiers()); attempt++) {
            second = printer.print(person);
        }
        return second;
    }

    private record Draft(int person, Printout printout, int mirror) {
    }

    private record Persona(List<Identifier> identifiers, TruthEntry.Kind kind, List<String> recordIds, String note,
                           PersonaPhoto photo) {
    }
}
