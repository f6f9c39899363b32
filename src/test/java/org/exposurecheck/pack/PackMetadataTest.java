package org.exposurecheck.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.demo.PhotoVariant;
import org.exposurecheck.demo.SyntheticFace;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.exposurecheck.pack.photo.PhotoHasher;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a pack says besides tokens links no record back to its source: labels, dates and photos (issue 9). */
class PackMetadataTest {
    private static final SigningKey KEY = SigningKey.generate(new SecureRandom());

    @TempDir
    Path dir;

    private static SourceRecord person(int i, String category) throws Exception {
        return new SourceRecord("record " + i, "src-" + i, null, category, LocalDate.of(2019, 8, 20), LocalDate.of(2021, 5, 31),
                List.of(new Identifier(IdentifierType.NAME, "陳大文"), new Identifier(IdentifierType.PHONE, "9123 45" + (10 + i))),
                List.of(PhotoHasher.hash(PhotoVariant.jpeg(SyntheticFace.draw(i), 0.85f))));
    }

    private record Built(Pack pack, BuildReport report, byte[] bytes) {
    }

    private Built build(List<SourceRecord> records, PackBuilder builder) throws Exception {
        Path out = dir.resolve("meta-" + System.nanoTime() + ".ecpack");
        PackBuilder.Result result = builder.build(TestPacks.source(records), TestPacks.settings("meta", 1), KEY, Progress.NONE,
                new CancelSignal(), out);
        byte[] bytes = Files.readAllBytes(out);
        return new Built(PackFile.read(bytes, KEY.publicKey(), TestPacks.NOW), result.report(), bytes);
    }

    @Test
    void rareAndIdentifierShapedLabelsDoNotShipAndDatesKeepOnlyTheMonth() throws Exception {
        List<SourceRecord> records = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            records.add(person(i, "journalist"));
        }
        records.add(person(6, "medic"));
        records.add(person(7, "medic"));
        records.add(person(8, "9876 5432"));
        records.add(person(9, "陳大文"));
        records.add(person(10, "social\u202Eworker"));
        try (TokenDeriver deriver = new TokenDeriver(2)) {
            Built built = build(records, new PackBuilder(new Normaliser(TestPacks.CLOCK), deriver, new SecureRandom()));
            assertThat(built.pack().records()).extracting(PackRecord::category)
                    .containsExactlyInAnyOrder("journalist", "journalist", "journalist", "journalist", "journalist", "other", "other",
                            null, null, null);
            String bytes = new String(built.bytes(), StandardCharsets.UTF_8);
            assertThat(bytes).doesNotContain("medic").doesNotContain("9876 5432").doesNotContain("worker");
            assertThat(built.report().labelsMadeOther()).isEqualTo(1);
            assertThat(built.report().recordsWithLabelMadeOther()).isEqualTo(2);
            assertThat(built.report().labelsRefused()).containsEntry(LabelPolicy.Refused.IDENTIFIER_SHAPED.reason, 1L)
                    .containsEntry(LabelPolicy.Refused.OWN_IDENTIFIER.reason, 1L)
                    .containsEntry(LabelPolicy.Refused.CONTROL_CHARACTERS.reason, 1L);
            assertThat(built.report().issues()).extracting(Object::toString)
                    .contains("record 8: category label left out: it looks like a phone number, HKID, e-mail address or social-media link")
                    .noneMatch(issue -> issue.contains("9876") || issue.contains("陳大文"));
            assertThat(built.pack().records()).allSatisfy(record -> {
                assertThat(record.firstSeen()).isEqualTo(LocalDate.of(2019, 8, 1));
                assertThat(record.lastSeen()).isEqualTo(LocalDate.of(2021, 5, 1));
            });
        }
    }

    @Test
    void photoHashesShipOnlyWhenTheCuratorOptsIn() throws Exception {
        List<SourceRecord> records = List.of(person(1, "journalist"), person(2, "journalist"));
        try (TokenDeriver deriver = new TokenDeriver(2)) {
            PackBuilder builder = new PackBuilder(new Normaliser(TestPacks.CLOCK), deriver, new SecureRandom());
            Built without = build(records, builder);
            assertThat(without.pack().photoCount()).isZero();
            assertThat(without.report().photosLeftOut()).isEqualTo(2);
            assertThat(without.pack().records()).allSatisfy(record -> assertThat(record.types()).as("the record did show a photo")
                    .contains(IdentifierType.PHOTO));

            Built with = build(records, builder.withPhotos(true));
            assertThat(with.pack().photoCount()).isEqualTo(2);
            assertThat(with.report().photosKept()).isEqualTo(2);
        }
    }
}
