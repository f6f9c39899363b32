package org.exposurecheck.cli;

import java.io.PrintWriter;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.InputProblem;

/** The identifiers of a profile that could not be checked, one line each, by position and type — never by value. */
final class InputProblemsText {
    private InputProblemsText() {
    }

    static void print(ExposureReport report, PrintWriter err) {
        for (InputProblem problem : report.problems()) {
            err.println((report.label().isBlank() ? "Profile" : report.label()) + ": identifier " + (problem.position() + 1)
                    + " (" + problem.type().id() + ") was not checked: " + problem.problem().message());
        }
    }
}
