package org.exposurecheck.pack;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import org.exposurecheck.base.CrashPoint;
import org.exposurecheck.base.Sha256;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normalised;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.pack.ingest.RecordSource;
import org.exposurecheck.pack.ingest.SourceException;
import org.exposurecheck.pack.ingest.SourceIssue;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.exposurecheck.pack.photo.PhotoHash;
import org.exposurecheck.token.Argon2PairScheme;
import org.exposurecheck.token.AttackerModel;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.ChainAudit;
import org.exposurecheck.token.ChainAwarePlanner;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.KeyedAudit;
import org.exposurecheck.token.KeyedPairScheme;
import org.exposurecheck.token.NameDerivedGrammar;
import org.exposurecheck.token.PackAudit;
import org.exposurecheck.token.PairPlanner;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.RecordShape;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.TokenInput;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns leak records into a signed pack. Each record's identifiers are normalised and grouped into values; a
 * {@link PairPlanner} chooses which tokens of the record ship (by default the chain-aware v2 model,
 * docs/decisions/0012-chain-aware-audit.md); all else about the record is reduced to an opaque random id, its
 * category and source label (refused when shaped like an identifier, "other" when fewer than five records share
 * it), its first and last month seen, the set of identifier types it held and, only when the curator opts in,
 * the perceptual hashes of its photos. The manifest lists the shape of every record, so clients can repeat the
 * audit.
 *
 * <p>A build streams: records are derived in batches, so memory holds one batch of personal values at a
 * time, and what the pack needs of each record (its 20 bytes of metadata, its tokens, its photo hashes)
 * goes to scratch files next to the output and is sorted there ({@link ExternalSorter}). Memory does not
 * grow with the input, except for the distinct labels and record shapes, which hold no personal value; the
 * scratch files hold no personal value either and are deleted when the build ends.
 */
