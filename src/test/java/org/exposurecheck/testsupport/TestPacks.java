package org.exposurecheck.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.pack.BuildReport;
import org.exposurecheck.pack.KeyedBuild;
import org.exposurecheck.pack.PackBuilder;
import org.exposurecheck.pack.PackSettings;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.ingest.RecordSource;
import org.exposurecheck.pack.ingest.SourceIssue;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.PairPlanner;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;

/**
 * Packs for tests: a cheap KDF, with the policy threshold scaled by the same factor, so exactly the
 * tokens of the default settings ship — only faster. A client reading them must lower its minimum by the
 * same factor ({@link #SCALED_MINIMUM}). Fixtures are tiny, so their builds keep every label (a label of
 * one record would otherwise become "other") and ship photo hashes, as a curator's {@code --photos} does.
 */
public final class TestPacks {
    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final KdfParameters CHEAP_KDF = new KdfParameters(256, 1, 1);
    public static final AuditPolicy SCALED_POLICY = scaledPolicy(AuditPolicy.DEFAULT);
    /** The client's default minimum scaled like the policy, for reading packs built at {@link #CHEAP_KDF}. */
    public static final AuditPolicy SCALED_MINIMUM = SCALED_POLICY;

    private TestPacks() {
    }

    public static AuditPolicy scaledPolicy(AuditPolicy policy) {
        return new AuditPolicy(policy.minGpuYears() * CHEAP_KDF.costRelativeToReference() / KdfParameters.DEFAULT.costRelativeToReference());
    }

    public static PackSettings settings(String id, long sequence) {
        return new PackSettings(id, "Test pack " + id, "test-source", sequence, NOW, NOW.plus(Duration.ofDays(30)), false,
                CHEAP_KDF, SCALED_POLICY, false);
    }

    /** Settings at the real default KDF and policy, for packs that go through the app, which always uses the default minimum. */
    public static PackSettings settingsAtDefaultCost(String id, long sequence) {
        return new PackSettings(id, "Test pack " + id, "test-source", sequence, NOW, NOW.plus(Duration.ofDays(30)), false,
                KdfParameters.DEFAULT, AuditPolicy.DEFAULT, false);
    }

    /** A pack built in memory for a test: its bytes and what the builder returned. */
    public record Built(byte[] pack, PackBuilder.Result result) {
        public Map<String, String> recordIdsBySourceId() {
            return result.recordIdsBySourceId();
        }

        public BuildReport report() {
            return result.report();
        }
    }

    /** Builds into a temporary directory, keeping source ids for scoring, and reads the pack back. */
    public static Built build(RecordSource source, PackSettings settings, SigningKey key) throws ExplainedException {
        return build(source, settings, key, PackBuilder.CHAIN_AWARE);
    }

    /** As {@link #build(RecordSource, PackSettings, SigningKey)}, choosing tokens with another attacker model. */
    public static Built build(RecordSource source, PackSettings settings, SigningKey key, DoubleFunction<PairPlanner> model)
            throws ExplainedException {
        return buildConfigured(source, settings, key, builder -> builder.withPlanner(model));
    }

    /** As {@link #build(RecordSource, PackSettings, SigningKey)}, with a keyed tier evaluated under {@code keyed}'s key. */
    public static Built buildKeyed(RecordSource source, PackSettings settings, SigningKey key, KeyedBuild keyed) throws ExplainedException {
        return buildConfigured(source, settings, key, builder -> builder.withKeyed(keyed));
    }

    private static Built buildConfigured(RecordSource source, PackSettings settings, SigningKey key, UnaryOperator<PackBuilder> configure)
            throws ExplainedException {
        try (TokenDeriver deriver = new TokenDeriver(2)) {
            Path dir = Files.createTempDirectory("exposure-check-test-pack-");
            try {
                Path out = dir.resolve("test.ecpack");
                PackBuilder builder = new PackBuilder(new Normaliser(CLOCK), deriver, new SecureRandom()).keepingSourceIds()
                        .withPhotos(true).withLabelMinRecords(1);
                PackBuilder.Result result = configure.apply(builder).build(source, settings, key, Progress.NONE, new CancelSignal(), out);
                byte[] pack = Files.readAllBytes(out);
                Files.delete(out);
                return new Built(pack, result);
            } finally {
                Files.deleteIfExists(dir);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static RecordSource source(List<SourceRecord> records) {
        return (Consumer<SourceRecord> sink, Consumer<SourceIssue> issues) -> records.forEach(sink);
    }

    public static SourceRecord record(String id, String category, Object... typeValuePairs) {
        List<Identifier> identifiers = new java.util.ArrayList<>();
        for (int i = 0; i < typeValuePairs.length; i += 2) {
            identifiers.add(new Identifier((IdentifierType) typeValuePairs[i], (String) typeValuePairs[i + 1]));
        }
        return new SourceRecord("record " + id, id, null, category, java.time.LocalDate.of(2019, 8, 20),
                java.time.LocalDate.of(2021, 5, 1), identifiers);
    }

    /** A small fixed leak of fictional people, for tests that need to know exactly what is in a pack. */
    public static List<SourceRecord> fictionalLeak() {
        return List.of(
                record("src-1", "journalist", IdentifierType.NAME, "陳大文 CHAN Tai Man", IdentifierType.PHONE, "9123 4567",
                        IdentifierType.HKID, "A123456(3)", IdentifierType.ADDRESS, "Flat A, 12/F, Block 3, Harmony Estate, Sha Tin, N.T."),
                record("src-2", "student", IdentifierType.NAME, "李小明", IdentifierType.HKID, "B765***(*)",
                        IdentifierType.PHONE, "+852 6234 5678", IdentifierType.DOB, "1990年5月1日"),
                record("src-3", "teacher", IdentifierType.NAME, "Mary WONG Ka Yan", IdentifierType.EMAIL, "ka.yan.wong@gmail.com",
                        IdentifierType.HANDLE, "https://t.me/kayan_w"),
                record("src-4", "activist", IdentifierType.NAME, "張志強", IdentifierType.DOB, "01/02/1985"));
    }
}
