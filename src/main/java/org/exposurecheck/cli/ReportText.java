package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.Confidence;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.KeyedGap;
import org.exposurecheck.match.RecordMatch;
import org.exposurecheck.token.TokenType;

/** A calm, readable account of one check: summary first, then each record, then what was not checked. */
final class ReportText {
    private ReportText() {
    }

    static void print(ExposureReport report, PrintWriter out) {
        printMatches(report, out);
        printKeyedGaps(report, out);
    }

    /** What some packs hold only as keyed tokens and this check did not look up, so "not found" does not cover it. */
    private static void printKeyedGaps(ExposureReport report, PrintWriter out) {
        for (KeyedGap gap : report.keyedGaps()) {
            String types = gap.types().stream().map(TokenType::tag).collect(Collectors.joining(", "));
            if (gap.notAllowed()) {
                out.println("  Not checked in " + gap.packTitle() + ": " + types + ". This dataset holds them only for lookup"
                        + " through its publisher's service; run again with --allow-keyed to look them up (your details are blinded"
                        + " before they leave this computer; the service learns that someone checked, and when).");
            } else {
                out.println("  Could not check in " + gap.packTitle() + ": " + types + ". " + gap.failure().orElseThrow().inEnglish()
                        + " Everything else was checked.");
            }
        }
    }

    private static void printMatches(ExposureReport report, PrintWriter out) {
        String who = report.label().isBlank() ? "This profile" : report.label();
        if (!report.exposed()) {
            out.println(who + ": not found in " + plural(report.packsChecked().size(), "dataset") + " checked ("
                    + ids(report.checkedTypes()) + ").");
            out.println("  Not found does not mean safe: only these datasets and these details were checked, and a dataset"
                    + " cannot hold pairs that would be too cheap to guess.");
            return;
        }
        Set<IdentifierType> matched = EnumSet.noneOf(IdentifierType.class);
        Set<String> packs = new LinkedHashSet<>();
        report.matches().forEach(m -> {
            matched.addAll(m.matchedTypes());
            packs.add(m.packId());
        });
        out.println(who + ": " + plural(matched.size(), "of your details") + " appear in " + plural(packs.size(), "dataset")
                + " (" + plural(report.matches().size(), "record") + ").");
        for (RecordMatch match : report.matches()) {
            out.println("  • " + match.packTitle() + (match.demoPack() ? " [fictional demo data]" : "") + ", record " + match.record().id()
                    + (match.record().category() != null ? ", listed as " + match.record().category() : "")
                    + dates(match) + ".");
            out.println("    Matched: " + ids(match.matchedTypes()) + " — " + (match.confidence() == Confidence.CERTAIN
                    ? "certain (a strong identifier matched)."
                    : "possible (only details many people share matched; check whether this is you)."));
            if (match.matchedTypes().contains(IdentifierType.PHOTO)) {
                out.println("    A photo in this record looks like yours by its fingerprint. Similar photos of different people"
                        + " can look alike this way, so treat it as a question, not an answer.");
            }
            Set<IdentifierType> others = EnumSet.noneOf(IdentifierType.class);
            others.addAll(match.record().types());
            others.removeAll(match.matchedTypes());
            if (!others.isEmpty()) {
                out.println("    The record also lists: " + ids(others) + ".");
            }
        }
    }

    static String ids(Set<IdentifierType> types) {
        if (types.isEmpty()) {
            return "no readable details";
        }
        return EnumSet.copyOf(types).stream().map(IdentifierType::id).collect(Collectors.joining(", "));
    }

    private static String dates(RecordMatch match) {
        var first = match.record().firstSeenDate();
        var last = match.record().lastSeenDate();
        if (first.isPresent() && last.isPresent()) {
            return ", seen " + first.get() + " to " + last.get();
        }
        return first.map(date -> ", first seen " + date).orElse("");
    }

    private static String plural(int count, String noun) {
        if (noun.startsWith("of ")) {
            return count + " " + noun;
        }
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
