package org.exposurecheck.pack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.pack.ingest.SourceIssue;
import org.exposurecheck.token.TokenType;
import org.exposurecheck.token.TokenTypeAudit;

/** What a build did with its input: counts, reasons, warnings and the audit. Holds no personal values. */
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
    private final Map<String, Long> tokensByType = new TreeMap<>();
    private final Map<String, Long> pairsDroppedByType = new TreeMap<>();
    private final List<TokenTypeAudit> audit = new ArrayList<>();

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

    void tokens(TokenType type, long count) {
        tokensByType.merge(type.tag(), count, Long::sum);
    }

    void pairsDropped(TokenType type, long count) {
        pairsDroppedByType.merge(type.tag(), count, Long::sum);
    }

    void audit(List<TokenTypeAudit> audits) {
        audit.addAll(audits);
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

    public Map<String, Long> tokensByType() {
        return Collections.unmodifiableMap(tokensByType);
    }

    /** Pairs the data held but the policy did not let ship, by token type. */
    public Map<String, Long> pairsDroppedByType() {
        return Collections.unmodifiableMap(pairsDroppedByType);
    }

    public List<TokenTypeAudit> audit() {
        return Collections.unmodifiableList(audit);
    }
}
