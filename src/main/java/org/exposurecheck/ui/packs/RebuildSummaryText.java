package org.exposurecheck.ui.packs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exposurecheck.store.IndexRebuild;
import org.exposurecheck.ui.common.I18n;

/** What rebuilding the list of installed datasets did, in the person's language: listed again, put aside, lost, kept. */
final class RebuildSummaryText {
    private RebuildSummaryText() {
    }

    static String of(IndexRebuild.Result result, I18n i18n) {
        List<String> lines = new ArrayList<>();
        lines.add(i18n.format("packs.index.done", Map.of("count", result.indexed().size())));
        for (IndexRebuild.SetAside aside : result.setAside()) {
            lines.add(i18n.format("packs.index.setAside", Map.of("file", aside.fileName(), "dir", result.setAsideDir().toString(),
                    "reason", aside.reason().in(i18n.locale()))));
        }
        if (!result.notRecovered().isEmpty()) {
            lines.add(i18n.text("packs.index.lost"));
            result.notRecovered().forEach(part -> lines.add("• " + part(part, i18n)));
        }
        result.damagedIndexKept().ifPresent(kept -> lines.add(i18n.format("packs.index.kept", Map.of("file", kept.toString()))));
        return String.join("\n", lines);
    }

    private static String part(IndexRebuild.Part part, I18n i18n) {
        return switch (part) {
            case PUBLISHER_KEYS -> i18n.text("packs.index.part.publisherKeys");
            case PACK_HISTORY -> i18n.text("packs.index.part.packHistory");
            case SETTINGS -> i18n.text("packs.index.part.settings");
            case CATALOGUE_HISTORY -> i18n.text("packs.index.part.catalogueHistory");
            case SAVED_CATALOGUES -> i18n.text("packs.index.part.savedCatalogues");
            case DOWNLOADS_IN_PROGRESS -> i18n.text("packs.index.part.downloads");
            case OTHER -> i18n.text("packs.index.part.other");
        };
    }
}
