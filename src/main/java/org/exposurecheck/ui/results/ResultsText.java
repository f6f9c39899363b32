package org.exposurecheck.ui.results;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.CheckedPack;
import org.exposurecheck.match.Confidence;
import org.exposurecheck.match.RecordMatch;
import org.exposurecheck.ui.common.I18n;

/** The sentences of one check's results in the person's language, so the screen and the printed summary say the same. */
final class ResultsText {
    private final I18n i18n;
    private final ResultsViewModel results;

    ResultsText(I18n i18n, ResultsViewModel results) {
        this.i18n = i18n;
        this.results = results;
    }

    String summary() {
        return results.exposed()
                ? i18n.format("results.summary.found", Map.of("details", results.matchedTypes().size(), "datasets", results.byDataset().size()))
                : i18n.text("results.summary.notFound");
    }

    String summaryDetail() {
        if (!results.exposed()) {
            return i18n.text("results.summary.notFound.detail");
        }
        boolean onlyPossible = results.byDataset().values().stream().flatMap(List::stream)
                .allMatch(match -> match.confidence() == Confidence.POSSIBLE);
        return i18n.text(onlyPossible ? "results.summary.found.possibleOnly" : "results.summary.found.detail");
    }

    /** Which kinds of detail could not be read and so were not checked, if any. */
    Optional<String> skipped() {
        Set<IdentifierType> skipped = results.skippedTypes();
        return skipped.isEmpty() ? Optional.empty() : Optional.of(i18n.format("results.skipped", Map.of("types", typeList(skipped))));
    }

    String datasetTitle(String title, List<RecordMatch> matches) {
        return matches.get(0).demoPack() ? title + " — " + i18n.text("results.demoLabel") : title;
    }

    String recordHeading(RecordMatch match) {
        return i18n.format("results.record.heading", Map.of(
                "category", category(match.record().category()),
                "first", date(match.record().firstSeen()),
                "last", date(match.record().lastSeen()),
                "id", match.record().id()));
    }

    String recordMatched(RecordMatch match) {
        return i18n.format("results.record.matched", Map.of("types", typeList(match.matchedTypes())));
    }

    /** "The record also lists your home address": the kinds it holds beyond those that matched, if any. */
    Optional<String> recordAlsoLists(RecordMatch match) {
        Set<IdentifierType> others = ResultsViewModel.alsoListed(match);
        return others.isEmpty() ? Optional.empty() : Optional.of(i18n.format("results.record.alsoLists", Map.of("types", typeList(others))));
    }

    String confidence(RecordMatch match) {
        return i18n.text("results.confidence." + match.confidence().id());
    }

    String scope() {
        List<CheckedPack> packs = results.packsChecked();
        String datasets = packs.stream().map(pack -> pack.demo() ? pack.title() + " (" + i18n.text("results.demoLabel") + ")" : pack.title())
                .collect(Collectors.joining(", "));
        return i18n.format("results.scope.checked", Map.of("types", typeList(results.checkedTypes()), "count", packs.size(), "datasets", datasets));
    }

    String date(LocalDate date) {
        return date == null ? i18n.text("date.unknown") : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale()));
    }

    /** In the order of {@link IdentifierType}, the same on every run (a match's set has no order of its own). */
    private String typeList(Set<IdentifierType> types) {
        return types.stream().sorted().map(type -> i18n.text("type." + type.id())).collect(Collectors.joining(i18n.text("list.separator")));
    }

    private String category(String category) {
        if (category == null) {
            return i18n.text("category.unknown");
        }
        String key = "category." + category.replace(' ', '_');
        return i18n.bundle().containsKey(key) ? i18n.text(key) : category;
    }
}
