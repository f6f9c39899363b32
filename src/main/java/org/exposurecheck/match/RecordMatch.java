package org.exposurecheck.match;

import java.util.Set;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.pack.PackRecord;

/** One leaked record that matched: where it is, what of the person's matched, and how sure that is. */
public record RecordMatch(String packId, String packTitle, boolean demoPack, PackRecord record,
                          Set<IdentifierType> matchedTypes, Confidence confidence) {
    public RecordMatch {
        matchedTypes = Set.copyOf(matchedTypes);
    }
}
