package org.exposurecheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.report.Advice;
import org.exposurecheck.report.PrintedSummary;
import org.exposurecheck.report.PrintedSummary.Block;
import org.exposurecheck.report.PrintedSummary.Style;
import org.exposurecheck.report.StepsDone;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.ui.form.DemoPersonas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The printed summary follows the results screen: found or not, it says what to do, whom to ask and what was checked. */
class PrintedSummaryComposerTest {
    private static final TokenDeriver DERIVER = new TokenDeriver();

    @AfterAll
    static void closeDeriver() {
        DERIVER.close();
    }

    @Test
    void anExposedPersonsSummaryGoesFromTheAnswerToRecordsAdviceHelpAndScope() throws ExplainedException {
        PrintedSummary summary = PrintedSummaryComposer.compose(check("exposed"), Locale.ENGLISH, LocalDate.of(2026, 12, 2));

        assertThat(summary.title()).isEqualTo("Exposure Check: summary of a check");
        assertThat(headings(summary)).containsExactly(text(summary, Style.HEADING, 0), "Where your details appear",
                "What you can do", "Where to get help", "What was checked");
        assertThat(text(summary, Style.HEADING, 0)).matches("\\d+ of your details appears? in 1 dataset\\.");
        assertThat(summary.blocks()).contains(new Block(Style.NOTE, Messages.in(Locale.ENGLISH).text("banner.demo")))
                .anyMatch(block -> block.style() == Style.BULLET)
                .anyMatch(block -> block.text().startsWith("Your details that matched: "));
        assertThat(summary.blocks().get(0).text()).startsWith("Made on Dec 2, 2026.");
    }

    @Test
    void aPersonNotFoundIsToldHonestlyWhatWasAndWasNotChecked() throws ExplainedException {
        PrintedSummary summary = PrintedSummaryComposer.compose(check("absent"), Locale.ENGLISH, LocalDate.of(2026, 12, 2));

        assertThat(headings(summary)).containsExactly(Messages.in(Locale.ENGLISH).text("results.summary.notFound"), "Where to get help", "What was checked");
        assertThat(summary.blocks()).extracting(Block::text).contains(Messages.in(Locale.ENGLISH).text("results.scope.notSafe"))
                .noneMatch(text -> text.startsWith("Your details that matched"));
    }

    @Test
    void theSummaryIsInTheLanguageChosen() throws ExplainedException {
        Messages chinese = Messages.in(Locale.forLanguageTag("zh-CN"));
        PrintedSummary summary = PrintedSummaryComposer.compose(check("exposed"), chinese.locale(), LocalDate.of(2026, 12, 2));

        assertThat(summary.title()).isEqualTo("个人资料外泄检查：检查摘要");
        assertThat(headings(summary)).contains("你的资料出现在哪里", chinese.text("results.advice.heading"));
    }

    @Test
    void stepsTheSavedChecklistMarksDoneArePrintedAsDoneAndTheOthersAsTheyAre() throws ExplainedException {
        ExposureReport report = check("exposed");
        IdentifierType kind = Advice.exposedTypes(report).iterator().next();
        List<String> steps = Advice.forTypes(List.of(kind), Locale.ENGLISH).get(0).steps();

        PrintedSummary plain = PrintedSummaryComposer.compose(report, Locale.ENGLISH, LocalDate.of(2026, 12, 2));
        PrintedSummary ticked = PrintedSummaryComposer.compose(report, Locale.ENGLISH, LocalDate.of(2026, 12, 2),
                new StepsDone(Map.of(kind, Set.of(1))));

        assertThat(bullets(plain)).contains(steps.get(0), steps.get(1)).noneMatch(bullet -> bullet.startsWith("Done: "));
        assertThat(bullets(ticked)).contains("Done: " + steps.get(0), steps.get(1)).doesNotContain(steps.get(0));
        assertThat(ticked.blocks()).hasSameSizeAs(plain.blocks());
    }

    private static List<String> bullets(PrintedSummary summary) {
        return summary.blocks().stream().filter(block -> block.style() == Style.BULLET).map(Block::text).toList();
    }

    private static ExposureReport check(String kind) throws ExplainedException {
        DemoPersonas.Persona persona = DemoPersonas.load().stream().filter(p -> p.kind().equals(kind)).findFirst().orElseThrow();
        return new MatchEngine(new Normaliser(), DERIVER).check(persona.profile(), List.of(BundledDemo.pack(Instant.now())),
                Progress.NONE, new CancelSignal());
    }

    private static List<String> headings(PrintedSummary summary) {
        return summary.blocks().stream().filter(block -> block.style() == Style.HEADING).map(Block::text).toList();
    }

    private static String text(PrintedSummary summary, Style style, int index) {
        return summary.blocks().stream().filter(block -> block.style() == style).map(Block::text).toList().get(index);
    }
}
