package org.exposurecheck.app;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Date;
import java.util.stream.Collectors;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.CheckedPack;
import org.exposurecheck.match.Confidence;
import org.exposurecheck.match.KeyedGap;
import org.exposurecheck.match.RecordMatch;
import org.exposurecheck.token.TokenType;

/** The sentences of one check's results in the person's language, so the screen and the printed summary say the same. */
public final class ResultsText {
    private final Messages messages;
    private final ReportDigest results;

    public ResultsText(Messages messages, ReportDigest results) {
        this.messages = messages;
        this.results = results;
    }

    public String summary() {
        return results.exposed()
                ? messages.format("results.summary.found", Map.of("details", results.matchedTypes().size(), "datasets", results.byDataset().size()))
                : messages.text("results.summary.notFound");
    }

    public String summaryDetail() {
        if (!results.exposed()) {
            return messages.text("results.summary.notFound.detail");
        }
        boolean onlyPossible = results.byDataset().values().stream().flatMap(List::stream)
                .allMatch(match -> match.confidence() == Confidence.POSSIBLE);
        return messages.text(onlyPossible ? "results.summary.found.possibleOnly" : "results.summary.found.detail");
    }

    /** Which kinds of detail could not be read and so were not checked, if any. */
    public Optional<String> skipped() {
        Set<IdentifierType> skipped = results.skippedTypes();
        return skipped.isEmpty() ? Optional.empty() : Optional.of(messages.format("results.skipped", Map.of("types", typeList(skipped))));
    }

    public String datasetTitle(String title, List<RecordMatch> matches) {
        return matches.get(0).demoPack() ? title + " — " + messages.text("results.demoLabel") : title;
    }

    public String recordHeading(RecordMatch match) {
        return messages.format("results.record.heading", Map.of(
                "category", category(match.record().category()),
                "first", month(match.record().firstSeen()),
                "last", month(match.record().lastSeen()),
                "id", match.record().id()));
    }

    public String recordMatched(RecordMatch match) {
        return messages.format("results.record.matched", Map.of("types", typeList(match.matchedTypes())));
    }

    /** "The record also lists your home address": the kinds it holds beyond those that matched, if any. */
    public Optional<String> recordAlsoLists(RecordMatch match) {
        Set<IdentifierType> others = ReportDigest.alsoListed(match);
        return others.isEmpty() ? Optional.empty() : Optional.of(messages.format("results.record.alsoLists", Map.of("types", typeList(others))));
    }

    public String confidence(RecordMatch match) {
        return messages.text("results.confidence." + match.confidence().id());
    }

    public String scope() {
        List<CheckedPack> packs = results.packsChecked();
        String datasets = packs.stream().map(pack -> pack.demo() ? pack.title() + " (" + messages.text("results.demoLabel") + ")" : pack.title())
                .collect(Collectors.joining(", "));
        return messages.format("results.scope.checked", Map.of("types", typeList(results.checkedTypes()), "count", packs.size(), "datasets", datasets));
    }

    /**
     * The sentence for a pack whose keyed-only details this check did not look up, with why: the person did not allow
     * online lookups for it, or its service gave no usable answer. "Not found" never covers these.
     */
    public String keyedGap(KeyedGap gap) {
        String types = gap.types().stream().map(this::pairName).distinct().collect(Collectors.joining(messages.text("list.separator")));
        return gap.failure().map(failure -> messages.format("results.keyed.failed", Map.of("title", gap.packTitle(), "types", types,
                        "reason", failure.in(messages.locale()))))
                .orElseGet(() -> messages.format("results.keyed.notAllowed", Map.of("title", gap.packTitle(), "types", types)));
    }

    /** "name + date of birth": a keyed pair by the kinds of detail it joins, in the order of {@link IdentifierType}. */
    private String pairName(TokenType pair) {
        return pair.kinds().stream().map(FormKind::type).sorted().distinct().map(type -> messages.text("type." + type.id()))
                .collect(Collectors.joining(" + "));
    }

    /** A month and year, "Aug 2019" / "2019年8月": packs keep only the month a record was seen, so a day would claim too much. */
    public String month(LocalDate date) {
        if (date == null) {
            return messages.text("date.unknown");
        }
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMM", ULocale.forLocale(messages.locale()));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    public String date(LocalDate date) {
        return date == null ? messages.text("date.unknown") : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()));
    }

    /** In the order of {@link IdentifierType}, the same on every run (a match's set has no order of its own). */
    private String typeList(Set<IdentifierType> types) {
        return types.stream().sorted().map(type -> messages.text("type." + type.id())).collect(Collectors.joining(messages.text("list.separator")));
    }

    private String category(String category) {
        if (category == null) {
            return messages.text("category.unknown");
        }
        String key = "category." + category.replace(' ', '_');
        return messages.bundle().containsKey(key) ? messages.text(key) : category;
    }
}
