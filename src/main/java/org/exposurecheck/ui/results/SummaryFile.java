package org.exposurecheck.ui.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.exposurecheck.pack.AtomicFiles;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.report.PrintedSummary;
import org.exposurecheck.report.SummaryPdf;

/** Writes a printed summary as a PDF where the person chose; a failed write leaves no half file behind. */
final class SummaryFile {
    private SummaryFile() {
    }

    static void save(PrintedSummary summary, Locale language, Path file) throws SummaryPdf.NoSuitableFontException, PackException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            SummaryPdf.write(summary, language, pdf);
        } catch (IOException impossible) {
            throw new IllegalStateException("Writing to memory failed", impossible);
        }
        AtomicFiles.write(file, pdf.toByteArray());
    }
}
