package org.exposurecheck.ui.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exposurecheck.match.CheckedPack;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.report.Advice;
import org.exposurecheck.report.Helplines;
import org.exposurecheck.report.PrintedSummary;
import org.exposurecheck.report.PrintedSummary.Block;
import org.exposurecheck.report.PrintedSummary.Style;
import org.exposurecheck.report.StepsDone;
import org.exposurecheck.ui.common.I18n;

/** Puts one check's results into a document a clinic can print or hand over, in the language the person chose. */
final class PrintedSummaryComposer {
    private final I18n i18n;
    private final ResultsText text;
    private final List<Block> blocks = new ArrayList<>();

    private PrintedSummaryComposer(I18n i18n, ResultsText text) {
        this.i18n = i18n;
        this.text = text;
    }

    static PrintedSummary compose(ExposureReport report, I18n i18n, LocalDate today) {
        return compose(report, i18n, today, StepsDone.NONE);
    }

    /** {@code done}: the steps of the advice a saved profile's checklist marks as done, shown as such. */
    static PrintedSummary compose(ExposureReport report, I18n i18n, LocalDate today, StepsDone done) {
        ResultsViewModel results = new ResultsViewModel(report);
        PrintedSummaryComposer composer = new PrintedSummaryComposer(i18n, new ResultsText(i18n, results));
        composer.introduce(report, today);
        composer.summarise(results);
        composer.describeRecords(results);
        composer.giveAdvice(report, done);
        composer.listHelplines();
        composer.describeScope();
        return new PrintedSummary(i18n.text("summary.title"), composer.blocks);
    }

    private void introduce(ExposureReport report, LocalDate today) {
        add(Style.NOTE, i18n.format("summary.made", Map.of("date", text.date(today))));
        if (report.packsChecked().stream().anyMatch(CheckedPack::demo)) {
            add(Style.NOTE, i18n.text("banner.demo"));
        }
    }

    private void summarise(ResultsViewModel results) {
        add(Style.HEADING, text.summary());
        add(Style.BODY, text.summaryDetail());
        text.skipped().ifPresent(skipped -> add(Style.NOTE, skipped));
    }

    private void describeRecords(ResultsViewModel results) {
        if (!results.exposed()) {
            return;
        }
        add(Style.HEADING, i18n.text("summary.records"));
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
        List<Advice.Item> items = Advice.forTypes(Advice.exposedTypes(report), i18n.locale());
        if (items.isEmpty()) {
            return;
        }
        add(Style.HEADING, i18n.text("results.advice.heading"));
        for (Advice.Item item : items) {
            add(Style.SUBHEADING, item.title());
            for (int step = 1; step <= item.steps().size(); step++) {
                add(Style.BULLET, done.bullet(item, step, i18n.locale()));
            }
        }
    }

    private void listHelplines() {
        add(Style.HEADING, i18n.text("results.help.heading"));
        for (Helplines.Helpline helpline : Helplines.all(i18n.locale())) {
            add(Style.SUBHEADING, helpline.name());
            add(Style.BODY, helpline.description());
            add(Style.BODY, helpline.contact());
        }
    }

    private void describeScope() {
        add(Style.HEADING, i18n.text("results.scope.heading"));
        add(Style.BODY, text.scope());
        add(Style.BODY, i18n.text("results.scope.notSafe"));
    }

    private void add(Style style, String paragraph) {
        blocks.add(new Block(style, paragraph));
    }
}
