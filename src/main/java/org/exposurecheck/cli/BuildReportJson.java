package org.exposurecheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.exposurecheck.pack.BuildReport;
import org.exposurecheck.pack.Json;
import org.exposurecheck.pack.ingest.SourceIssue;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.TokenTypeAudit;

/**
 * {@code pack build --report FILE}: the build report as JSON for a curator's records or scripts. Like the
 * printed report it holds counts, reasons, locations and the audit, never a personal value, and no page
 * address or path unless {@code --report-urls} (see {@link IssueLocations}).
 */
final class BuildReportJson {
    private BuildReportJson() {
    }

    static byte[] bytes(BuildReport report, AuditPolicy policy, IssueLocations locations) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("records_read", report.recordsRead());
        root.put("records_kept", report.recordsKept());
        root.put("records_dropped", report.recordsRead() - report.recordsKept());
        ObjectNode dropped = root.putObject("drop_reasons");
        report.recordsDropped().forEach(dropped::put);
        ObjectNode identifiers = root.putObject("identifiers");
        report.identifiersRead().forEach((type, count) -> identifiers.putObject(type.id()).put("read", count)
                .put("unreadable", report.identifiersUnreadable().getOrDefault(type, 0L)));
        root.put("photo_hashes", report.photosKept());
        root.put("warning_count", report.issueCount());
        ArrayNode warnings = root.putArray("warnings");
        for (SourceIssue issue : report.issues()) {
            warnings.addObject().put("location", locations.location(issue)).put("message", locations.message(issue));
        }
        ObjectNode audit = root.putObject("audit");
        audit.put("min_gpu_years", policy.minGpuYears());
        ArrayNode types = audit.putArray("token_types");
        for (TokenTypeAudit row : report.audit()) {
            String tag = row.type().tag();
            types.addObject().put("type", tag).put("status", row.allowed() ? "shipped" : "dropped")
                    .put("count", row.allowed() ? report.tokensByType().getOrDefault(tag, 0L)
                            : report.pairsDroppedByType().getOrDefault(tag, 0L))
                    .put("guess_space", row.guessSpace()).put("gpu_years", row.gpuYears());
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
