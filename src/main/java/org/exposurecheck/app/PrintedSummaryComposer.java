package org.exposurecheck.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exposurecheck.match.CheckedPack;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.report.Advice;
import org.exposurecheck.report.Helplines;
import org.exposurecheck.report.PrintedSummary;
import org.exposurecheck.report.PrintedSummary.Block;
import org.exposurecheck.report.PrintedSummary.Style;
import org.exposurecheck.report.StepsDone;

/** Puts one check's results into a document a clinic can print or hand over, in the language the person chose. */
public final class PrintedSummaryComposer {
    private final Messages messages;
    private final ResultsText text;
    private final List<Block> blocks = new ArrayList<>();

    private PrintedSummaryComposer(Messages messages, ResultsText text) {
        this.messages = messages;
        this.text = text;
    }

    /** The summary of {@code report} in {@code language}, dated {@code today}: the same for the app and the command line. */
    public static PrintedSummary compose(ExposureReport report, Locale language, LocalDate today) {
        return compose(report, language, today, StepsDone.NONE);
    }

    /** {@code done}: the steps of the advice a saved profile's checklist marks as done, shown as such. */
    public static PrintedSummary compose(ExposureReport report, Locale language, LocalDate today, StepsDone done) {
        return compose(report, Messages.in(language), today, done);
    }

    private static PrintedSummary compose(ExposureReport report, Messages messages, LocalDate today, StepsDone done) {
        ReportDigest results = new ReportDigest(report);
        PrintedSummaryComposer composer = new PrintedSummaryComposer(messages, new ResultsText(messages, results));
        composer.introduce(report, today);
        composer.summarise(results);
        composer.describeRecords(results);
        composer.giveAdvice(report, done);
        composer.listHelplines();
        composer.describeScope();
        return new PrintedSummary(messages.text("summary.title"), composer.blocks);
    }

    private void introduce(ExposureReport report, LocalDate today) {
        add(Style.NOTE, messages.format("summary.made", Map.of("date", text.date(today))));
        if (report.packsChecked().stream().anyMatch(CheckedPack::demo)) {
            add(Style.NOTE, messages.text("banner.demo"));
        }
    }

    private void summarise(ReportDigest results) {
        add(Style.HEADING, text.summary());
        add(Style.BODY, text.summaryDetail());
        text.skipped().ifPresent(skipped -> add(Style.NOTE, skipped));
        results.keyedGaps().forEach(gap -> add(Style.NOTE, text.keyedGap(gap)));
    }

    private void describeRecords(ReportDigest results) {
        if (!results.exposed()) {
            return;
        }
        add(Style.HEADING, messages.text("summary.records"));
        results.byDataset().forEach((title, matches) -> {
            add(Style.SUBHEADING, text.datasetTitle(title, matches));
            matches.forEach(match -> {
                add(Style.BODY, text.recordHeading(match));
                add(Style.BODY, text.recordMatched(match));
                text.recordAlsoLists(match).ifPresent(others -> add(Style.BODY, others));
                add(Style.NOTE, text.confidence(match));
            });
        });
    }

    private void giveAdvice(ExposureReport report, StepsDone done) {
        List<Advice.Item> items = Advice.forTypes(Advice.exposedTypes(report), messages.locale());
        if (items.isEmpty()) {
            return;
        }
        add(Style.HEADING, messages.text("results.advice.heading"));
        for (Advice.Item item : items) {
            add(Style.SUBHEADING, item.title());
            for (int step = 1; step <= item.steps().size(); step++) {
                add(Style.BULLET, done.bullet(item, step, messages.locale()));
            }
        }
    }

    private void listHelplines() {
        add(Style.HEADING, messages.text("results.help.heading"));
        for (Helplines.Helpline helpline : Helplines.all(messages.locale())) {
            add(Style.SUBHEADING, helpline.name());
            add(Style.BODY, helpline.description());
            add(Style.BODY, helpline.contact());
        }
    }

    private void describeScope() {
        add(Style.HEADING, messages.text("results.scope.heading"));
        add(Style.BODY, text.scope());
        add(Style.BODY, messages.text("results.scope.notSafe"));
    }

    private void add(Style style, String paragraph) {
        blocks.add(new Block(style, paragraph));
    }
}
