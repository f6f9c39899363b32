package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.update.UpdateSummary;
import org.exposurecheck.update.UpdateSummary.PackOutcome;
import org.exposurecheck.update.UpdateSummary.Status;

/** Prints an update's summary: the catalogue, each pack's outcome, mirror problems, and one honest last line. */
final class UpdateSummaryText {
    private UpdateSummaryText() {
    }

    static void print(UpdateSummary summary, PrintWriter out) {
        summary.catalogue().ifPresent(catalogue -> out.println("Catalogue sequence " + catalogue.sequence() + " from " + catalogue.mirror()
                + ", signed by " + catalogue.publisherFingerprint()
                + ", valid until " + catalogue.expires().toString().substring(0, 10)
                + (catalogue.unchanged() ? "; unchanged since the last update" : "") + "."));
        for (PackOutcome pack : summary.packs()) {
            String name = pack.packId() + " (" + pack.title() + ")";
            out.println(switch (pack.status()) {
                case UPDATED -> "Updated: " + name + " to sequence " + pack.sequence() + ".";
                case INSTALLED -> "Installed: " + name + ", sequence " + pack.sequence() + ".";
                case CURRENT -> "Already current: " + name + ", sequence " + pack.sequence() + ".";
                case FAILED -> "Failed: " + name + ": " + pack.reason().orElseThrow().inEnglish();
                case CANCELLED -> "Cancelled: " + name + ": " + pack.reason().orElseThrow().inEnglish();
            });
        }
        if (!summary.mirrorProblems().isEmpty()) {
            out.println("Problems with mirrors:");
            summary.mirrorProblems().forEach(problem -> out.println("  " + problem.mirror() + " (" + problem.packId().orElse("catalogue") + "): "
                    + problem.reason().inEnglish()));
        }
        if (summary.catalogue().isPresent()) {
            out.println((summary.complete() ? "Update complete: " : "Update incomplete: ") + counts(summary) + ".");
        }
    }

    private static String counts(UpdateSummary summary) {
        List<String> parts = new ArrayList<>();
        for (Status status : Status.values()) {
            int count = summary.withStatus(status).size();
            if (count > 0) {
                parts.add(count + " " + switch (status) {
                    case UPDATED -> "updated";
                    case INSTALLED -> "newly installed";
                    case CURRENT -> "already current";
                    case FAILED -> "failed";
                    case CANCELLED -> "cancelled";
                });
            }
        }
        return parts.isEmpty() ? "the catalogue lists no packs" : String.join(", ", parts);
    }
}
