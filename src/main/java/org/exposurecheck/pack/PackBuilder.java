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
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normalised;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.pack.ingest.RecordSource;
import org.exposurecheck.pack.ingest.SourceIssue;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.exposurecheck.pack.photo.PhotoHash;
import org.exposurecheck.token.Argon2PairScheme;
import org.exposurecheck.token.Audit;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.TokenInput;
import org.exposurecheck.token.TokenType;
import org.exposurecheck.token.TokenTypeAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns leak records into a signed pack. Each record's identifiers are normalised; every pair of its
 * forms whose token type passes the audit becomes a token; all else about the record is reduced to an
 * opaque random id, its category, dates, source label, the set of identifier types it held and the
 * perceptual hashes of its photos.
 *
 * <p>A build streams: records are derived in batches, so memory holds one batch of personal values at a
 * time, and what the pack needs of each record (its 20 bytes of metadata, its tokens, its photo hashes)
 * goes to scratch files next to the output and is sorted there ({@link ExternalSorter}). Memory does not
 * grow with the input; the scratch files hold no personal value and are deleted when the build ends.
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

    private final Normaliser normaliser;
    private final TokenDeriver deriver;
    private final SecureRandom random;
    private final int tokensInMemory;
    private final boolean keepSourceIds;

    public PackBuilder(Normaliser normaliser, TokenDeriver deriver, SecureRandom random) {
        this(normaliser, deriver, random, DEFAULT_TOKENS_IN_MEMORY, false);
    }

    private PackBuilder(Normaliser normaliser, TokenDeriver deriver, SecureRandom random, int tokensInMemory,
                        boolean keepSourceIds) {
        this.normaliser = normaliser;
        this.deriver = deriver;
        this.random = random;
        this.tokensInMemory = tokensInMemory;
        this.keepSourceIds = keepSourceIds;
    }

    /**
     * A builder that also returns which pack record each source id became, for a curator's evaluation
     * against ground truth. That map grows with the input, so ordinary builds do not keep it.
     */
    public PackBuilder keepingSourceIds() {
        return new PackBuilder(normaliser, deriver, random, tokensInMemory, true);
    }

    /** A builder that sorts at most {@code tokens} tokens in memory before spilling a run to disk. */
    public PackBuilder withTokensInMemory(int tokens) {
        return new PackBuilder(normaliser, deriver, random, tokens, keepSourceIds);
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
        List<TokenTypeAudit> audits = Audit.candidates(scheme.costRelativeToReference(), settings.policy());
        Set<TokenType> allowed = audits.stream().filter(TokenTypeAudit::allowed).map(TokenTypeAudit::type).collect(Collectors.toSet());

        try (Run run = new Run(scratch, scheme, allowed, settings, progress, cancel, report)) {
            try {
                source.read(run::add, issue -> {
                    run.report.issue(issue);
                    if (settings.strict()) {
                        throw new StrictStop(issue);
                    }
                });
            } catch (StrictStop stop) {
                throw new PackException(stop.issue + " (--strict stops at the first problem).");
            }
            run.flush();
            if (run.recordCount == 0) {
                throw new PackException("No record in the input could be used, so no pack was written; see the report for why.");
            }
            run.report.audit(audits.stream().filter(a -> run.seenTypes.contains(a.type())).toList());
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
        final Set<TokenType> allowed;
        final PackSettings settings;
        final Progress progress;
        final CancelSignal cancel;
        final BuildReport report;
        final Map<String, Integer> strings = new LinkedHashMap<>();
        final Map<String, Integer> sourceIndexById = new HashMap<>();
        final Set<TokenType> seenTypes = new HashSet<>();
        final List<TokenInput> batch = new ArrayList<>();
        final List<Integer> batchRecords = new ArrayList<>();
        final DataOutputStream recordFile;
        final DataOutputStream photoFile;
        final ExternalSorter tokens;
        final byte[] tokenEntry = new byte[TOKEN_ENTRY_BYTES];
        int recordCount;
        long photoCount;
        long tokensPlanned;
        long tokensDerived;

        Run(Path scratch, Argon2PairScheme scheme, Set<TokenType> allowed, PackSettings settings, Progress progress,
            CancelSignal cancel, BuildReport report) throws IOException {
            this.scratch = scratch;
            this.report = report;
            this.scheme = scheme;
            this.allowed = allowed;
            this.settings = settings;
            this.progress = progress;
            this.cancel = cancel;
            this.recordFile = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(scratch.resolve(RECORDS_FILE))));
            this.photoFile = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(scratch.resolve(PHOTOS_FILE))));
            this.tokens = new ExternalSorter(scratch, "tokens", TOKEN_ENTRY_BYTES, tokensInMemory);
        }

        void add(SourceRecord record) {
            cancel.throwIfCancelled();
            report.recordRead();
            Map<FormKind, Set<String>> forms = new EnumMap<>(FormKind.class);
            Set<IdentifierType> types = EnumSet.noneOf(IdentifierType.class);
            for (Identifier identifier : record.identifiers()) {
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
                    if (!form.isDerived()) {
                        forms.computeIfAbsent(form.kind(), k -> new LinkedHashSet<>()).add(form.value());
                    }
                }
            }
            Set<PhotoHash> photos = new LinkedHashSet<>(record.photos());
            if (!photos.isEmpty()) {
                types.add(IdentifierType.PHOTO);
                report.photosKept(photos.size());
            }
            if (forms.isEmpty() && photos.isEmpty()) {
                report.recordDropped(DROPPED_NO_IDENTIFIERS);
                return;
            }
            List<TokenInput> inputs = inputs(forms);
            if (inputs.isEmpty() && photos.isEmpty()) {
                report.recordDropped(DROPPED_NO_ALLOWED_PAIR);
                return;
            }
            int index = recordCount++;
            try {
                writeRecord(record, types);
                for (PhotoHash photo : photos) {
                    photoFile.writeInt(index);
                    photoFile.writeLong(photo.phash());
                    photoFile.writeLong(photo.dhash());
                    photoCount++;
                }
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            if (keepSourceIds && record.sourceId() != null) {
                sourceIndexById.put(record.sourceId(), index);
            }
            report.recordKept();
            for (TokenInput input : inputs) {
                batch.add(input);
                batchRecords.add(index);
                report.tokens(input.type(), 1);
            }
            tokensPlanned += inputs.size();
            // A batch never outgrows the sort buffer, so a small buffer also spills as the input is read.
            if (batch.size() >= Math.min(BATCH_TOKENS, tokensInMemory)) {
                flush();
            }
        }

        void writeRecord(SourceRecord record, Set<IdentifierType> types) throws IOException {
            recordFile.writeInt(intern(record.category()));
            recordFile.writeInt(intern(record.source() != null ? record.source() : settings.sourceLabel()));
            recordFile.writeInt(record.firstSeen() == null ? PackBody.NONE : (int) record.firstSeen().toEpochDay());
            recordFile.writeInt(record.lastSeen() == null ? PackBody.NONE : (int) record.lastSeen().toEpochDay());
            recordFile.writeInt(PackBody.typeBits(types));
        }

        /** Index of a category or source label in the string table; labels are few, so the table stays small. */
        int intern(String label) {
            if (label == null) {
                return PackBody.NONE;
            }
            String bounded = truncate(label);
            return strings.computeIfAbsent(bounded, s -> strings.size());
        }

        /** One input per pair of forms of different kinds whose type may ship; dropped pairs are only counted. */
        List<TokenInput> inputs(Map<FormKind, Set<String>> forms) {
            List<TokenInput> inputs = new ArrayList<>();
            List<FormKind> kinds = new ArrayList<>(forms.keySet());
            for (int i = 0; i < kinds.size(); i++) {
                FormKind a = kinds.get(i);
                addInputs(inputs, List.of(a), forms);
                for (int j = i + 1; j < kinds.size(); j++) {
                    FormKind b = kinds.get(j);
                    if (a.type() != b.type()) {
                        addInputs(inputs, List.of(a, b), forms);
                    }
                }
            }
            return inputs;
        }

        void addInputs(List<TokenInput> inputs, List<FormKind> kinds, Map<FormKind, Set<String>> forms) {
            TokenType type;
            try {
                type = TokenType.of(kinds);
            } catch (IllegalArgumentException notAType) {
                return;
            }
            long combinations = kinds.stream().mapToLong(k -> forms.get(k).size()).reduce(1, (x, y) -> x * y);
            if (!allowed.contains(type)) {
                if (kinds.size() == 2) {
                    seenTypes.add(type);
                    report.pairsDropped(type, combinations);
                }
                return;
            }
            seenTypes.add(type);
            if (kinds.size() == 1) {
                for (String value : forms.get(kinds.get(0))) {
                    inputs.add(TokenInput.of(List.of(new CanonicalForm(kinds.get(0), value))));
                }
                return;
            }
            for (String first : forms.get(kinds.get(0))) {
                for (String second : forms.get(kinds.get(1))) {
                    inputs.add(TokenInput.of(List.of(new CanonicalForm(kinds.get(0), first), new CanonicalForm(kinds.get(1), second))));
                }
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            long before = tokensDerived;
            List<byte[]> derived = deriver.derive(scheme, batch, (done, total) -> progress.update(before + done, tokensPlanned), cancel);
            try {
                for (int i = 0; i < derived.size(); i++) {
                    System.arraycopy(derived.get(i), 0, tokenEntry, 0, Argon2PairScheme.TOKEN_LENGTH);
                    BodyAssembler.putInt(tokenEntry, Argon2PairScheme.TOKEN_LENGTH, batchRecords.get(i));
                    tokens.add(tokenEntry);
                }
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            tokensDerived += derived.size();
            batch.clear();
            batchRecords.clear();
        }

        Result finish(SigningKey key, Path target) throws IOException, PackException {
            recordFile.close();
            photoFile.close();
            // Shuffle, so the order of records in the pack says nothing about the order of the source.
            RecordShuffle shuffle = new RecordShuffle(recordCount, random);
            Path bodyFile = scratch.resolve("body.bin");
            long bodyBytes;
            try (PackBodyWriter body = new PackBodyWriter(bodyFile, List.copyOf(strings.keySet()), recordCount)) {
                BodyAssembler assembler = new BodyAssembler(scratch, shuffle, tokensInMemory);
                assembler.records(body, scratch.resolve(RECORDS_FILE), recordCount);
                assembler.photos(body, scratch.resolve(PHOTOS_FILE), photoCount);
                assembler.tokens(body, tokens);
                bodyBytes = body.finish();
            }
            Map<String, Integer> tokenTypes = new TreeMap<>();
            report.tokensByType().forEach((type, count) -> tokenTypes.put(type, Math.toIntExact(count)));
            Manifest manifest = new Manifest(Manifest.FORMAT, settings.id(), settings.title(), settings.sourceLabel(),
                    key.publicKey().idHex(), settings.sequence(), settings.created(), settings.expires(), settings.demo(),
                    Normaliser.VERSION,
                    new Manifest.Scheme(scheme.name(), "argon2id", scheme.parameters().memoryKiB(),
                            scheme.parameters().iterations(), scheme.parameters().parallelism(),
                            Base64.getEncoder().encodeToString(scheme.salt()), scheme.tokenLength()),
                    new Manifest.Policy(settings.policy().minGpuYears()), recordCount, Math.toIntExact(tokens.size()),
                    Math.toIntExact(photoCount), tokenTypes, List.copyOf(report.pairsDroppedByType().keySet()),
                    new Manifest.Content(PackFile.sha256Hex(bodyFile), bodyBytes));
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

        @Override
        public void close() throws IOException {
            recordFile.close();
            photoFile.close();
            tokens.close();
        }
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
