package org.exposurecheck.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.exposurecheck.base.AtomicFiles;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.report.PrintedSummary;
import org.exposurecheck.report.SummaryPdf;

/** Writes a printed summary as a PDF where the person chose; a failed write leaves no half file behind. */
public final class SummaryFile {
    private SummaryFile() {
    }

    /** Throws IOException when a font file could not be read while the PDF was set. */
    public static void save(PrintedSummary summary, Locale language, Path file) throws SummaryPdf.NoSuitableFontException, ExplainedException, IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        SummaryPdf.write(summary, language, pdf);
        AtomicFiles.write(file, pdf.toByteArray());
    }
}
