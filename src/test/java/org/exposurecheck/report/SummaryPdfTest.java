package org.exposurecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exposurecheck.report.PrintedSummary.Block;
import org.exposurecheck.report.PrintedSummary.Style;
import org.exposurecheck.testsupport.TempFolderWatch;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {
    private static final Locale HONG_KONG = Locale.forLanguageTag("zh-HK");
    private static final String LONG_URL = "https://www.example.org/digital-security/helpline/contact-form/"
            + "hong-kong/traditional-chinese/urgent-request?source=exposure-check&campaign=clinic-intake-2024-autumn";

    @Test
    void englishTextComesOutInOrder() throws Exception {
        PrintedSummary summary = new PrintedSummary("Your exposure check", List.of(
                new Block(Style.HEADING, "What we found"),
                new Block(Style.BODY, "Your phone number appears in one dataset — checked on 2024-10-05."),
                new Block(Style.SUBHEADING, "Phone number"),
                new Block(Style.BULLET, "Think about who knows this number and change it if you can."),
                new Block(Style.BULLET, "Ask your carrier for a SIM lock; official offices list their hours."),
                new Block(Style.NOTE, "“Not found” does not mean safe.")));

        String text = text(write(summary, Locale.UK));

        assertThat(text).containsSubsequence("Your exposure check", "What we found",
                "Your phone number appears in one dataset — checked on 2024-10-05.", "Phone number",
                "Think about who knows this number", "official offices list their hours.", "“Not found” does not mean safe.");
    }

    @Test
    void documentCarriesItsTitleAndLanguageAndNothingAboutWhoMadeIt() throws Exception {
        byte[] pdf = write(new PrintedSummary("你的檢查結果", List.of(new Block(Style.BODY, "沒有找到。"))), HONG_KONG);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation information = document.getDocumentInformation();
            assertThat(information.getTitle()).isEqualTo("你的檢查結果");
            assertThat(information.getAuthor()).isNull();
            assertThat(information.getCreator()).isNull();
            assertThat(information.getProducer()).isNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-HK");
        }
    }

    @Test
    void traditionalAndSimplifiedChineseComeOutAsWritten() throws Exception {
        PrintedSummary summary = new PrintedSummary("你的資料曝光檢查", List.of(
                new Block(Style.HEADING, "我們找到了甚麼"),
                new Block(Style.BODY, "你的電話號碼出現在一個資料集中（HKLeaks，2019年8月）。"),
                new Block(Style.BULLET, "考慮更換電話號碼，並通知你信任的人。"),
                new Block(Style.BODY, "简体中文：你的电话号码出现在一个数据集中。"),
                new Block(Style.NOTE, "「沒有找到」不等於安全。")));

        String text = text(write(summary, HONG_KONG));

        assertThat(text).containsSubsequence("你的資料曝光檢查", "我們找到了甚麼", "你的電話號碼出現在一個資料集中（HKLeaks，2019年8月）。",
                "考慮更換電話號碼，並通知你信任的人。", "简体中文：你的电话号码出现在一个数据集中。", "「沒有找到」不等於安全。");
    }

    @Test
    void chineseLinesNeverStartWithClosingPunctuation() throws Exception {
        String paragraph = "請注意，這份摘要只列出資料的種類，不會列出你輸入的內容。".repeat(12) + "如有需要，請聯絡（下列）機構「求助」。";
        byte[] pdf = write(new PrintedSummary("摘要", List.of(new Block(Style.BODY, paragraph))), HONG_KONG);

        List<String> lines = text(pdf).lines().toList();

        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(lines).noneMatch(line -> !line.isEmpty() && "，。、）」".indexOf(line.charAt(0)) >= 0);
        assertThat(String.join("", lines)).contains(paragraph);
    }

    @Test
    void noChineseParagraphEndsWithOneCharacterAloneOnItsLastLine() throws Exception {
        String characters = "的是不了人我在有他這中大來上個國到說們為子和你地出道也時年得就那要下以生會自";
        List<Block> blocks = new ArrayList<>();
        for (int index = 0; index < characters.length(); index++) {
            blocks.add(new Block(Style.BODY, String.valueOf(characters.charAt(index)).repeat(40 + index)));
        }
        byte[] pdf = write(new PrintedSummary("摘要", blocks), HONG_KONG);

        List<String> lines = text(pdf).lines().map(String::strip).toList();
        for (int index = 0; index < characters.length(); index++) {
            String character = String.valueOf(characters.charAt(index));
            List<String> paragraph = lines.stream().filter(line -> line.startsWith(character)).toList();
            assertThat(String.join("", paragraph)).as("paragraph %d", index).isEqualTo(character.repeat(40 + index));
            if (paragraph.size() > 1) {
                assertThat(paragraph.get(paragraph.size() - 1)).as("last line of paragraph %d", index).hasSizeGreaterThan(1);
            }
        }
    }

    @Test
    void aLongSummaryFillsNumberedPagesWithEveryParagraphOnce() throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (int index = 0; index < 200; index++) {
            Style style = index % 20 == 0 ? Style.HEADING : index % 3 == 0 ? Style.BULLET : Style.BODY;
            blocks.add(new Block(style, marker(index) + " Keep this summary somewhere safe and share it only with people you trust."));
        }
        byte[] pdf = write(new PrintedSummary("Long summary", blocks), Locale.UK);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            assertThat(pageText(document, 1)).contains("1 / " + pages);
            assertThat(pageText(document, pages)).contains(pages + " / " + pages);
        }
        String text = text(pdf);
        for (int index = 0; index < 200; index++) {
            assertThat(occurrences(text, marker(index))).as(marker(index)).isEqualTo(1);
        }
        assertThat(text).containsSubsequence(IntStream.range(0, 200).mapToObj(SummaryPdfTest::marker).toList());
    }

    @Test
    void aHeadingIsNeverLeftAloneAtTheBottomOfAPage() throws Exception {
        // Shifting the heading down one paragraph at a time makes sure one of them lands at a page's foot.
        for (int before = 20; before < 40; before++) {
            List<Block> blocks = new ArrayList<>();
            IntStream.range(0, before).forEach(index -> blocks.add(new Block(Style.BODY, "Body " + index + " of the summary.")));
            blocks.add(new Block(Style.HEADING, "HEADING"));
            blocks.add(new Block(Style.BODY, "First after heading. " + "Words to fill the lines of this paragraph. ".repeat(6)));
            byte[] pdf = write(new PrintedSummary("Headings", blocks), Locale.UK);

            try (PDDocument document = Loader.loadPDF(pdf)) {
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    List<String> lines = pageText(document, page).lines().filter(line -> !line.matches("\\d+ / \\d+")).toList();
                    assertThat(lines.get(lines.size() - 1)).as("last line of page %d with %d before", page, before).isNotEqualTo("HEADING");
                }
            }
        }
    }

    @Test
    void aParagraphSplitAcrossPagesLeavesAtLeastTwoOfItsLinesOnEach() throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (int index = 0; index < 150; index++) {
            String word = "w%03d".formatted(index);
            blocks.add(new Block(Style.BODY, (word + " ").repeat(15 * (1 + index * 7 % 6)).trim()));
        }
        byte[] pdf = write(new PrintedSummary("Paragraphs", blocks), Locale.UK);

        int splits = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, List<Integer>> linesPerPage = new HashMap<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                Map<String, Integer> onThisPage = new HashMap<>();
                pageText(document, page).lines().filter(line -> line.startsWith("w"))
                        .forEach(line -> onThisPage.merge(line.substring(0, 4), 1, Integer::sum));
                onThisPage.forEach((paragraph, lines) -> linesPerPage.computeIfAbsent(paragraph, p -> new ArrayList<>()).add(lines));
            }
            for (Map.Entry<String, List<Integer>> paragraph : linesPerPage.entrySet()) {
                if (paragraph.getValue().size() > 1) {
                    splits++;
                    assertThat(paragraph.getValue()).as(paragraph.getKey()).allMatch(lines -> lines >= 2);
                }
            }
        }
        assertThat(splits).as("paragraphs that run over a page").isGreaterThan(3);
    }

    @Test
    void aLongAddressWrapsWithoutLosingAnyOfIt() throws Exception {
        byte[] pdf = write(new PrintedSummary("Helplines", List.of(
                new Block(Style.BULLET, "Write to " + LONG_URL + " at any hour."),
                new Block(Style.BODY, LONG_URL + LONG_URL))), Locale.UK);

        String text = text(pdf);

        assertThat(text).doesNotContain(LONG_URL);
        assertThat(text.replaceAll("\\R", "")).contains("Write to " + LONG_URL + " at any hour.", LONG_URL + LONG_URL);
    }

    @Test
    void textNoInstalledFontCanShowIsRefused() {
        SummaryFonts latinOnly = SummaryFonts.in(List.of(Path.of("/usr/share/fonts/truetype/dejavu")));
        PrintedSummary summary = new PrintedSummary("Result", List.of(new Block(Style.BODY, "你的電話號碼")));

        assertThatThrownBy(() -> SummaryPdf.write(summary, HONG_KONG, latinOnly, new ByteArrayOutputStream()))
                .isInstanceOf(SummaryPdf.NoSuitableFontException.class);
    }

    @Test
    void latinTextPrintsEvenWithoutInstalledFonts() throws Exception {
        SummaryFonts none = SummaryFonts.in(List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SummaryPdf.write(new PrintedSummary("Result", List.of(new Block(Style.BODY, "Nothing was found — Café."))), Locale.UK, none, out);

        assertThat(text(out.toByteArray())).contains("Nothing was found — Café.");
    }

    /**
     * PDFBox can buffer a document in scratch files: the summary must never pass through one. The temporary folder is
     * watched while the PDFs are written, so a scratch file deleted before the write returns is seen too.
     */
    @Test
    void writingPutsNothingInTheTemporaryFolderEvenForAMoment() throws Exception {
        String personal = "你的電話號碼出現在一個資料集中。";
        try (TempFolderWatch watch = TempFolderWatch.startOnTemporaryFolder()) {
            write(new PrintedSummary("你的資料曝光檢查", List.of(new Block(Style.BODY, personal))), HONG_KONG);
            write(new PrintedSummary("Your exposure check", List.of(new Block(Style.BODY, "Nothing was found."))), Locale.UK);
            watch.close();

            assertThat(watch.failures()).isEmpty();
            assertThat(watch.seen().keySet()).as("no scratch file of PDFBox").noneMatch(file -> Path.of(file).getFileName().toString()
                    .toLowerCase(Locale.ROOT).contains("pdfbox"));
            for (Map.Entry<String, byte[]> file : watch.seen().entrySet()) {
                for (java.nio.charset.Charset charset : List.of(java.nio.charset.StandardCharsets.UTF_8, java.nio.charset.StandardCharsets.UTF_16BE)) {
                    assertThat(new String(file.getValue(), charset)).as(file.getKey()).doesNotContain(personal).doesNotContain("Nothing was found.");
                }
            }
        }
    }

    @Test
    void nothingIsDrawnInTheOuterCentimetreOfThePage() throws Exception {
        List<Block> blocks = Stream.of(LONG_URL, "你的電話號碼出現在一個資料集中，請考慮更換。".repeat(8), "A short line.")
                .map(text -> new Block(Style.BULLET, text)).collect(Collectors.toCollection(ArrayList::new));
        IntStream.range(0, 60).forEach(index -> blocks.add(new Block(Style.BODY, "Filler paragraph " + index + " 填充段落。")));
        byte[] pdf = write(new PrintedSummary("頁邊 Margins", blocks), HONG_KONG);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 72);
                int band = 23; // 0.8 cm at 72 dpi; the page number sits 1 cm above the bottom edge
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        boolean inBand = x < band || y < band || x >= image.getWidth() - band || y >= image.getHeight() - band;
                        if (inBand) {
                            assertThat(image.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d of page %d", x, y, page + 1).isEqualTo(0xFFFFFF);
                        }
                    }
                }
            }
        }
    }

    private static byte[] write(PrintedSummary summary, Locale language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(summary, language, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static String marker(int index) {
        return "[p%03d]".formatted(index);
    }

    private static int occurrences(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

}
