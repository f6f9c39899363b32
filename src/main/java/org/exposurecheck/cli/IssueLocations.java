package org.exposurecheck.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.exposurecheck.pack.ingest.SourceIssue;

/**
 * How a build report says where a warning is. Line and post numbers are shown as they are; a web page's
 * address, a saved page's path and a photo's address often spell the person's name
 * ({@code /people/chan-tai-man.html}), and a report is shared more widely than the leak, so they appear only
 * with {@code pack build --report-urls}. Without it each such place is numbered in order of first mention,
 * so the warnings about one page still read together.
 */
final class IssueLocations {
    /** Locations that name no page or file: "line 12", "post 345", "post (without id)", "result.json line 3", "archive byte 1024". */
    private static final Pattern PLAIN = Pattern.compile("line \\d+|post (\\d+|\\(without id\\))|result\\.json line \\d+|archive byte \\d+");
    private static final Pattern ADDRESS = Pattern.compile("\\b[A-Za-z][A-Za-z0-9+.-]*://\\S+");

    private final boolean showAddresses;
    private final Map<String, Integer> pages = new LinkedHashMap<>();

    IssueLocations(boolean showAddresses) {
        this.showAddresses = showAddresses;
    }

    String location(SourceIssue issue) {
        if (showAddresses || PLAIN.matcher(issue.location()).matches()) {
            return issue.location();
        }
        return "page " + pages.computeIfAbsent(issue.location(), page -> pages.size() + 1) + " (address hidden; --report-urls shows it)";
    }

    String message(SourceIssue issue) {
        return showAddresses ? issue.message() : ADDRESS.matcher(issue.message()).replaceAll("(address hidden)");
    }
}
