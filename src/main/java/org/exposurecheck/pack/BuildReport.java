package org.exposurecheck.pack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.exposurecheck.identity.IdentifierType;
import java.util.Optional;
import org.exposurecheck.pack.ingest.SourceIssue;
import org.exposurecheck.token.KeyedAudit;
import org.exposurecheck.token.PackAudit;
import org.exposurecheck.token.PairPlanner;
import org.exposurecheck.token.TokenType;

/** What a build did with its input: counts, reasons, warnings, left-out labels and photos, and the audit. Holds no personal values. */
public final class BuildReport {
    public BuildReport() {
        // Filled by the pack builder as it reads.
    }

    static final int MAX_LISTED_ISSUES = 500;

    private long recordsRead;
    private long recordsKept;
    private final Map<String, Long> recordsDropped = new TreeMap<>();
    private final Map<IdentifierType, Long> identifiersRead = new EnumMap<>(IdentifierType.class);
    private final Map<IdentifierType, Long> identifiersUnreadable = new EnumMap<>(IdentifierType.class);
    private final List<SourceIssue> issues = new ArrayList<>();
    private long issueCount;
    private long photosKept;
    private long photosLeftOut;
    private final Map<String, Long> labelsRefused = new TreeMap<>();
    private long labelsMadeOther;
    private long recordsWithLabelMadeOther;
    private final Map<String, Long> tokensByType = new TreeMap<>();
    private final Map<String, Long> pairsDroppedByType = new TreeMap<>();
    private final Map<PairPlanner.Reason, Map<String, Long>> pairsDroppedByReason = new EnumMap<>(PairPlanner.Reason.class);
    private PackAudit audit;
    private final Map<TokenType, Long> keyedTokensByType = new TreeMap<>(java.util.Comparator.comparing(TokenType::tag));
    private KeyedAudit keyedAudit;

    void recordRead() {
        recordsRead++;
    }

    void recordKept() {
        recordsKept++;
    }

    void recordDropped(String reason) {
        recordsDropped.merge(reason, 1L, Long::sum);
    }

    void identifierRead(IdentifierType type, boolean readable) {
        identifiersRead.merge(type, 1L, Long::sum);
        if (!readable) {
            identifiersUnreadable.merge(type, 1L, Long::sum);
        }
    }

    void issue(SourceIssue issue) {
        issueCount++;
        if (issues.size() < MAX_LISTED_ISSUES) {
            issues.add(issue);
        }
    }

    void photosKept(long count) {
        photosKept += count;
    }

    void photosLeftOut(long count) {
        photosLeftOut += count;
    }

    void labelRefused(String reason) {
        labelsRefused.merge(reason, 1L, Long::sum);
    }

    /** One distinct label, used by {@code records} records, shipped as "other" because too few share it. */
    void labelMadeOther(long records) {
        labelsMadeOther++;
        recordsWithLabelMadeOther += records;
    }

    void tokens(TokenType type, long count) {
        tokensByType.merge(type.tag(), count, Long::sum);
    }

    void pairsDropped(TokenType type, PairPlanner.Reason reason, long count) {
        pairsDroppedByType.merge(type.tag(), count, Long::sum);
        pairsDroppedByReason.computeIfAbsent(reason, r -> new TreeMap<>()).merge(type.tag(), count, Long::sum);
    }

    void audit(PackAudit packAudit) {
        this.audit = packAudit;
    }

    void keyedTokens(TokenType type, long count) {
        keyedTokensByType.merge(type, count, Long::sum);
    }

    void keyedAudit(KeyedAudit keyed) {
        this.keyedAudit = keyed;
    }

    public long recordsRead() {
        return recordsRead;
    }

    public long recordsKept() {
        return recordsKept;
    }

    public Map<String, Long> recordsDropped() {
        return Collections.unmodifiableMap(recordsDropped);
    }

    public Map<IdentifierType, Long> identifiersRead() {
        return Collections.unmodifiableMap(identifiersRead);
    }

    public Map<IdentifierType, Long> identifiersUnreadable() {
        return Collections.unmodifiableMap(identifiersUnreadable);
    }

    /** The first {@value #MAX_LISTED_ISSUES} issues; {@link #issueCount()} counts them all. */
    public List<SourceIssue> issues() {
        return Collections.unmodifiableList(issues);
    }

    public long issueCount() {
        return issueCount;
    }

    /** Photo hashes stored in the pack (after removing a record's exact duplicates). */
    public long photosKept() {
        return photosKept;
    }

    /** Photo hashes read but not shipped, because the build did not opt in with --photos. */
    public long photosLeftOut() {
        return photosLeftOut;
    }

    /** Category and source labels left out, by reason (never the label itself). */
    public Map<String, Long> labelsRefused() {
        return Collections.unmodifiableMap(labelsRefused);
    }

    /** Distinct labels shipped as "other" because too few records shared them. */
    public long labelsMadeOther() {
        return labelsMadeOther;
    }

    public long recordsWithLabelMadeOther() {
        return recordsWithLabelMadeOther;
    }

    public Map<String, Long> tokensByType() {
        return Collections.unmodifiableMap(tokensByType);
    }

    /** Pairs the data held but the policy did not let ship, by token type. */
    public Map<String, Long> pairsDroppedByType() {
        return Collections.unmodifiableMap(pairsDroppedByType);
    }

    /** Pairs not shipped for one reason (too cheap to enter, or a chain), by token type. */
    public Map<String, Long> pairsDropped(PairPlanner.Reason reason) {
        return Collections.unmodifiableMap(pairsDroppedByReason.getOrDefault(reason, Map.of()));
    }

    /** The audit of the shipped pack, as a client repeats it from the manifest; empty until the build has read its input. */
    public Optional<PackAudit> audit() {
        return Optional.ofNullable(audit);
    }

    /** Keyed tokens by type ({@code pack build --keyed-key}); empty for an offline-only build. */
    public Map<TokenType, Long> keyedTokensByType() {
        return Collections.unmodifiableMap(keyedTokensByType);
    }

    /** The audit of the keyed tokens: online only, bounded by the service's daily limit; empty without a keyed tier. */
    public Optional<KeyedAudit> keyedAudit() {
        return Optional.ofNullable(keyedAudit);
    }
}
