package org.exposurecheck.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.exposurecheck.app.PrintedSummaryComposer;
import org.exposurecheck.app.ResultsText;
import org.exposurecheck.app.ReportDigest;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.match.RecordMatch;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.report.PrintedSummary;
import org.exposurecheck.report.SummaryPdf;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.ForgedPacks;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.ui.common.I18n;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A label or title from a pack is someone else's text, signed or not. The attack of issue 10: a category with
 * terminal escape sequences printed a fake line. Wherever such text is shown — the terminal, {@code --json},
 * the app's results, the printed summary and its PDF — only its visible text arrives: no control, escape,
 * bidirectional-override or line-breaking character.
 */
class HostileLabelTest {
    private static final String PLACEHOLDER = "P".repeat(120);
    /** Erases the line, moves up, prints a reassuring fake line, then reverses the rest of the text. */
    private static final String HOSTILE_LABEL = "\u001b[2K\r\u001b[1AFAKE: not found in any dataset.\u001b[0m\n\u202eevil\u0085x";
    private static final String HOSTILE_TITLE = "Leak\u001b]0;owned\u0007\r\nFAKE title line\u2028";
    private static final SigningKey PUBLISHER = SigningKey.generate(new java.security.SecureRandom());

    @TempDir
    static Path dir;
    static Path pack;
    static Path trust;
    static Path profile;

    @BeforeAll
    static void aPackWithHostileLabels() throws Exception {
        byte[] built = TestPacks.build(TestPacks.source(List.of(TestPacks.record("src-1", PLACEHOLDER, IdentifierType.NAME, "陳大文 CHAN Tai Man",
                IdentifierType.PHONE, "9123 4567", IdentifierType.HKID, "A123456(3)"))), TestPacks.settings("leak", 1), PUBLISHER).pack();
        byte[] hostile = ForgedPacks.resign(ForgedPacks.withLabel(built, PUBLISHER, PLACEHOLDER, HOSTILE_LABEL), PUBLISHER,
                manifest -> manifest.put("title", HOSTILE_TITLE));
        pack = Files.write(dir.resolve("hostile.ecpack"), hostile);
        trust = Files.writeString(dir.resolve("publisher.pub"), KeyFiles.publicKeyText(PUBLISHER.publicKey()));
        profile = Files.writeString(dir.resolve("me.json"), "{\"label\": \"me\", \"identifiers\": [{\"type\": \"name\", \"value\": \"Chan Tai Man\"},"
                + " {\"type\": \"phone\", \"value\": \"9123 4567\"}]}");
    }

    @Test
    void theTerminalGetsNoEscapeSequenceAndNoFakeLine() {
        String data = dir.resolve("data").toString();
        Cli.Result install = Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString(), "--trust", trust.toString(), "--data-dir", data);
        Cli.Result list = Cli.run("pack", "list", "--data-dir", data);
        Cli.Result check = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--data-dir", data);

        assertThat(check.out()).contains("me: 2 of your details appear in 1 dataset");
        for (Cli.Result result : List.of(install, list, check)) {
            assertPlain(result.out());
            assertPlain(result.err());
            assertThat(result.out().lines()).noneMatch(line -> line.startsWith("FAKE"));
        }
    }

    @Test
    void jsonOutputCarriesOnlyVisibleText() throws Exception {
        Cli.Result check = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--pack", pack.toString(), "--trust", trust.toString(),
                "--data-dir", dir.resolve("json-data").toString(), "--json");

        assertPlain(check.out());
        JsonNode match = Json.MAPPER.readTree(check.out()).get("matches").get(0);
        assertPlain(match.get("category").asText());
        assertThat(match.get("category").asText()).contains("FAKE: not found in any dataset.");
    }

    @Test
    void theAppAndThePrintedSummaryShowOnlyVisibleText() throws Exception {
        ExposureReport report;
        try (TokenDeriver deriver = new TokenDeriver()) {
            report = new MatchEngine(new Normaliser(TestPacks.CLOCK), deriver).check(new Profile("me", List.of(
                            new Identifier(IdentifierType.NAME, "Chan Tai Man"), new Identifier(IdentifierType.PHONE, "9123 4567"))),
                    List.of(PackFile.read(Files.readAllBytes(pack), PUBLISHER.publicKey(), TestPacks.NOW)), Progress.NONE, new CancelSignal());
        }
        I18n i18n = new I18n();
        ReportDigest results = new ReportDigest(report);
        ResultsText text = new ResultsText(i18n.messages(), results);
        RecordMatch match = report.matches().get(0);

        assertPlain(text.recordHeading(match));
        assertPlain(text.datasetTitle(match.packTitle(), List.of(match)));
        PrintedSummary printed = PrintedSummaryComposer.compose(report, i18n.locale(), LocalDate.of(2026, 12, 2));
        printed.blocks().forEach(block -> assertPlain(block.text()));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        SummaryPdf.write(printed, Locale.ENGLISH, pdf);
        assertThat(pdf.size()).as("the PDF's font has a glyph for everything it is given").isPositive();
    }

    /** Visible text and line breaks between lines, nothing else. */
    private static void assertPlain(String text) {
        text.lines().forEach(line -> assertThat(line.codePoints()).as(line).noneMatch(codePoint -> switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        }));
    }
}
