package org.exposurecheck.report;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.exposurecheck.report.PrintedSummary.Block;

/**
 * Sets a {@link PrintedSummary} as an A4 PDF: the font comes from {@link SummaryFonts}, lines are broken the
 * way the language breaks them (ICU), pages are numbered "n / N". The document carries its title and language
 * and nothing else about who made it or when.
 */
public final class SummaryPdf {
    private static final String PAGE_NUMBER_CHARACTERS = "0123456789 /";

    private SummaryPdf() {
    }

    /** No font on this computer can show every character of the summary; the person should be told. */
    public static final class NoSuitableFontException extends Exception {
        private static final long serialVersionUID = 1L;

        NoSuitableFontException() {
            super("No installed font has every character of the summary");
        }
    }

    /**
     * Writes the summary as a PDF in {@code language} (which also picks the line-breaking rules and, for Chinese,
     * whether Traditional or Simplified fonts are tried first), set in a font installed on this computer.
     * {@code out} is left open.
     */
    public static void write(PrintedSummary summary, Locale language, OutputStream out)
            throws NoSuitableFontException, IOException {
        write(summary, language, SummaryFonts.installed(), out);
    }

    /** As {@link #write(PrintedSummary, Locale, OutputStream)}, with the fonts taken from {@code fonts}. */
    public static void write(PrintedSummary summary, Locale language, SummaryFonts fonts, OutputStream out)
            throws NoSuitableFontException, IOException {
        List<Paragraph> paragraphs = paragraphs(summary);
        String everythingDrawn = paragraphs.stream().map(paragraph -> Glyphs.drawable(paragraph.text()))
                .collect(Collectors.joining()) + PAGE_NUMBER_CHARACTERS;
        // Memory only: the summary must not leave a trace in a temporary file.
        try (SummaryFonts.OpenFont openFont = fonts.open(everythingDrawn, language);
                PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            PDFont font = openFont.addTo(document);
            List<List<PlacedLine>> pages = Paginator.paginate(layOut(paragraphs, new LineBreaker(font, language)));
            PageWriter writer = new PageWriter(document, font);
            for (int index = 0; index < pages.size(); index++) {
                writer.write(pages.get(index), (index + 1) + " / " + pages.size());
            }
            describe(document, summary.title(), language);
            document.save(out);
        }
    }

    private static List<Paragraph> paragraphs(PrintedSummary summary) {
        Stream<Paragraph> title = summary.title().isBlank() ? Stream.empty() : Stream.of(new Paragraph(Format.TITLE, summary.title()));
        Stream<Paragraph> blocks = summary.blocks().stream().map(block -> new Paragraph(Format.of(block), block.text()));
        return Stream.concat(title, blocks).toList();
    }

