package org.exposurecheck.ui.packs;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.update.UpdateSummary;

/** The honest end of an update, in the person's language: what was updated, already current, and what failed and why. */
final class UpdateSummaryText {
    private UpdateSummaryText() {
    }

    static String of(UpdateSummary summary, I18n i18n) {
        StringBuilder text = new StringBuilder();
        if (summary.catalogue().isEmpty()) {
            text.append(i18n.text("updates.summary.noCatalogue"));
        } else {
            UpdateSummary.CatalogueUsed catalogue = summary.catalogue().get();
            text.append(i18n.format("updates.summary.catalogue", Map.of("mirror", catalogue.mirror(),
                    "fingerprint", catalogue.publisherFingerprint())));
            line(text, i18n, "updates.summary.updated", summary.withStatus(UpdateSummary.Status.UPDATED));
            line(text, i18n, "updates.summary.installed", summary.withStatus(UpdateSummary.Status.INSTALLED));
            line(text, i18n, "updates.summary.current", summary.withStatus(UpdateSummary.Status.CURRENT));
            line(text, i18n, "updates.summary.cancelled", summary.withStatus(UpdateSummary.Status.CANCELLED));
            for (UpdateSummary.PackOutcome failed : summary.withStatus(UpdateSummary.Status.FAILED)) {
                text.append('\n').append(i18n.format("updates.summary.failed", Map.of("title", failed.title(),
                        "reason", failed.reason().orElseThrow().in(i18n.locale()))));
            }
        }
        for (UpdateSummary.MirrorProblem problem : summary.mirrorProblems()) {
            String what = problem.packId().orElseGet(() -> i18n.text("updates.summary.mirrorProblem.catalogue"));
            text.append('\n').append(i18n.format("updates.summary.mirrorProblem", Map.of("mirror", problem.mirror(),
                    "what", what, "reason", problem.reason().in(i18n.locale()))));
        }
        text.append('\n').append(i18n.text(summary.complete() ? "updates.summary.complete"
                : summary.cancelled() ? "updates.summary.wasCancelled" : "updates.summary.incomplete"));
        return text.toString();
    }

    private static void line(StringBuilder text, I18n i18n, String key, List<UpdateSummary.PackOutcome> packs) {
        if (!packs.isEmpty()) {
            String titles = packs.stream().map(UpdateSummary.PackOutcome::title).collect(Collectors.joining(i18n.text("list.separator")));
            text.append('\n').append(i18n.format(key, Map.of("titles", titles)));
        }
    }
}
