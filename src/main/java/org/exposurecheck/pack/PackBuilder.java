package org.exposurecheck.pack;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
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
 * opaque random id, its category, dates, source label and the set of identifier types it held.
 * Records are derived in batches, so memory holds one batch of personal values at a time.
 */
public final class PackBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(PackBuilder.class);
    static final String DROPPED_NO_IDENTIFIERS = "no readable identifiers";
    static final String DROPPED_NO_ALLOWED_PAIR = "no identifier pair the audit policy allows (a single weak identifier, or only weak pairs)";
    private static final int BATCH_TOKENS = 4096;

    private final Normaliser normaliser;
    private final TokenDeriver deriver;
    private final SecureRandom random;

    public PackBuilder(Normaliser normaliser, TokenDeriver deriver, SecureRandom random) {
        this.normaliser = normaliser;
        this.deriver = deriver;
        this.random = random;
    }

    /** The finished pack file, its report, and (for the curator's evaluation only) source id → record id. */
    public record Result(byte[] pack, Manifest manifest, BuildReport report, Map<String, String> recordIdsBySourceId) {
    }

    public Result build(RecordSource source, PackSettings settings, SigningKey key, Progress progress, CancelSignal cancel)
            throws PackException {
        byte[] salt = new byte[Argon2PairScheme.SALT_LENGTH];
        random.nextBytes(salt);
        Argon2PairScheme scheme = new Argon2PairScheme(settings.kdf(), salt);
        List<TokenTypeAudit> audits = Audit.candidates(scheme.costRelativeToReference(), settings.policy());
        Set<TokenType> allowed = audits.stream().filter(TokenTypeAudit::allowed).map(TokenTypeAudit::type).collect(Collectors.toSet());

        Run run = new Run(scheme, allowed, settings, progress, cancel);
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
        if (run.records.isEmpty()) {
            throw new PackException("No record in the input could be used, so no pack was written; see the report for why.");
        }
        run.report.audit(audits.stream().filter(a -> run.seenTypes.contains(a.type())).toList());
        return run.finish(key);
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
    private final class Run {
        final Argon2PairScheme scheme;
        final Set<TokenType> allowed;
        final PackSettings settings;
        final Progress progress;
        final CancelSignal cancel;
        final BuildReport report = new BuildReport();
        final List<PackRecord> records = new ArrayList<>();
        final Map<String, String> recordIdsBySourceId = new HashMap<>();
        final Set<String> usedIds = new HashSet<>();
        final Set<TokenType> seenTypes = new HashSet<>();
        final List<TokenInput> batch = new ArrayList<>();
        final List<Integer> batchRecords = new ArrayList<>();
        final TokenBuffer tokens = new TokenBuffer(Argon2PairScheme.TOKEN_LENGTH);
        long tokensPlanned;

        Run(Argon2PairScheme scheme, Set<TokenType> allowed, PackSettings settings, Progress progress, CancelSignal cancel) {
            this.scheme = scheme;
            this.allowed = allowed;
            this.settings = settings;
            this.progress = progress;
            this.cancel = cancel;
        }

        void add(SourceRecord record) {
            cancel.throwIfCancelled();
            report.recordRead();
            Map<FormKind, Set<String>> forms = new EnumMap<>(FormKind.class);
            Set<IdentifierType> types = EnumSet.noneOf(IdentifierType.class);
            for (Identifier identifier : record.identifiers()) {
                types.add(identifier.type());
                if (identifier.type() == IdentifierType.PHOTO) {
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
            if (forms.isEmpty()) {
                report.recordDropped(DROPPED_NO_IDENTIFIERS);
                return;
            }
            List<TokenInput> inputs = inputs(forms);
            if (inputs.isEmpty()) {
                report.recordDropped(DROPPED_NO_ALLOWED_PAIR);
                return;
            }
            int index = records.size();
            String id = newRecordId();
            records.add(new PackRecord(id, record.category(),
                    record.source() != null ? record.source() : settings.sourceLabel(),
                    record.firstSeen(), record.lastSeen(), types));
            if (record.sourceId() != null) {
                recordIdsBySourceId.put(record.sourceId(), id);
            }
            report.recordKept();
            for (TokenInput input : inputs) {
                batch.add(input);
                batchRecords.add(index);
                report.tokens(input.type(), 1);
            }
            tokensPlanned += inputs.size();
            if (batch.size() >= BATCH_TOKENS) {
                flush();
            }
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
            long before = tokens.size();
            List<byte[]> derived = deriver.derive(scheme, batch, (done, total) -> progress.update(before + done, tokensPlanned), cancel);
            for (int i = 0; i < derived.size(); i++) {
                tokens.add(derived.get(i), batchRecords.get(i));
            }
            batch.clear();
            batchRecords.clear();
        }

        String newRecordId() {
            byte[] bytes = new byte[PackBody.RECORD_ID_BYTES];
            String id;
            do {
                random.nextBytes(bytes);
                id = HexFormat.of().formatHex(bytes);
            } while (!usedIds.add(id));
            return id;
        }

        Result finish(SigningKey key) {
            // Shuffle so the order of records in the pack says nothing about the order of the source.
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            int[] newIndex = new int[records.size()];
            List<PackRecord> shuffled = new ArrayList<>(records.size());
            for (int position = 0; position < order.size(); position++) {
                newIndex[order.get(position)] = position;
                shuffled.add(records.get(order.get(position)));
            }
            TokenIndex index = tokens.toIndex(newIndex);
            byte[] body = new PackBody(shuffled, index).encode();
            Map<String, Integer> tokenTypes = new TreeMap<>();
            report.tokensByType().forEach((type, count) -> tokenTypes.put(type, Math.toIntExact(count)));
            Manifest manifest = new Manifest(Manifest.FORMAT, settings.id(), settings.title(), settings.sourceLabel(),
                    key.publicKey().idHex(), settings.sequence(), settings.created(), settings.expires(), settings.demo(),
                    Normaliser.VERSION,
                    new Manifest.Scheme(scheme.name(), "argon2id", scheme.parameters().memoryKiB(),
                            scheme.parameters().iterations(), scheme.parameters().parallelism(),
                            Base64.getEncoder().encodeToString(scheme.salt()), scheme.tokenLength()),
                    new Manifest.Policy(settings.policy().minGpuYears()), shuffled.size(), index.size(), tokenTypes,
                    List.copyOf(report.pairsDroppedByType().keySet()),
                    new Manifest.Content(PackFile.sha256Hex(body), body.length));
            LOG.info("Built pack {} sequence {}: {} of {} records kept, {} tokens, {} warnings", settings.id(), settings.sequence(),
                    report.recordsKept(), report.recordsRead(), index.size(), report.issueCount());
            return new Result(PackFile.write(manifest, body, key), manifest, report, Map.copyOf(recordIdsBySourceId));
        }
    }
}