    private static List<LaidOutParagraph> layOut(List<Paragraph> paragraphs, LineBreaker breaker) throws IOException {
        List<LaidOutParagraph> laidOut = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            Format format = paragraph.format();
            laidOut.add(new LaidOutParagraph(format, breaker.lines(paragraph.text(), format.size, Page.WIDTH - format.indent)));
        }
        return laidOut;
    }

    private static void describe(PDDocument document, String title, Locale language) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentCatalog().setLanguage(language.toLanguageTag());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private record Paragraph(Format format, String text) {
    }

    private record LaidOutParagraph(Format format, List<String> lines) {
        float height() {
            return lines.size() * format.lineHeight();
        }
    }

    /** One line at its place on a page; {@code bulleted} for the first line of a list item. */
    private record PlacedLine(Format format, float x, float baseline, String text, boolean bulleted) {
    }

    /** A4 portrait with 2 cm margins; y grows upwards, as in PDF. */
    private static final class Page {
        static final PDRectangle SIZE = PDRectangle.A4;
        static final float MARGIN = 56.7f;
        static final float LEFT = MARGIN;
        static final float TOP = SIZE.getHeight() - MARGIN;
        static final float BOTTOM = MARGIN;
        static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
        static final float FOOTER_BASELINE = MARGIN / 2;

        private Page() {
        }
    }

    /** How each kind of paragraph is set. Sizes and spaces in points; spaces between paragraphs collapse to the larger. */
    private enum Format {
        TITLE(20f, 1.3f, 0f, 14f, true, 0f, 0.1f),
        HEADING(14f, 1.35f, 18f, 6f, true, 0f, 0.1f),
        SUBHEADING(11.5f, 1.4f, 12f, 4f, true, 0f, 0.1f),
        BODY(10.5f, 1.5f, 7f, 7f, false, 0f, 0.1f),
        BULLET(10.5f, 1.5f, 4f, 4f, false, 16f, 0.1f),
        NOTE(8.5f, 1.45f, 6f, 4f, false, 0f, 0.4f),
        FOOTER(8.5f, 1f, 0f, 0f, false, 0f, 0.4f);

        final float size;
        final float spacing;
        final float spaceBefore;
        final float spaceAfter;
        final boolean bold;
        final float indent;
        final float grey;

        Format(float size, float spacing, float spaceBefore, float spaceAfter, boolean bold, float indent, float grey) {
            this.size = size;
            this.spacing = spacing;
            this.spaceBefore = spaceBefore;
            this.spaceAfter = spaceAfter;
            this.bold = bold;
            this.indent = indent;
            this.grey = grey;
        }

        static Format of(Block block) {
            return switch (block.style()) {
                case HEADING -> HEADING;
                case SUBHEADING -> SUBHEADING;
                case BODY -> BODY;
                case BULLET -> BULLET;
                case NOTE -> NOTE;
            };
        }

        float lineHeight() {
            return size * spacing;
        }

        /** Places the baseline so that the glyphs sit in the middle of the line's height. */
        float baselineBelowTop() {
            return (lineHeight() - size) / 2 + size * 0.85f;
        }

        boolean keepsWithNext() {
            return this == TITLE || this == HEADING || this == SUBHEADING;
        }
    }

    /** The characters that are drawn: controls and invisible format characters have no glyph to draw. */
    private static final class Glyphs {
        private Glyphs() {
        }

        static String drawable(String text) {
            StringBuilder drawn = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                if (codePoint == '\t') {
                    drawn.append(' ');
                } else if (Character.getType(codePoint) != Character.CONTROL && Character.getType(codePoint) != Character.FORMAT) {
                    drawn.appendCodePoint(codePoint);
                }
            });
            return drawn.toString();
        }
    }

    /**
     * Breaks a paragraph into lines that fit a width, where the language allows a break (ICU's line rules:
     * spaces and hyphens in English, between Han characters but never before closing punctuation in Chinese).
     * A word wider than the line, such as a long address of a web page, is broken between characters.
     */
    private static final class LineBreaker {
        private final PDFont font;
        private final BreakIterator lineBreaks;
        private final BreakIterator characters;
        private float size;
        private float width;

        LineBreaker(PDFont font, Locale language) {
            this.font = font;
            ULocale locale = ULocale.forLocale(language);
            this.lineBreaks = BreakIterator.getLineInstance(locale);
            this.characters = BreakIterator.getCharacterInstance(locale);
        }

        List<String> lines(String paragraph, float size, float width) throws IOException {
            this.size = size;
            this.width = width;
            List<String> lines = new ArrayList<>();
            for (String part : paragraph.split("\\R", -1)) {
                breakInto(part, lines);
            }
            return lines;
        }

        private void breakInto(String text, List<String> lines) throws IOException {
            lineBreaks.setText(text);
            int lineStart = 0;
            int previousLineStart = -1;
            int segmentStart = 0;
            for (int end = lineBreaks.next(); end != BreakIterator.DONE; segmentStart = end, end = lineBreaks.next()) {
                if (fits(text.substring(lineStart, end))) {
                    continue;
                }
                if (segmentStart > lineStart) {
                    lines.add(text.substring(lineStart, segmentStart).stripTrailing());
                    previousLineStart = lineStart;
                    lineStart = segmentStart;
                }
                if (!fits(text.substring(lineStart, end))) {
                    lineStart = breakBetweenCharacters(text, lineStart, end, lines);
                    previousLineStart = -1;
                }
            }
            if (previousLineStart >= 0 && isLone(text.substring(lineStart))) {
                int earlier = lineBreaks.preceding(lineStart);
                if (earlier > previousLineStart && fits(text.substring(earlier))) {
                    lines.set(lines.size() - 1, text.substring(previousLineStart, earlier).stripTrailing());
                    lineStart = earlier;
                }
            }
            lines.add(text.substring(lineStart).stripTrailing());
        }

        /** A last line of one character, with its punctuation ("毀。"), reads like a mistake; it takes the last word of the line above. */
        private static boolean isLone(String lastLine) {
            return lastLine.strip().codePointCount(0, lastLine.strip().length()) <= 2;
        }

        /** Fills whole lines from a too-long word and returns where its remainder starts. */
        private int breakBetweenCharacters(String text, int start, int end, List<String> lines) throws IOException {
            characters.setText(text);
            int lineStart = start;
            int lastFit = start;
            for (int boundary = characters.following(start); boundary != BreakIterator.DONE && boundary <= end;
                    boundary = characters.next()) {
                if (lastFit > lineStart && !fits(text.substring(lineStart, boundary))) {
                    lines.add(text.substring(lineStart, lastFit));
                    lineStart = lastFit;
                }
                lastFit = boundary;
            }
            return lineStart;
        }

        private boolean fits(String line) throws IOException {
            return font.getStringWidth(Glyphs.drawable(line.stripTrailing())) / 1000 * size <= width;
        }
    }

    /**
     * Puts lines on pages. A line is never cut; a heading is moved to the next page rather than left alone at the
     * bottom, and a paragraph does not start with a single line at the bottom of a page.
     */
    private static final class Paginator {
        /** A paragraph split across pages leaves at least this many lines on each of them. */
        private static final int FEWEST_LINES_ON_A_PAGE = 2;

        private final List<List<PlacedLine>> pages = new ArrayList<>();
        private List<PlacedLine> page = new ArrayList<>();
        private float top = Page.TOP;

        private Paginator() {
        }

        static List<List<PlacedLine>> paginate(List<LaidOutParagraph> paragraphs) {
            Paginator paginator = new Paginator();
            for (int index = 0; index < paragraphs.size(); index++) {
                paginator.place(paragraphs, index);
            }
            paginator.pages.add(paginator.page);
            return paginator.pages;
        }

        private void place(List<LaidOutParagraph> paragraphs, int index) {
            LaidOutParagraph paragraph = paragraphs.get(index);
            if (!page.isEmpty() && top - spaceBefore(paragraphs, index) - heightToKeepTogether(paragraphs, index) < Page.BOTTOM) {
                newPage();
            }
            top -= page.isEmpty() ? 0 : spaceBefore(paragraphs, index);
            Format format = paragraph.format();
            int lines = paragraph.lines().size();
            for (int line = 0; line < lines; line++) {
                boolean lastLinesWouldBeSplit = lines - line == FEWEST_LINES_ON_A_PAGE
                        && top - FEWEST_LINES_ON_A_PAGE * format.lineHeight() < Page.BOTTOM;
                if (!page.isEmpty() && (top - format.lineHeight() < Page.BOTTOM || lastLinesWouldBeSplit)) {
                    newPage();
                }
                page.add(new PlacedLine(format, Page.LEFT + format.indent, top - format.baselineBelowTop(),
                        paragraph.lines().get(line), line == 0 && format == Format.BULLET));
                top -= format.lineHeight();
            }
        }

        private void newPage() {
            pages.add(page);
            page = new ArrayList<>();
            top = Page.TOP;
        }

        private static float spaceBefore(List<LaidOutParagraph> paragraphs, int index) {
            return index == 0 ? 0 : Math.max(paragraphs.get(index - 1).format().spaceAfter, paragraphs.get(index).format().spaceBefore);
        }

        /**
         * A heading with what follows it up to the first lines of the next paragraph; else the first lines,
         * or the whole paragraph when it is too short to leave enough lines on both pages.
         */
        private static float heightToKeepTogether(List<LaidOutParagraph> paragraphs, int index) {
            LaidOutParagraph paragraph = paragraphs.get(index);
            if (!paragraph.format().keepsWithNext()) {
                int lines = paragraph.lines().size();
                int together = lines < 2 * FEWEST_LINES_ON_A_PAGE ? lines : FEWEST_LINES_ON_A_PAGE;
                return together * paragraph.format().lineHeight();
            }
            if (index + 1 == paragraphs.size()) {
                return paragraph.height();
            }
            return paragraph.height() + spaceBefore(paragraphs, index + 1) + heightToKeepTogether(paragraphs, index + 1);
        }
    }

    /** Draws placed lines, bullets and the page number onto new pages of a document. */
    private static final class PageWriter {
        private static final float BOLD_STROKE = 0.035f;
        private static final float BULLET_RADIUS = 0.16f;
        private static final float BULLET_HEIGHT = 0.32f;
        /** How far along the tangent a cubic Bézier's control points lie to draw a quarter circle. */
        private static final float CIRCLE_CONTROL = 0.5523f;

        private final PDDocument document;
        private final PDFont font;

        PageWriter(PDDocument document, PDFont font) {
            this.document = document;
            this.font = font;
        }

        void write(List<PlacedLine> lines, String pageNumber) throws IOException {
            PDPage page = new PDPage(Page.SIZE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (PlacedLine line : lines) {
                    if (line.bulleted()) {
                        drawBullet(content, line);
                    }
                    drawText(content, line.format(), line.x(), line.baseline(), line.text());
                }
                float numberWidth = font.getStringWidth(pageNumber) / 1000 * Format.FOOTER.size;
                drawText(content, Format.FOOTER, Page.LEFT + (Page.WIDTH - numberWidth) / 2, Page.FOOTER_BASELINE, pageNumber);
            }
        }

        private void drawText(PDPageContentStream content, Format format, float x, float baseline, String text) throws IOException {
            String drawn = Glyphs.drawable(text);
            if (drawn.isEmpty()) {
                return;
            }
            content.setNonStrokingColor(format.grey);
            if (format.bold) {
                // Most CJK fonts come without a bold face: outlining the glyphs thickens them instead.
                content.setStrokingColor(format.grey);
                content.setLineWidth(format.size * BOLD_STROKE);
            }
            content.beginText();
            content.setFont(font, format.size);
            content.setRenderingMode(format.bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            content.newLineAtOffset(x, baseline);
            content.showText(drawn);
            content.endText();
        }

        private static void drawBullet(PDPageContentStream content, PlacedLine line) throws IOException {
            float size = line.format().size;
            float radius = size * BULLET_RADIUS;
            float centreX = Page.LEFT + line.format().indent / 2 - radius;
            float centreY = line.baseline() + size * BULLET_HEIGHT;
            float control = radius * CIRCLE_CONTROL;
            content.setNonStrokingColor(line.format().grey);
            content.moveTo(centreX + radius, centreY);
            content.curveTo(centreX + radius, centreY + control, centreX + control, centreY + radius, centreX, centreY + radius);
            content.curveTo(centreX - control, centreY + radius, centreX - radius, centreY + control, centreX - radius, centreY);
            content.curveTo(centreX - radius, centreY - control, centreX - control, centreY - radius, centreX, centreY - radius);
            content.curveTo(centreX + control, centreY - radius, centreX + radius, centreY - control, centreX + radius, centreY);
            content.fill();
        }
    }
}
