package org.exposurecheck.match;

import java.util.List;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;

/**
 * The outcome of checking one profile: the matches, the identifiers that could not be read, which
 * identifier types were actually checked and which packs — so "not found" can say what it covered —
 * how many tokens it took, and what the packs hold only as keyed tokens that this check could not look up.
 */
public record ExposureReport(String label, List<RecordMatch> matches, List<InputProblem> problems,
                             Set<IdentifierType> checkedTypes, List<CheckedPack> packsChecked, int tokensDerived,
                             List<KeyedGap> keyedGaps) {
    public ExposureReport {
        matches = List.copyOf(matches);
        problems = List.copyOf(problems);
        checkedTypes = Set.copyOf(checkedTypes);
        packsChecked = List.copyOf(packsChecked);
        keyedGaps = List.copyOf(keyedGaps);
    }

    /** A report of a check that left nothing keyed unchecked. */
    public ExposureReport(String label, List<RecordMatch> matches, List<InputProblem> problems, Set<IdentifierType> checkedTypes,
                          List<CheckedPack> packsChecked, int tokensDerived) {
        this(label, matches, problems, checkedTypes, packsChecked, tokensDerived, List.of());
    }

    public boolean exposed() {
        return !matches.isEmpty();
    }

    @Override
    public String toString() {
        return "ExposureReport[" + matches.size() + " matches, <redacted label>]";
    }
}
