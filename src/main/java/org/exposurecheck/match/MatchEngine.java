package org.exposurecheck.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normalised;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.photo.PhotoHash;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.PairingRules;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.TokenInput;
import org.exposurecheck.token.TokenScheme;
import org.exposurecheck.token.TokenType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a profile against packs. The profile's canonical forms (masked HKID forms included) are
 * combined into exactly the token types the packs hold; each token is derived once per scheme, however
 * many packs share it; lookups are in memory. The person's photo hashes are compared with every photo hash
 * of each pack by Hamming distance. Nothing is written anywhere.
 */
public final class MatchEngine {
    private static final Logger LOG = LoggerFactory.getLogger(MatchEngine.class);

    private final Normaliser normaliser;
    private final TokenDeriver deriver;

    public MatchEngine(Normaliser normaliser, TokenDeriver deriver) {
        this.normaliser = normaliser;
        this.deriver = deriver;
    }

    /** A check that opens no connection: keyed types are reported as not checked. */
    public ExposureReport check(Profile profile, List<Pack> packs, Progress progress, CancelSignal cancel) {
        return check(profile, packs, KeyedLookups.OFF, progress, cancel);
    }

    /** A check that looks keyed types up through {@code keyed} when it allows it (docs/keyed-tier.md). */
    public ExposureReport check(Profile profile, List<Pack> packs, KeyedLookups keyed, Progress progress, CancelSignal cancel) {
        Map<FormKind, Set<String>> forms = new EnumMap<>(FormKind.class);
        List<InputProblem> problems = new ArrayList<>();
        Set<IdentifierType> checkedTypes = EnumSet.noneOf(IdentifierType.class);
        for (int i = 0; i < profile.identifiers().size(); i++) {
            var identifier = profile.identifiers().get(i);
            Normalised normalised = normaliser.normalise(identifier);
            if (!normalised.isValid()) {
                problems.add(new InputProblem(i, identifier.type(), normalised.problem().orElseThrow()));
                continue;
            }
            checkedTypes.add(identifier.type());
            for (CanonicalForm form : normalised.forms()) {
                forms.computeIfAbsent(form.kind(), k -> new LinkedHashSet<>()).add(form.value());
            }
        }

        Map<String, List<Pack>> packsByScheme = new LinkedHashMap<>();
        for (Pack pack : packs) {
            packsByScheme.computeIfAbsent(pack.scheme().instanceId(), id -> new ArrayList<>()).add(pack);
        }
        List<Lookup> lookups = new ArrayList<>();
        for (List<Pack> group : packsByScheme.values()) {
            Set<TokenType> types = new LinkedHashSet<>();
            group.forEach(pack -> types.addAll(pack.tokenTypes()));
            lookups.add(new Lookup(group, inputs(forms, types)));
        }
        long total = lookups.stream().mapToLong(l -> l.inputs.size()).sum();
        AtomicLong finished = new AtomicLong();

        Map<RecordKey, Hit> hits = new LinkedHashMap<>();
        for (Lookup lookup : lookups) {
            TokenScheme scheme = lookup.packs.get(0).scheme();
            List<TokenType> inputTypes = lookup.inputs.stream().map(TokenInput::type).toList();
            long before = finished.get();
            List<byte[]> tokens = deriver.derive(scheme, lookup.inputs, (done, all) -> progress.update(before + done, total), cancel);
            finished.addAndGet(tokens.size());
            for (Pack pack : lookup.packs) {
                for (int i = 0; i < tokens.size(); i++) {
                    if (!pack.tokenTypes().contains(inputTypes.get(i))) {
                        continue;
                    }
                    for (int record : pack.lookup(tokens.get(i))) {
                        hits.computeIfAbsent(new RecordKey(pack, record), k -> new Hit()).tokenTypes.add(inputTypes.get(i));
                    }
                }
            }
        }
        List<KeyedGap> keyedGaps = new ArrayList<>();
        long keyedTokens = new KeyedRound(deriver, keyed, cancel).lookUp(forms, packs,
                (pack, record, type) -> hits.computeIfAbsent(new RecordKey(pack, record), k -> new Hit()).tokenTypes.add(type), keyedGaps);
        if (!profile.photoProbes().isEmpty()) {
            checkedTypes.add(IdentifierType.PHOTO);
            for (Pack pack : packs) {
                photoHits(profile, pack, hits);
            }
        }
        progress.update(total, total);
        LOG.debug("Checked {} against {} packs: {} tokens, {} records matched, {} unreadable identifiers", profile, packs.size(),
                total, hits.size(), problems.size());
        return new ExposureReport(profile.label(), matches(hits), problems, checkedTypes,
                packs.stream().map(pack -> new CheckedPack(pack.manifest().id(), pack.manifest().title(), pack.manifest().demo())).toList(),
                Math.toIntExact(total + keyedTokens), keyedGaps);
    }

    /** Records with a photo that resembles one of the person's: a fingerprint comparison, never proof. */
    private static void photoHits(Profile profile, Pack pack, Map<RecordKey, Hit> hits) {
        for (int i = 0; i < pack.photoCount(); i++) {
            PhotoHash stored = pack.photoHash(i);
            for (PhotoHash probe : profile.photoProbes()) {
                if (probe.resembles(stored)) {
                    hits.computeIfAbsent(new RecordKey(pack, pack.photoRecord(i)), k -> new Hit()).photo = true;
                    break;
                }
            }
        }
    }

    /** The token types this profile can produce among {@code types}, one input per combination of forms. */
    static List<TokenInput> inputs(Map<FormKind, Set<String>> forms, Set<TokenType> types) {
        List<TokenInput> inputs = new ArrayList<>();
        for (TokenType type : types) {
            inputs.addAll(PairingRules.inputs(type, forms));
        }
        return inputs;
    }

    /**
     * A photo match alone is always POSSIBLE (DESIGN §2): perceptual hashes of different people's photos can
     * be close. Only a matched pair with a strong identifier makes a record CERTAIN.
     */
    private static List<RecordMatch> matches(Map<RecordKey, Hit> hits) {
        List<RecordMatch> matches = new ArrayList<>();
        hits.forEach((key, hit) -> {
            Set<IdentifierType> matchedTypes = EnumSet.noneOf(IdentifierType.class);
            hit.tokenTypes.forEach(type -> type.kinds().forEach(kind -> matchedTypes.add(kind.type())));
            if (hit.photo) {
                matchedTypes.add(IdentifierType.PHOTO);
            }
            Confidence confidence = hit.tokenTypes.stream().anyMatch(TokenType::hasStrongKind) ? Confidence.CERTAIN : Confidence.POSSIBLE;
            Pack pack = key.pack;
            matches.add(new RecordMatch(pack.manifest().id(), pack.manifest().title(), pack.manifest().demo(),
                    pack.record(key.index), matchedTypes, confidence));
        });
        matches.sort(Comparator.comparing(RecordMatch::confidence).thenComparing(RecordMatch::packId)
                .thenComparing(m -> m.record().id()));
        return matches;
    }

    private record Lookup(List<Pack> packs, List<TokenInput> inputs) {
    }

    /** What matched one record: token types, and whether a photo resembled the person's. */
    private static final class Hit {
        final Set<TokenType> tokenTypes = new LinkedHashSet<>();
        boolean photo;
    }

    /** A record of a given pack; identity of the pack object, since two packs may share ids in tests. */
    private static final class RecordKey {
        final Pack pack;
        final int index;

        RecordKey(Pack pack, int index) {
            this.pack = pack;
            this.index = index;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RecordKey key && key.pack == pack && key.index == index;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(pack) * 31 + index;
        }
    }
}
