package org.exposurecheck.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.exposurecheck.report.SummaryPdf.NoSuitableFontException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a TrueType font on this computer with a glyph for every character of a summary. Known good families
 * are tried first, but what decides is the font's own character map. Fonts with PostScript (CFF) outlines
 * are passed over: PDFBox cannot cut a subset of them, and embedding a whole CJK font would make the file
 * tens of megabytes.
 */
public final class SummaryFonts {
    private static final Logger LOG = LoggerFactory.getLogger(SummaryFonts.class);

    /** PDFBox's own last-resort font: Latin, Greek and Cyrillic text still prints on a computer without fonts. */
    private static final String BUNDLED_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final int FOLDER_DEPTH = 8;

    private static final List<String> TRADITIONAL_CHINESE = List.of("msjh.ttc", "mingliu.ttc", "pingfang.ttc",
            "msyh.ttc", "simsun.ttc");
    private static final List<String> SIMPLIFIED_CHINESE = List.of("msyh.ttc", "simsun.ttc", "pingfang.ttc",
            "msjh.ttc", "mingliu.ttc");
    private static final List<String> OTHER_CHINESE = List.of("stheiti light.ttc", "stheiti medium.ttc",
            "wqy-microhei.ttc", "wqy-zenhei.ttc", "droidsansfallbackfull.ttf", "droidsansfallback.ttf", "arialuni.ttf",
            "arial unicode.ttf");
    private static final List<String> LATIN = List.of("dejavusans.ttf", "liberationsans-regular.ttf", "arial.ttf",
            "segoeui.ttf", "helvetica.ttc", "notosans-regular.ttf");
    private static final List<String> STYLE_WORDS = List.of("bold", "italic", "oblique", "light", "thin", "mono",
            "condensed", "narrow", "serif");

    private static final int EMBEDDING_LICENCE_BITS = 0x000F;

    private final List<Path> folders;

    private SummaryFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The font folders of Linux, Windows and macOS that exist on this computer. */
    public static SummaryFonts installed() {
        List<Path> folders = new ArrayList<>();
        Path home = Path.of(System.getProperty("user.home"));
        Stream.of("/usr/share/fonts", "/usr/local/share/fonts", "/System/Library/Fonts", "/Library/Fonts")
                .map(Path::of).forEach(folders::add);
        Stream.of(".local/share/fonts", ".fonts", "Library/Fonts").map(home::resolve).forEach(folders::add);
        Optional.ofNullable(System.getenv("WINDIR")).map(windows -> Path.of(windows, "Fonts")).ifPresent(folders::add);
        Optional.ofNullable(System.getenv("LOCALAPPDATA")).map(local -> Path.of(local, "Microsoft", "Windows", "Fonts"))
                .ifPresent(folders::add);
        return new SummaryFonts(folders);
    }

    /** Only the fonts in these folders (and PDFBox's own Latin font). */
    public static SummaryFonts in(List<Path> folders) {
        return new SummaryFonts(folders);
    }

    /**
     * Opens the first font that can set every character of {@code text}. Close it only after the document is
     * saved: the subset is cut from the open font while saving.
     */
    OpenFont open(String text, Locale language) throws NoSuitableFontException, IOException {
        int[] codePoints = text.codePoints().distinct().toArray();
        for (Path file : candidates(codePoints, language)) {
            Optional<OpenFont> font = openIfCovering(file, codePoints);
            if (font.isPresent()) {
                LOG.debug("Summary set in {} from {}", font.get().name(), file);
                return font.get();
            }
        }
        Optional<OpenFont> bundled = openBundled(codePoints);
        if (bundled.isPresent()) {
            return bundled.get();
        }
        throw new NoSuitableFontException();
    }

    private List<Path> candidates(int[] codePoints, Locale language) {
        List<String> preferred = new ArrayList<>();
        List<String> chinese = new ArrayList<>(isSimplifiedChinese(language) ? SIMPLIFIED_CHINESE : TRADITIONAL_CHINESE);
        chinese.addAll(OTHER_CHINESE);
        if (needsCjkFont(codePoints)) {
            preferred.addAll(chinese);
            preferred.addAll(LATIN);
        } else {
            preferred.addAll(LATIN);
            preferred.addAll(chinese);
        }
        Comparator<Path> order = Comparator.<Path>comparingInt(file -> rank(preferred, fileName(file)))
                .thenComparing(file -> STYLE_WORDS.stream().anyMatch(fileName(file)::contains))
                .thenComparing(SummaryFonts::fileName);
        return fontFiles().stream().sorted(order).toList();
    }

