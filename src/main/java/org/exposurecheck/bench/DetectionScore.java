package org.exposurecheck.bench;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.demo.TruthEntry;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.RecordMatch;
import org.exposurecheck.pack.ingest.SourceRecord;

/**
 * Scores checks of a synthetic dataset's personas against its ground truth. Recall counts
 * (persona, true record) pairs found; a false positive is any match of a hard negative or an absent
 * persona, or a match of an exposed persona to a record that is not theirs. Per-type recall asks, for
 * each type both the persona and its record hold, whether that type was among the matched ones.
 */
public record DetectionScore(int truePairs, int foundPairs, int exposedPersonas, int detectedPersonas, int hardNegatives,
                             int hardNegativesMatched, int absentPersonas, int absentMatched, int wrongRecordMatches,
                             Map<IdentifierType, int[]> perType) {

    public double recall() {
        return truePairs == 0 ? 1 : (double) foundPairs / truePairs;
    }

    public double personaDetectionRate() {
        return exposedPersonas == 0 ? 1 : (double) detectedPersonas / exposedPersonas;
    }

    public double hardNegativeFalsePositiveRate() {
        return hardNegatives == 0 ? 0 : (double) hardNegativesMatched / hardNegatives;
    }

    /** Recall of one type: found / total over (persona, record) pairs that both hold it. */
    public double typeRecall(IdentifierType type) {
        int[] counts = perType.get(type);
        return counts == null || counts[1] == 0 ? Double.NaN : (double) counts[0] / counts[1];
    }

    public static DetectionScore score(SyntheticDataset data, Map<String, String> recordIdsBySourceId, List<ExposureReport> reports) {
        Map<String, Set<IdentifierType>> recordTypes = new HashMap<>();
        for (SourceRecord record : data.records()) {
            Set<IdentifierType> types = new HashSet<>();
            record.identifiers().stream().map(Identifier::type).forEach(types::add);
            data.recordFace(record.sourceId()).ifPresent(face -> types.add(IdentifierType.PHOTO));
            recordTypes.put(record.sourceId(), types);
        }
        int truePairs = 0;
        int foundPairs = 0;
        int exposed = 0;
        int detected = 0;
        int hardNegatives = 0;
        int hardMatched = 0;
        int absent = 0;
        int absentMatched = 0;
        int wrong = 0;
        Map<IdentifierType, int[]> perType = new EnumMap<>(IdentifierType.class);
        for (int i = 0; i < reports.size(); i++) {
            ExposureReport report = reports.get(i);
            TruthEntry truth = data.truth().get(i);
            switch (truth.kind()) {
                case HARD_NEGATIVE -> {
                    hardNegatives++;
                    hardMatched += report.exposed() ? 1 : 0;
                }
                case ABSENT -> {
                    absent++;
                    absentMatched += report.exposed() ? 1 : 0;
                }
                case EXPOSED -> {
                    exposed++;
                    detected += report.exposed() ? 1 : 0;
                    Map<String, RecordMatch> byRecordId = new HashMap<>();
                    report.matches().forEach(match -> byRecordId.put(match.record().id(), match));
                    Set<String> expectedIds = new HashSet<>();
                    for (String sourceId : truth.recordIds()) {
                        truePairs++;
                        String recordId = recordIdsBySourceId.get(sourceId);
                        expectedIds.add(recordId);
                        RecordMatch match = recordId == null ? null : byRecordId.get(recordId);
                        foundPairs += match != null ? 1 : 0;
                        for (IdentifierType type : report.checkedTypes()) {
                            if (recordTypes.getOrDefault(sourceId, Set.of()).contains(type)) {
                                int[] counts = perType.computeIfAbsent(type, t -> new int[2]);
                                counts[1]++;
                                counts[0] += match != null && match.matchedTypes().contains(type) ? 1 : 0;
                            }
                        }
                    }
                    wrong += (int) byRecordId.keySet().stream().filter(id -> !expectedIds.contains(id)).count();
                }
            }
        }
        return new DetectionScore(truePairs, foundPairs, exposed, detected, hardNegatives, hardMatched, absent, absentMatched,
                wrong, perType);
    }
}
