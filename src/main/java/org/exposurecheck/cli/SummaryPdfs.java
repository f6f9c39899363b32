package org.exposurecheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.exposurecheck.app.PrintedSummaryComposer;
import org.exposurecheck.app.SummaryFile;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.report.SummaryPdf;

/** Writes a check's printed summary for a clinic, composed as the app composes it. */
final class SummaryPdfs {
    private SummaryPdfs() {
    }

    static void write(ExposureReport report, Locale language, LocalDate today, Path file) {
        try {
            SummaryFile.save(PrintedSummaryComposer.compose(report, language, today), language, file);
        } catch (SummaryPdf.NoSuitableFontException noFont) {
            throw new UserError("No font on this computer can print the summary in " + language.toLanguageTag()
                    + "; install a Chinese font (e.g. WenQuanYi Micro Hei) or use --lang en.");
        } catch (IOException fontUnreadable) {
            throw new UserError("A font file could not be read while the summary was printed: " + fontUnreadable.getMessage() + ".");
        } catch (ExplainedException unwritable) {
            throw new UserError(unwritable.getMessage());
        }
    }
}
