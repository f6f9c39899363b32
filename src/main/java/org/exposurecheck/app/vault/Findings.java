package org.exposurecheck.app.vault;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.RecordMatch;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackRecord;
import org.exposurecheck.store.vault.SeenRecord;

/**
 * What of a check the vault remembers: per matched record its pack, opaque id, kinds of detail and the traits
 * that recognise it in a rebuilt pack; per pack its sequence. Nothing else of the report.
 */
public final class Findings {
    private Findings() {
    }

    /** One entry per record, whose kinds are what matched and what else the record lists. */
    public static List<SeenRecord> seen(ExposureReport report) {
        Map<List<String>, Set<IdentifierType>> kinds = new LinkedHashMap<>();
        Map<List<String>, PackRecord> records = new LinkedHashMap<>();
        for (RecordMatch match : report.matches()) {
            List<String> key = List.of(match.packId(), match.record().id());
            Set<IdentifierType> recordKinds = kinds.computeIfAbsent(key, k -> EnumSet.noneOf(IdentifierType.class));
            recordKinds.addAll(match.matchedTypes());
            recordKinds.addAll(match.record().types());
            records.putIfAbsent(key, match.record());
        }
        List<SeenRecord> seen = new ArrayList<>();
        kinds.forEach((key, types) -> seen.add(new SeenRecord(key.get(0), key.get(1), types, Optional.of(traits(records.get(key))))));
        return seen;
    }

    public static Map<String, Long> sequences(List<Pack> packs) {
        Map<String, Long> sequences = new LinkedHashMap<>();
        packs.forEach(pack -> sequences.put(pack.manifest().id(), pack.manifest().sequence()));
        return sequences;
    }

    private static SeenRecord.Traits traits(PackRecord record) {
        return new SeenRecord.Traits(record.category(), record.source(), record.firstSeenDate());
    }
}