public final class PackBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(PackBuilder.class);
    static final String DROPPED_NO_IDENTIFIERS = "no readable identifiers";
    static final String DROPPED_NO_ALLOWED_PAIR = "no identifier pair the audit policy allows (a single weak identifier, or only weak pairs) and no photo";
    private static final int BATCH_TOKENS = 4096;
    /** Tokens sorted in memory before a run is written to disk: 262,144 × 20 bytes = 5 MiB. */
    public static final int DEFAULT_TOKENS_IN_MEMORY = 1 << 18;
    static final int TOKEN_ENTRY_BYTES = Argon2PairScheme.TOKEN_LENGTH + 4;
    private static final String RECORDS_FILE = "records.bin";
    private static final String PHOTOS_FILE = "photos.bin";
    private static final int MAX_LABEL_BYTES = 200;
    /** The attacker model of production builds: the chain-aware planner at the build's policy. */
    public static final DoubleFunction<PairPlanner> CHAIN_AWARE = policyGuesses -> new ChainAwarePlanner(new ChainAudit(policyGuesses));

    private final Normaliser normaliser;
    private final TokenDeriver deriver;
    private final SecureRandom random;
    private final Options options;
    /** The keyed tier to add, or null for an offline-only pack. */
    private final KeyedBuild keyed;

    /** What a builder does beyond the curator's settings; changed only through the {@code with…} methods. */
    private record Options(int tokensInMemory, boolean keepSourceIds, boolean photos, int labelMinRecords,
                           DoubleFunction<PairPlanner> planners) {
    }

    public PackBuilder(Normaliser normaliser, TokenDeriver deriver, SecureRandom random) {
        this(normaliser, deriver, random, new Options(DEFAULT_TOKENS_IN_MEMORY, false, false, LabelPolicy.DEFAULT_MIN_RECORDS, CHAIN_AWARE));
    }

    private PackBuilder(Normaliser normaliser, TokenDeriver deriver, SecureRandom random, Options options) {
        this(normaliser, deriver, random, options, null);
    }

    private PackBuilder(Normaliser normaliser, TokenDeriver deriver, SecureRandom random, Options options, KeyedBuild keyed) {
        this.normaliser = normaliser;
        this.deriver = deriver;
        this.random = random;
        this.options = options;
        this.keyed = keyed;
    }

    /**
     * A builder that also returns which pack record each source id became, for a curator's evaluation
     * against ground truth. That map grows with the input, so ordinary builds do not keep it.
     */
    public PackBuilder keepingSourceIds() {
        return with(new Options(options.tokensInMemory(), true, options.photos(), options.labelMinRecords(), options.planners()));
    }

    /** A builder that sorts at most {@code tokens} tokens in memory before spilling a run to disk. */
    public PackBuilder withTokensInMemory(int tokens) {
        return with(new Options(tokens, options.keepSourceIds(), options.photos(), options.labelMinRecords(), options.planners()));
    }

    /**
     * A builder that ships the perceptual hashes of photos ({@code pack build --photos}). Off by default: a hash
     * is fast and unsalted, so anyone holding the same picture can find the record.
     */
    public PackBuilder withPhotos(boolean photos) {
        return with(new Options(options.tokensInMemory(), options.keepSourceIds(), photos, options.labelMinRecords(), options.planners()));
    }

    /** A builder that turns category and source labels fewer than {@code records} records share into "other". */
    public PackBuilder withLabelMinRecords(int records) {
        if (records < 1) {
            throw new IllegalArgumentException("a label is shared by at least one record");
        }
        return with(new Options(options.tokensInMemory(), options.keepSourceIds(), options.photos(), records, options.planners()));
    }

    /** A builder whose tokens are chosen by another attacker model: a planner for a policy in guesses. */
    public PackBuilder withPlanner(DoubleFunction<PairPlanner> planners) {
        return with(new Options(options.tokensInMemory(), options.keepSourceIds(), options.photos(), options.labelMinRecords(), planners));
    }

    private PackBuilder with(Options changed) {
        return new PackBuilder(normaliser, deriver, random, changed, keyed);
    }

    /**
     * A builder that also ships, as keyed tokens (docs/keyed-tier.md), every pair of a record the offline audit leaves
     * out: evaluated here with the publisher's keyed-service key, so only that service can answer for them later.
     */
    public PackBuilder withKeyed(KeyedBuild keyedTier) {
        return new PackBuilder(normaliser, deriver, random, options, keyedTier);
    }

    /** The pack's manifest and size, its report, and (only when asked for) source id → record id. */
    public record Result(Manifest manifest, BuildReport report, long bytes, Map<String, String> recordIdsBySourceId) {
    }

    /**
     * Builds a pack into {@code out}, which appears only when the build succeeded (written next to it,
     * then moved into place). Scratch files go to a fresh directory beside {@code out} and are removed.
     */
    public Result build(RecordSource source, PackSettings settings, SigningKey key, Progress progress, CancelSignal cancel,
                        Path out) throws PackException {
        return build(source, settings, key, progress, cancel, out, new BuildReport());
    }

    /** As above, filling a report the caller holds, so a build that fails can still show what it read. */
    public Result build(RecordSource source, PackSettings settings, SigningKey key, Progress progress, CancelSignal cancel,
                        Path out, BuildReport report) throws PackException {
        Path target = out.toAbsolutePath();
        Path scratch;
        try {
            Files.createDirectories(target.getParent());
            scratch = ScratchDirectory.create(target.getParent());
        } catch (IOException failed) {
            throw new PackException("Could not create a working directory next to " + out + ": " + failed.getMessage() + ".", failed);
        }
        try {
            return buildIn(scratch, source, settings, key, progress, cancel, target, report);
        } catch (IOException | UncheckedIOException failed) {
            throw new PackException("Could not write the pack's working files next to " + out + ": " + failed.getMessage() + ".", failed);
        } finally {
            ScratchDirectory.delete(scratch);
        }
    }

    private Result buildIn(Path scratch, RecordSource source, PackSettings settings, SigningKey key, Progress progress,
                           CancelSignal cancel, Path target, BuildReport report) throws PackException, IOException {
        byte[] salt = new byte[Argon2PairScheme.SALT_LENGTH];
        random.nextBytes(salt);
        Argon2PairScheme scheme = new Argon2PairScheme(settings.kdf(), salt);
        PairPlanner planner = options.planners().apply(AttackerModel.guesses(settings.policy().minGpuYears(),
                scheme.costRelativeToReference()));

        KeyedPairScheme keyedScheme = null;
        if (keyed != null) {
            byte[] keyedSalt = new byte[Argon2PairScheme.SALT_LENGTH];
            random.nextBytes(keyedSalt);
            keyedScheme = new KeyedPairScheme(keyed.key().publicKey(), keyed.kdf(), keyedSalt);
        }
        try (Run run = new Run(scratch, scheme, planner, settings, progress, cancel, report, keyedScheme)) {
            try {
                source.read(run::add, issue -> {
                    run.report.issue(issue);
                    if (settings.strict()) {
                        throw new StrictStop(issue);
                    }
                });
            } catch (StrictStop stop) {
                throw new PackException(stop.issue + " (--strict stops at the first problem).");
            } catch (SourceException unreadable) {
                throw new PackException(unreadable.getMessage(), unreadable);
            }
            run.flush();
            if (run.recordCount == 0) {
                throw new PackException("No record in the input could be used, so no pack was written; see the report for why.");
            }
            if (run.shapes.size() > PackAudit.MAX_SHAPES) {
                throw new PackException("The records come in " + run.shapes.size() + " different shapes, more than the "
                        + PackAudit.MAX_SHAPES + " a client accepts, so no pack was written; split the input into several packs.");
            }
            run.report.audit(PackAudit.of(settings.kdf(), settings.policy(), run.shapeCounts()));
            if (keyed != null) {
                run.report.keyedAudit(KeyedAudit.of(keyed.kdf(), keyed.guessesPerDay(), run.report.keyedTokensByType()));
            }
            return run.finish(key, target);
        }
    }

    /** Unwinds a source read at the first issue of a strict build. */
    private static final class StrictStop extends RuntimeException {
        final transient SourceIssue issue;

        StrictStop(SourceIssue issue) {
            super(null, null, false, false);
            this.issue = issue;
        }
    }

    /** The state of one build. */
    private final class Run implements AutoCloseable {
        final Path scratch;
        final Argon2PairScheme scheme;
        final PairPlanner planner;
        final PackSettings settings;
        final Progress progress;
        final CancelSignal cancel;
        final BuildReport report;
        final LabelPolicy labels = new LabelPolicy(normaliser);
        final NameDerivedGrammar grammar = NameDerivedGrammar.instance();
        /** Each label's index in the string table as the records file knows it, and how many records use it. */
        final Map<String, Integer> strings = new LinkedHashMap<>();
        final List<Integer> labelUses = new ArrayList<>();
        final Map<String, Integer> sourceIndexById = new HashMap<>();
        final Map<RecordShape, Integer> shapes = new LinkedHashMap<>();
        final List<TokenInput> batch = new ArrayList<>();
        final List<Integer> batchRecords = new ArrayList<>();
        final KeyedPairScheme keyedScheme;
        final VoprfEvaluator keyedEvaluator;
        final List<TokenInput> keyedBatch = new ArrayList<>();
        final List<Integer> keyedBatchRecords = new ArrayList<>();
        final DataOutputStream recordFile;
        final DataOutputStream photoFile;
        final ExternalSorter tokens;
        final byte[] tokenEntry = new byte[TOKEN_ENTRY_BYTES];
        int recordCount;
        long photoCount;
        long tokensPlanned;
        long tokensDerived;

        Run(Path scratch, Argon2PairScheme scheme, PairPlanner planner, PackSettings settings, Progress progress,
            CancelSignal cancel, BuildReport report, KeyedPairScheme keyedScheme) throws IOException {
            this.keyedScheme = keyedScheme;
            this.keyedEvaluator = keyedScheme == null ? null : new VoprfEvaluator(keyed.key(), random);
            this.scratch = scratch;
            this.report = report;
            this.scheme = scheme;
            this.planner = planner;
            this.settings = settings;
            this.progress = progress;
            this.cancel = cancel;
            this.recordFile = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(scratch.resolve(RECORDS_FILE))));
            this.photoFile = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(scratch.resolve(PHOTOS_FILE))));
            this.tokens = new ExternalSorter(scratch, "tokens", TOKEN_ENTRY_BYTES, options.tokensInMemory());
        }

        void add(SourceRecord record) {
            cancel.throwIfCancelled();
            report.recordRead();
            RecordValues values = new RecordValues(grammar);
            List<CanonicalForm> recordForms = new ArrayList<>();
            Set<IdentifierType> types = EnumSet.noneOf(IdentifierType.class);
            List<Identifier> identifiers = record.identifiers();
            for (int i = 0; i < identifiers.size(); i++) {
                Identifier identifier = identifiers.get(i);
                types.add(identifier.type());
                if (identifier.type() == IdentifierType.PHOTO) {
                    // A source that reads photos turns them into hashes; a bare path here was not readable.
                    continue;
                }
                Normalised normalised = normaliser.normalise(identifier);
                report.identifierRead(identifier.type(), normalised.isValid());
                normalised.problem().ifPresent(problem -> report.issue(new SourceIssue(record.location(),
                        identifier.type().id() + " skipped: " + problem.message())));
                for (CanonicalForm form : normalised.forms()) {
                    recordForms.add(form);
                    if (!form.isDerived()) {
                        values.add(i, form);
                    }
                }
            }
            Set<PhotoHash> photos = new LinkedHashSet<>(record.photos());
            if (!photos.isEmpty()) {
                types.add(IdentifierType.PHOTO);
                if (options.photos()) {
                    report.photosKept(photos.size());
                } else {
                    report.photosLeftOut(photos.size());
                    photos.clear();
                }
            }
            if (values.isEmpty() && photos.isEmpty()) {
                report.recordDropped(DROPPED_NO_IDENTIFIERS);
                return;
            }
            RecordValues.Candidates candidates = values.candidates();
            PairPlanner.Plan plan = planner.plan(candidates.shape());
            List<TokenInput> inputs = new ArrayList<>();
            for (int token = 0; token < candidates.shape().tokens().size(); token++) {
                PairPlanner.Reason dropped = plan.dropped().get(token);
                if (dropped != null && candidates.shape().tokens().get(token).isPair()) {
                    report.pairsDropped(candidates.shape().type(candidates.shape().tokens().get(token)), dropped,
                            candidates.combinations(token));
                }
            }
            for (int token : plan.kept()) {
                inputs.addAll(candidates.inputs(token));
            }
            List<TokenInput> keyedInputs = keyedScheme == null ? List.of() : keyedInputs(candidates, plan);
            if (inputs.isEmpty() && keyedInputs.isEmpty() && photos.isEmpty()) {
                report.recordDropped(DROPPED_NO_ALLOWED_PAIR);
                return;
            }
            int index = recordCount++;
            if (!plan.kept().isEmpty()) {
                shapes.merge(candidates.shape().keeping(plan.kept()).canonical(), 1, Integer::sum);
            }
            try {
                writeRecord(record, types, recordForms);
                for (PhotoHash photo : photos) {
                    photoFile.writeInt(index);
                    photoFile.writeLong(photo.phash());
                    photoFile.writeLong(photo.dhash());
                    photoCount++;
                }
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            if (options.keepSourceIds() && record.sourceId() != null) {
                sourceIndexById.put(record.sourceId(), index);
            }
            report.recordKept();
            for (TokenInput input : inputs) {
                batch.add(input);
                batchRecords.add(index);
                report.tokens(input.type(), 1);
            }
            for (TokenInput input : keyedInputs) {
                keyedBatch.add(input);
                keyedBatchRecords.add(index);
                report.keyedTokens(input.type(), 1);
            }
            tokensPlanned += inputs.size() + keyedInputs.size();
            // A batch never outgrows the sort buffer, so a small buffer also spills as the input is read.
            if (batch.size() + keyedBatch.size() >= Math.min(BATCH_TOKENS, options.tokensInMemory())) {
                flush();
            }
        }

        /**
         * The pairs of a record the offline plan leaves out: they ship keyed, where guessing needs the service; a pair of
         * two weak details only when the curator asked for them.
         */
        List<TokenInput> keyedInputs(RecordValues.Candidates candidates, PairPlanner.Plan plan) {
            List<TokenInput> keyedInputs = new ArrayList<>();
            for (int token = 0; token < candidates.shape().tokens().size(); token++) {
                RecordShape.Link link = candidates.shape().tokens().get(token);
                if (link.isPair() && !plan.kept().contains(token)
                        && (keyed.weakPairs() || candidates.shape().type(link).hasStrongKind())) {
                    keyedInputs.addAll(candidates.inputs(token));
                }
            }
            return keyedInputs;
        }

        /** Category, source, first and last month seen (the first of the month), type bits. */
        void writeRecord(SourceRecord record, Set<IdentifierType> types, List<CanonicalForm> recordForms) throws IOException {
            recordFile.writeInt(label("category", record.category(), record, recordForms));
            recordFile.writeInt(label("source", record.source() != null ? record.source() : settings.sourceLabel(), record, recordForms));
            recordFile.writeInt(month(record.firstSeen()));
            recordFile.writeInt(month(record.lastSeen()));
            recordFile.writeInt(PackBody.typeBits(types));
        }

        /**
         * Index of a category or source label in the string table, or none when the label is refused; labels are
         * few, so the table stays small. Rare labels become "other" when the table is written.
         */
        int label(String field, String label, SourceRecord record, List<CanonicalForm> recordForms) {
            if (label == null) {
                return PackBody.NONE;
            }
            String bounded = truncate(label);
            Optional<LabelPolicy.Refused> refused = labels.refusal(bounded, recordForms);
            if (refused.isPresent()) {
                report.labelRefused(refused.get().reason);
                report.issue(new SourceIssue(record.location(), field + " label left out: it " + refused.get().reason));
                return PackBody.NONE;
            }
            int index = strings.computeIfAbsent(bounded, s -> strings.size());
            if (index == labelUses.size()) {
                labelUses.add(0);
            }
            labelUses.set(index, labelUses.get(index) + 1);
            return index;
        }

        void flush() {
            if (!batch.isEmpty()) {
                long before = tokensDerived;
                store(deriver.derive(scheme, batch, (done, total) -> progress.update(before + done, tokensPlanned), cancel), batchRecords);
                batch.clear();
                batchRecords.clear();
            }
            if (!keyedBatch.isEmpty()) {
                // The key holder's PRF needs no round: both stages run on every core like the offline KDF.
                long before = tokensDerived;
                store(deriver.deriveKeyed(keyedScheme, keyedEvaluator, keyedBatch, (done, total) -> progress.update(before + done, tokensPlanned),
                        cancel), keyedBatchRecords);
                keyedBatch.clear();
                keyedBatchRecords.clear();
            }
        }

        /** Open and keyed tokens share one sorted table: a keyed token is as random-looking as any other. */
        void store(List<byte[]> derived, List<Integer> records) {
            try {
                for (int i = 0; i < derived.size(); i++) {
                    System.arraycopy(derived.get(i), 0, tokenEntry, 0, Argon2PairScheme.TOKEN_LENGTH);
                    BodyAssembler.putInt(tokenEntry, Argon2PairScheme.TOKEN_LENGTH, records.get(i));
                    tokens.add(tokenEntry);
                }
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            tokensDerived += derived.size();
        }

        List<PackAudit.ShapeCount> shapeCounts() {
            List<PackAudit.ShapeCount> counted = new ArrayList<>();
            shapes.forEach((shape, records) -> counted.add(new PackAudit.ShapeCount(shape, records)));
            return counted;
        }

        /**
         * The string table as it ships: labels fewer than the minimum number of records share are replaced by
         * "other" and left out of the table. Fills {@code renumbered} with each old index's new one.
         */
        List<String> shippedLabels(int[] renumbered) {
            List<String> shipped = new ArrayList<>();
            Map<String, Integer> positions = new HashMap<>();
            List<String> all = List.copyOf(strings.keySet());
            for (int i = 0; i < all.size(); i++) {
                boolean rare = labelUses.get(i) < options.labelMinRecords();
                String label = rare ? LabelPolicy.OTHER : all.get(i);
                if (rare) {
                    report.labelMadeOther(labelUses.get(i));
                }
                renumbered[i] = positions.computeIfAbsent(label, l -> {
                    shipped.add(l);
                    return shipped.size() - 1;
                });
            }
            return shipped;
        }

        Result finish(SigningKey key, Path target) throws IOException, PackException {
            recordFile.close();
            photoFile.close();
            // Shuffle, so the order of records in the pack says nothing about the order of the source.
            RecordShuffle shuffle = new RecordShuffle(recordCount, random);
            Path bodyFile = scratch.resolve("body.bin");
            long bodyBytes;
            int[] renumbered = new int[strings.size()];
            List<String> shippedLabels = shippedLabels(renumbered);
            try (PackBodyWriter body = new PackBodyWriter(bodyFile, shippedLabels, recordCount)) {
                BodyAssembler assembler = new BodyAssembler(scratch, shuffle, options.tokensInMemory());
                assembler.records(body, scratch.resolve(RECORDS_FILE), recordCount, renumbered);
                assembler.photos(body, scratch.resolve(PHOTOS_FILE), photoCount);
                assembler.tokens(body, tokens);
                bodyBytes = body.finish();
            }
            Map<String, Integer> tokenTypes = new TreeMap<>();
            report.tokensByType().forEach((type, count) -> tokenTypes.put(type, Math.toIntExact(count)));
            Manifest.Keyed keyedSection = keyedScheme == null || report.keyedTokensByType().isEmpty() ? null : keyedSection();
            Manifest manifest = new Manifest(Manifest.FORMAT, settings.id(), settings.title(), settings.sourceLabel(),
                    key.publicKey().idHex(), settings.sequence(), settings.created(), settings.expires(), settings.demo(),
                    Normaliser.VERSION,
                    new Manifest.Scheme(scheme.name(), "argon2id", scheme.parameters().memoryKiB(),
                            scheme.parameters().iterations(), scheme.parameters().parallelism(),
                            Base64.getEncoder().encodeToString(scheme.salt()), scheme.tokenLength()),
                    new Manifest.Policy(settings.policy().minGpuYears()), recordCount, Math.toIntExact(tokens.size()),
                    Math.toIntExact(photoCount), tokenTypes, List.copyOf(report.pairsDroppedByType().keySet()),
                    new Manifest.Content(Sha256.hex(bodyFile), bodyBytes), ManifestShapes.toManifest(shapes), keyedSection);
            Path part = target.resolveSibling(target.getFileName() + ".part");
            Files.deleteIfExists(part);
            try {
                PackFile.write(manifest, bodyFile, key, part);
                CrashPoint.reached("build.part-written");
                moveIntoPlace(part, target);
            } finally {
                Files.deleteIfExists(part);
            }
            LOG.info("Built pack {} sequence {}: {} of {} records kept, {} tokens, {} photo hashes, {} token runs spilled, {} warnings",
                    settings.id(), settings.sequence(), report.recordsKept(), report.recordsRead(), tokens.size(), photoCount,
                    tokens.spilledRuns(), report.issueCount());
            Map<String, String> recordIds = new HashMap<>();
            sourceIndexById.forEach((sourceId, index) ->
                    recordIds.put(sourceId, HexFormat.of().toHexDigits(shuffle.id(shuffle.position(index)))));
            return new Result(manifest, report, Files.size(target), Map.copyOf(recordIds));
        }

        Manifest.Keyed keyedSection() {
            Map<String, Integer> keyedTypes = new TreeMap<>();
            report.keyedTokensByType().forEach((type, count) -> keyedTypes.put(type.tag(), Math.toIntExact(count)));
            KdfParameters kdf = keyedScheme.parameters();
            return new Manifest.Keyed(KeyedPairScheme.NAME, keyed.serviceUrl(), Base64.getEncoder().encodeToString(keyedScheme.serviceKey().encoded()),
                    "argon2id", kdf.memoryKiB(), kdf.iterations(), kdf.parallelism(), Base64.getEncoder().encodeToString(keyedScheme.salt()),
                    keyed.guessesPerDay(), keyedTypes);
        }

        @Override
        public void close() throws IOException {
            recordFile.close();
            photoFile.close();
            tokens.close();
        }
    }

    /** The first day of the date's month as days since 1970, or none: a pack says in which month, never on which day. */
    private static int month(LocalDate date) {
        return date == null ? PackBody.NONE : (int) date.withDayOfMonth(1).toEpochDay();
    }

    private static String truncate(String label) {
        byte[] utf8 = label.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_LABEL_BYTES) {
            return label;
        }
        int end = label.length();
        while (label.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_LABEL_BYTES) {
            end--;
        }
        return label.substring(0, end);
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
