package org.exposurecheck.app;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.CheckedPack;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.InputProblem;
import org.exposurecheck.match.KeyedGap;
import org.exposurecheck.match.RecordMatch;

/** A check's outcome arranged for reading: datasets with their records, exposed kinds, what was skipped. */
public final class ReportDigest {
    private final ExposureReport report;

    public ReportDigest(ExposureReport report) {
        this.report = report;
    }

    public boolean exposed() {
        return report.exposed();
    }

    /** Kinds of the person's details that matched somewhere. */
    public Set<IdentifierType> matchedTypes() {
        Set<IdentifierType> types = EnumSet.noneOf(IdentifierType.class);
        report.matches().forEach(match -> types.addAll(match.matchedTypes()));
        return types;
    }

    /** Matches grouped by dataset title, in report order. */
    public Map<String, List<RecordMatch>> byDataset() {
        Map<String, List<RecordMatch>> datasets = new LinkedHashMap<>();
        report.matches().forEach(match -> datasets.computeIfAbsent(match.packTitle(), title -> new ArrayList<>()).add(match));
        return datasets;
    }

    /** Kinds a matched record lists beyond those that matched: "it also lists a home address". */
    public static Set<IdentifierType> alsoListed(RecordMatch match) {
        Set<IdentifierType> others = EnumSet.noneOf(IdentifierType.class);
        others.addAll(match.record().types());
        others.removeAll(match.matchedTypes());
        return others;
    }

    public Set<IdentifierType> checkedTypes() {
        Set<IdentifierType> types = EnumSet.noneOf(IdentifierType.class);
        types.addAll(report.checkedTypes());
        return types;
    }

    public List<CheckedPack> packsChecked() {
        return report.packsChecked();
    }

    /** What some packs hold only for online lookup and this check did not look up. */
    public List<KeyedGap> keyedGaps() {
        return report.keyedGaps();
    }

    /** Kinds the person typed but that could not be read, each once. */
    public Set<IdentifierType> skippedTypes() {
        Set<IdentifierType> skipped = new LinkedHashSet<>();
        for (InputProblem problem : report.problems()) {
            skipped.add(problem.type());
        }
        return skipped;
    }
}
