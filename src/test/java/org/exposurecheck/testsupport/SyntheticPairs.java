package org.exposurecheck.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.Profile;
import org.exposurecheck.token.TokenInput;

/**
 * The weak pairs the keyed tier is for (a name with a date of birth, plate, employer, email or handle), taken
 * from the project's synthetic personas, as inputs for keyed lookups in tests.
 */
public final class SyntheticPairs {
    private static final Set<FormKind> PARTNERS = EnumSet.of(FormKind.DOB, FormKind.PLATE, FormKind.EMPLOYER, FormKind.EMAIL, FormKind.HANDLE);

    private final List<List<CanonicalForm>> pairs;
    private final List<String> rawValues;

    private SyntheticPairs(List<List<CanonicalForm>> pairs, List<String> rawValues) {
        this.pairs = pairs;
        this.rawValues = rawValues;
    }

    /** At least {@code count} pairs from the synthetic personas of {@code seed}. */
    public static SyntheticPairs generate(int count, long seed) {
        Normaliser normaliser = new Normaliser(TestPacks.CLOCK);
        List<List<CanonicalForm>> pairs = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        for (Profile persona : SyntheticDataset.generate(4 * count, 2 * count, seed).personas()) {
            List<CanonicalForm> names = new ArrayList<>();
            List<CanonicalForm> partners = new ArrayList<>();
            for (Identifier identifier : persona.identifiers()) {
                for (CanonicalForm form : normaliser.normalise(identifier).forms()) {
                    if (form.kind() == FormKind.NAME) {
                        names.add(form);
                    } else if (PARTNERS.contains(form.kind())) {
                        partners.add(form);
                    }
                }
                if (identifier.type().id().equals("name") || PARTNERS.stream().anyMatch(kind -> kind.type() == identifier.type())) {
                    raw.add(identifier.value());
                }
            }
            for (CanonicalForm name : names) {
                for (CanonicalForm partner : partners) {
                    pairs.add(List.of(name, partner));
                }
            }
            if (pairs.size() >= count) {
                return new SyntheticPairs(pairs, raw);
            }
        }
        throw new IllegalStateException("the synthetic personas hold fewer than " + count + " weak pairs");
    }

    public int size() {
        return pairs.size();
    }

    /** Fresh token inputs (a keyed derivation wipes the ones it is given). */
    public List<TokenInput> tokenInputs() {
        return pairs.stream().map(TokenInput::of).toList();
    }

    /** The pairs as plain bytes, for tests of the VOPRF round below the token encoding. */
    public List<byte[]> bytes() {
        return pairs.stream().map(pair -> (pair.get(0).kind().tag() + ":" + pair.get(0).value() + "|" + pair.get(1).kind().tag() + ":"
                + pair.get(1).value()).getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Every raw and canonical value the pairs came from, for privacy scans. */
    public List<String> values() {
        List<String> values = new ArrayList<>(rawValues);
        pairs.forEach(pair -> pair.forEach(form -> values.add(form.value())));
        return values.stream().distinct().toList();
    }
}