    private static int rank(List<String> preferred, String fileName) {
        int index = preferred.indexOf(fileName);
        return index < 0 ? preferred.size() : index;
    }

    private static boolean isSimplifiedChinese(Locale language) {
        return "Hans".equals(language.getScript()) || "CN".equals(language.getCountry()) || "SG".equals(language.getCountry());
    }

    private static boolean needsCjkFont(int[] codePoints) {
        for (int codePoint : codePoints) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.BOPOMOFO
                    || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
                return true;
            }
        }
        return false;
    }

    private static String fileName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private List<Path> fontFiles() {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), FOLDER_DEPTH, new FontFileCollector(files));
            } catch (IOException e) {
                LOG.debug("Could not list fonts in {}", folder, e);
            }
        }
        return files;
    }

    /** Collects .ttf and .ttc files, stepping over folders it cannot read and symbolic-link loops. */
    private static final class FontFileCollector extends SimpleFileVisitor<Path> {
        private final List<Path> files;

        FontFileCollector(List<Path> files) {
            this.files = files;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String name = fileName(file);
            if (attributes.isRegularFile() && (name.endsWith(".ttf") || name.endsWith(".ttc"))) {
                files.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
        }
    }

    private static Optional<OpenFont> openIfCovering(Path file, int[] codePoints) {
        try {
            return fileName(file).endsWith(".ttc") ? openFromCollection(file, codePoints) : openSingle(file, codePoints);
        } catch (IOException | RuntimeException e) {
            // A damaged or unusual font file is one candidate fewer, not a reason to give up.
            LOG.debug("Skipped font {}", file, e);
            return Optional.empty();
        }
    }

    private static Optional<OpenFont> openSingle(Path file, int[] codePoints) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return keepIfCovering(font, font, codePoints);
    }

    private static Optional<OpenFont> openFromCollection(Path file, int[] codePoints) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        try {
            List<TrueTypeFont> covering = new ArrayList<>();
            collection.processAllFonts(font -> {
                if (covering.isEmpty() && covers(font, codePoints)) {
                    covering.add(font);
                }
            });
            if (covering.isEmpty()) {
                collection.close();
                return Optional.empty();
            }
            return Optional.of(new OpenFont(covering.get(0), collection));
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    private static Optional<OpenFont> openBundled(int[] codePoints) throws IOException {
        try (InputStream in = SummaryFonts.class.getResourceAsStream(BUNDLED_FONT)) {
            if (in == null) {
                return Optional.empty();
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            return keepIfCovering(font, font, codePoints);
        }
    }

    private static Optional<OpenFont> keepIfCovering(TrueTypeFont font, Closeable source, int[] codePoints) throws IOException {
        try {
            if (covers(font, codePoints)) {
                return Optional.of(new OpenFont(font, source));
            }
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
        source.close();
        return Optional.empty();
    }

    private static boolean covers(TrueTypeFont font, int[] codePoints) throws IOException {
        if (!font.getTableMap().containsKey(GlyphTable.TAG) || !licenceAllowsSubsetEmbedding(font)) {
            return false;
        }
        CmapLookup characterMap;
        try {
            characterMap = font.getUnicodeCmapLookup();
        } catch (IOException noUnicodeMap) {
            return false;
        }
        for (int codePoint : codePoints) {
            if (characterMap.getGlyphId(codePoint) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean licenceAllowsSubsetEmbedding(TrueTypeFont font) throws IOException {
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        if (os2 == null) {
            return true;
        }
        int fsType = os2.getFsType();
        return (fsType & EMBEDDING_LICENCE_BITS) != OS2WindowsMetricsTable.FSTYPE_RESTRICTED
                && (fsType & OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING) == 0
                && (fsType & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) == 0;
    }

    /** A font chosen for one document, open until that document is saved. */
    static final class OpenFont implements Closeable {
        private final TrueTypeFont font;
        private final Closeable source;

        private OpenFont(TrueTypeFont font, Closeable source) {
            this.font = font;
            this.source = source;
        }

        /** Embeds only the glyphs the document uses, so a CJK summary stays small. */
        PDFont addTo(PDDocument document) throws IOException {
            return PDType0Font.load(document, font, true);
        }

        String name() throws IOException {
            return font.getName();
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
