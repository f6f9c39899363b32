package org.exposurecheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exposurecheck.match.CheckedPack;
import org.exposurecheck.match.KeyedGap;
import org.exposurecheck.token.TokenType;
import org.exposurecheck.update.KeyedRefusal;
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

    /** Issue 11: what a pack holds only for online lookup and this check did not look up is said, on paper too, with why. */
    @Test
    void theSummaryNamesTheKeyedDetailsNotLookedUpAndWhyInEachLanguage() throws Exception {
        ExposureReport report = new ExposureReport("someone", List.of(), List.of(), Set.of(IdentifierType.NAME, IdentifierType.DOB),
                List.of(new CheckedPack("keyed", "Keyed leak", false), new CheckedPack("other", "Other leak", false)), 0, List.of(
                new KeyedGap("keyed", "Keyed leak", List.of(TokenType.fromTag("dob+name").orElseThrow(),
                        TokenType.fromTag("name+plate").orElseThrow()), Optional.empty()),
                new KeyedGap("other", "Other leak", List.of(TokenType.fromTag("email+name").orElseThrow()),
                        Optional.of(KeyedRefusal.UNREACHABLE.sentence("service", "keyed.example.org")))));

        Map<Locale, List<String>> expected = Map.of(
                Locale.ENGLISH, List.of("Not checked in Keyed leak: name + date of birth, name + car number plate. This dataset holds them only for online"
                        + " lookup, and you have not allowed online lookups for it.", "Not checked in Other leak: name + email address. Could not"
                        + " reach the keyed service keyed.example.org. Everything else was checked."),
                Locale.forLanguageTag("zh-HK"), List.of("未在 Keyed leak 中核對：", "而你未有允許為它進行網上查詢。",
                        "未在 Other leak 中核對：", "未能連接密鑰查詢服務 keyed.example.org。其他資料都已核對。"),
                Locale.forLanguageTag("zh-CN"), List.of("未在 Keyed leak 中核对：", "而你尚未允许为它进行在线查询。", "未在 Other leak 中核对："));
        for (Map.Entry<Locale, List<String>> language : expected.entrySet()) {
            PrintedSummary summary = PrintedSummaryComposer.compose(report, language.getKey(), LocalDate.of(2026, 12, 2));
            String notes = summary.blocks().stream().filter(block -> block.style() == Style.NOTE).map(Block::text)
                    .collect(Collectors.joining("\n"));
            assertThat(notes).as("%s", language.getKey()).containsSubsequence(language.getValue());

            Path pdf = Files.createTempFile("summary-", ".pdf");
            try {
                SummaryFile.save(summary, language.getKey(), pdf);
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    String printed = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                    assertThat(printed).as("the PDF of %s", language.getKey())
                            .contains(language.getValue().get(0).replaceAll("\\s+", ""), language.getValue().get(1).replaceAll("\\s+", ""));
                }
            } finally {
                Files.delete(pdf);
            }
        }
    }

    /** Packs keep only the month a record was seen: a record's dates are a month and a year, never a day the pack does not know. */
    @Test
    void recordDatesAreAMonthAndAYearInEachLanguage() throws ExplainedException {
        LocalDate firstOfAugust = LocalDate.of(2019, 8, 1);
        assertThat(text(Locale.ENGLISH).month(firstOfAugust)).isEqualTo("Aug 2019");
        assertThat(text(Locale.forLanguageTag("zh-HK")).month(firstOfAugust)).isEqualTo("2019年8月");
        assertThat(text(Locale.forLanguageTag("zh-CN")).month(firstOfAugust)).isEqualTo("2019年8月");
        assertThat(text(Locale.ENGLISH).month(null)).isEqualTo("unknown");

        ExposureReport report = check("exposed");
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-HK"), Locale.forLanguageTag("zh-CN"))) {
            List<String> headings = PrintedSummaryComposer.compose(report, language, LocalDate.of(2026, 12, 2)).blocks().stream()
                    .map(Block::text).filter(text -> text.contains(report.matches().get(0).record().id())).toList();
            assertThat(headings).as("%s", language).hasSize(1);
            assertThat(headings.get(0)).as("positive control: the full date's form is not there")
                    .contains(text(language).month(report.matches().get(0).record().firstSeen()))
                    .doesNotContain(text(language).date(report.matches().get(0).record().firstSeen()))
                    .doesNotContainPattern("[0-9]日").doesNotContainPattern("[A-Z][a-z]{2} [0-9]{1,2}, [0-9]{4}");
        }
    }

    private static ResultsText text(Locale language) {
        return new ResultsText(Messages.in(language), new ReportDigest(new ExposureReport("", List.of(), List.of(), Set.of(), List.of(), 0)));
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
