package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.exposurecheck.pack.BuildReport;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.TokenTypeAudit;

/** Prints a build report for the curator: what was read, kept, dropped and why, and the audit. */
final class BuildReportText {
    private static final int LISTED_ISSUES = 20;

    private BuildReportText() {
    }

    static void print(BuildReport report, AuditPolicy policy, IssueLocations locations, PrintWriter out) {
        out.println("Records read: " + report.recordsRead() + ", kept: " + report.recordsKept() + ", dropped: "
                + (report.recordsRead() - report.recordsKept()));
        report.recordsDropped().forEach((reason, count) -> out.println("  dropped " + count + ": " + reason));
        out.println("Identifiers read per type (unreadable):");
        report.identifiersRead().forEach((type, count) -> out.println("  " + type.id() + ": " + count
                + " (" + report.identifiersUnreadable().getOrDefault(type, 0L) + ")"));
        if (report.photosKept() > 0) {
            out.println("Photo hashes kept: " + report.photosKept());
        }
        if (report.issueCount() > 0) {
            out.println("Warnings: " + report.issueCount());
            report.issues().stream().limit(LISTED_ISSUES)
                    .forEach(issue -> out.println("  " + locations.location(issue) + ": " + locations.message(issue)));
            if (report.issueCount() > LISTED_ISSUES) {
                out.println("  … and " + (report.issueCount() - LISTED_ISSUES) + " more");
            }
        }
        out.println("Audit (policy: at least " + Numbers.years(policy.minGpuYears()) + " GPU-years per token type):");
        out.println(String.format("  %-30s %10s %12s %12s  %s", "token type", "tokens", "guess space", "GPU-years", "status"));
        for (TokenTypeAudit audit : report.audit()) {
            String tag = audit.type().tag();
            long count = audit.allowed() ? report.tokensByType().getOrDefault(tag, 0L) : report.pairsDroppedByType().getOrDefault(tag, 0L);
            out.println(String.format("  %-30s %10d %12s %12s  %s", tag, count, Numbers.scientific(audit.guessSpace()),
                    Numbers.years(audit.gpuYears()), audit.allowed() ? "shipped" : "DROPPED (below policy)"));
        }
        Map<String, Long> dropped = report.pairsDroppedByType();
        if (!dropped.isEmpty()) {
            out.println("Dropped token types are too cheap to enumerate; their pairs are not in the pack.");
        }
    }
}
