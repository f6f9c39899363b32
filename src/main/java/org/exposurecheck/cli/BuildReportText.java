package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exposurecheck.pack.BuildReport;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.PairPlanner;
import org.exposurecheck.token.RecordShape;

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
            out.println("Photo hashes kept: " + report.photosKept() + " (--photos). A photo hash is fast and unsalted: anyone holding"
                    + " the same picture, often a reposted social-media photo, can find the record.");
        }
        if (report.photosLeftOut() > 0) {
            out.println("Photo hashes left out: " + report.photosLeftOut() + ". They ship only with --photos, because anyone holding"
                    + " the same picture can find the record.");
        }
        report.labelsRefused().forEach((reason, count) -> out.println("Labels left out: " + count + " that " + reason + "."));
        if (report.labelsMadeOther() > 0) {
            out.println("Labels shipped as \"other\": " + report.labelsMadeOther() + " used by too few records ("
                    + report.recordsWithLabelMadeOther() + " records in all).");
        }
        if (report.issueCount() > 0) {
            out.println("Warnings: " + report.issueCount());
            report.issues().stream().limit(LISTED_ISSUES)
                    .forEach(issue -> out.println("  " + locations.location(issue) + ": " + locations.message(issue)));
            if (report.issueCount() > LISTED_ISSUES) {
                out.println("  … and " + (report.issueCount() - LISTED_ISSUES) + " more");
            }
        }
        out.println("Audit (attacker model v2, docs/guess-spaces.md; policy: at least " + Numbers.years(policy.minGpuYears())
                + " GPU-years for the cheapest entry into a record and for every step to a new strong identifier):");
        report.audit().ifPresent(audit -> AuditText.print(audit, report.tokensByType(), "  ", out));
        report.keyedAudit().ifPresent(keyed -> AuditText.printKeyed(keyed, "  ", out));
        Map<String, Long> byEntry = report.pairsDropped(PairPlanner.Reason.ENTRY);
        Map<String, Long> byChain = report.pairsDropped(PairPlanner.Reason.CHAIN);
        Map<String, Long> byLimit = report.pairsDropped(PairPlanner.Reason.LIMIT);
        Set<String> dropped = new TreeSet<>(report.pairsDroppedByType().keySet());
        if (!dropped.isEmpty()) {
            out.println("  Pairs left out (cheaper than the policy to guess / would open a chain to another strong identifier"
                    + " / beyond the " + RecordShape.MAX_TOKENS + " tokens one record may ship):");
            for (String type : dropped) {
                out.println(String.format("  %-30s %10d %10d %10d", type, byEntry.getOrDefault(type, 0L), byChain.getOrDefault(type, 0L),
                        byLimit.getOrDefault(type, 0L)));
            }
        }
    }
}
