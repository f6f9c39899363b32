package org.exposurecheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.exposurecheck.pack.BuildReport;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.ingest.SourceIssue;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.KeyedAudit;
import org.exposurecheck.token.PackAudit;
import org.exposurecheck.token.PairPlanner;

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
        root.put("photo_hashes_left_out", report.photosLeftOut());
        ObjectNode labels = root.putObject("labels");
        ObjectNode refused = labels.putObject("refused");
        report.labelsRefused().forEach(refused::put);
        labels.put("made_other", report.labelsMadeOther());
        labels.put("records_made_other", report.recordsWithLabelMadeOther());
        root.put("warning_count", report.issueCount());
        ArrayNode warnings = root.putArray("warnings");
        for (SourceIssue issue : report.issues()) {
            warnings.addObject().put("location", locations.location(issue)).put("message", locations.message(issue));
        }
        ObjectNode audit = root.putObject("audit");
        audit.put("min_gpu_years", policy.minGpuYears());
        ArrayNode types = audit.putArray("token_types");
        report.audit().ifPresent(packAudit -> {
            for (PackAudit.TypeCost row : packAudit.types()) {
                types.addObject().put("type", row.type().tag()).put("records", row.records())
                        .put("count", report.tokensByType().getOrDefault(row.type().tag(), 0L))
                        .put("entry_guesses", row.guesses()).put("entry_gpu_years", row.gpuYears());
            }
            packAudit.cheapestChain().ifPresent(chain -> audit.putObject("cheapest_chain").put("entry", chain.entry().tag())
                    .put("step", chain.step().tag()).put("revealed", chain.revealed().tag()).put("guesses", chain.guesses())
                    .put("gpu_years", chain.gpuYears()));
        });
        report.keyedAudit().ifPresent(keyed -> {
            ObjectNode online = audit.putObject("keyed");
            online.put("guesses_per_day", keyed.guessesPerDay());
            online.put("kdf", keyed.kdf().toString());
            ArrayNode rows = online.putArray("token_types");
            for (KeyedAudit.Row row : keyed.rows()) {
                rows.addObject().put("type", row.type().tag()).put("count", row.tokens()).put("guesses", row.guesses())
                        .put("days_to_sweep_at_limit", row.daysAtLimit()).put("stolen_key_gpu_years", row.stolenKeyGpuYears())
                        .put("status", "online only");
            }
        });
        ArrayNode left = audit.putArray("dropped_pairs");
        for (String type : report.pairsDroppedByType().keySet()) {
            left.addObject().put("type", type)
                    .put("below_policy", report.pairsDropped(PairPlanner.Reason.ENTRY).getOrDefault(type, 0L))
                    .put("chain", report.pairsDropped(PairPlanner.Reason.CHAIN).getOrDefault(type, 0L))
                    .put("too_many_in_record", report.pairsDropped(PairPlanner.Reason.LIMIT).getOrDefault(type, 0L));
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
