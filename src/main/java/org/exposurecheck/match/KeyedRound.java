package org.exposurecheck.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.pack.KeyedTier;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.TokenInput;
import org.exposurecheck.token.TokenType;

/**
 * The keyed part of a check (docs/keyed-tier.md): the person's pairs of the packs' keyed types go, blinded, to each
 * service once however many of its packs share its key; the proven answers become tokens with each pack's keyed
 * Argon2id and are looked up like any token. A pack whose keyed types the person gives no details for needs no
 * round, and neither does one the person did not allow keyed lookups for. When lookups are not allowed, or the service gives no usable answer, the pack's keyed types the person
 * could have matched are reported as a {@link KeyedGap}, never as "not found".
 */
final class KeyedRound {
    /** Where a keyed token matched: the pack, the record, and the token's type. */
    interface Hits {
        void add(Pack pack, int record, TokenType type);
    }

    private final TokenDeriver deriver;
    private final KeyedLookups lookups;
    private final CancelSignal cancel;

    KeyedRound(TokenDeriver deriver, KeyedLookups lookups, CancelSignal cancel) {
        this.deriver = deriver;
        this.lookups = lookups;
        this.cancel = cancel;
    }

    /** Looks the person's keyed pairs up in every keyed pack; returns how many keyed tokens were derived. */
    long lookUp(Map<FormKind, Set<String>> forms, List<Pack> packs, Hits hits, List<KeyedGap> gaps) {
        Map<String, List<Pack>> byService = new LinkedHashMap<>();
        for (Pack pack : packs) {
            pack.keyedTier().ifPresent(tier -> byService.computeIfAbsent(tier.serviceUrl() + "|" + tier.serviceKey().idHex(),
                    service -> new ArrayList<>()).add(pack));
        }
        long derived = 0;
        for (List<Pack> service : byService.values()) {
            derived += lookUpAtOneService(forms, service, hits, gaps);
        }
        return derived;
    }

    private long lookUpAtOneService(Map<FormKind, Set<String>> forms, List<Pack> service, Hits hits, List<KeyedGap> gaps) {
        List<Pack> packs = new ArrayList<>();
        for (Pack pack : service) {
            if (lookups.allowed(pack)) {
                packs.add(pack);
            } else {
                List<TokenInput> unasked = MatchEngine.inputs(forms, tier(pack).tokenTypes());
                unasked.forEach(TokenInput::wipe);
                gap(pack, unasked.stream().map(TokenInput::type).toList(), Optional.empty(), gaps);
            }
        }
        if (packs.isEmpty()) {
            return 0;
        }
        Set<TokenType> types = new LinkedHashSet<>();
        packs.forEach(pack -> types.addAll(tier(pack).tokenTypes()));
        List<TokenInput> inputs = MatchEngine.inputs(forms, types);
        if (inputs.isEmpty()) {
            return 0;
        }
        List<TokenType> inputTypes = inputs.stream().map(TokenInput::type).toList();
        KeyedTier first = tier(packs.get(0));
        List<byte[]> outputs;
        try {
            // The PRF stage depends on the key alone, so one round serves every pack of this service.
            outputs = first.scheme().prfOutputs(inputs, lookups.prf(first));
        } catch (KeyedLookupException failed) {
            packs.forEach(pack -> gap(pack, inputTypes, Optional.of(failed), gaps));
            return 0;
        }
        long derived = 0;
        try {
            for (Pack pack : packs) {
                List<byte[]> copies = outputs.stream().map(byte[]::clone).toList();
                List<byte[]> tokens = deriver.deriveKeyed(tier(pack).scheme(), copies, Progress.NONE, cancel);
                derived += tokens.size();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tier(pack).tokenTypes().contains(inputTypes.get(i))) {
                        for (int record : pack.lookup(tokens.get(i))) {
                            hits.add(pack, record, inputTypes.get(i));
                        }
                    }
                }
            }
        } finally {
            outputs.forEach(output -> Arrays.fill(output, (byte) 0));
        }
        return derived;
    }

    private static void gap(Pack pack, List<TokenType> inputTypes, Optional<KeyedLookupException> failure, List<KeyedGap> gaps) {
        Set<TokenType> packTypes = tier(pack).tokenTypes();
        List<TokenType> missed = inputTypes.stream().distinct().filter(packTypes::contains)
                .sorted(Comparator.comparing(TokenType::tag)).toList();
        if (!missed.isEmpty()) {
            gaps.add(new KeyedGap(pack.manifest().id(), pack.manifest().title(), missed, failure.map(KeyedLookupException::sentence)));
        }
    }

    private static KeyedTier tier(Pack pack) {
        return pack.keyedTier().orElseThrow();
    }
}
