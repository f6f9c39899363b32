package org.exposurecheck.match;

import java.util.List;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;

/**
 * The outcome of checking one profile: the matches, the identifiers that could not be read, which
 * identifier types were actually checked and which packs — so "not found" can say what it covered —
 * and how many tokens it took.
 */
public record ExposureReport(String label, List<RecordMatch> matches, List<InputProblem> problems,
                             Set<IdentifierType> checkedTypes, List<CheckedPack> packsChecked, int tokensDerived) {
    public ExposureReport {
        matches = List.copyOf(matches);
        problems = List.copyOf(problems);
        checkedTypes = Set.copyOf(checkedTypes);
        packsChecked = List.copyOf(packsChecked);
    }

    public boolean exposed() {
        return !matches.isEmpty();
    }

    @Override
    public String toString() {
        return "ExposureReport[" + matches.size() + " matches, <redacted label>]";
    }
}
