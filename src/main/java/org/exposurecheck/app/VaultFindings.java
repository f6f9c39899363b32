package org.exposurecheck.app;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.RecordMatch;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.store.vault.SeenRecord;

/** What of a check the vault remembers (for the command line's vault check and the app's next): per matched record its pack, opaque id and kinds of detail; per pack its sequence. */
public final class VaultFindings {
    private VaultFindings() {
    }

    /** One entry per record, whose kinds are what matched and what else the record lists. */
    public static List<SeenRecord> seen(ExposureReport report) {
        Map<List<String>, Set<IdentifierType>> kinds = new LinkedHashMap<>();
        for (RecordMatch match : report.matches()) {
            Set<IdentifierType> recordKinds = kinds.computeIfAbsent(List.of(match.packId(), match.record().id()),
                    key -> EnumSet.noneOf(IdentifierType.class));
            recordKinds.addAll(match.matchedTypes());
            recordKinds.addAll(match.record().types());
        }
        List<SeenRecord> seen = new ArrayList<>();
        kinds.forEach((key, types) -> seen.add(new SeenRecord(key.get(0), key.get(1), types)));
        return seen;
    }

    public static Map<String, Long> sequences(List<Pack> packs) {
        Map<String, Long> sequences = new LinkedHashMap<>();
        packs.forEach(pack -> sequences.put(pack.manifest().id(), pack.manifest().sequence()));
        return sequences;
    }
}
