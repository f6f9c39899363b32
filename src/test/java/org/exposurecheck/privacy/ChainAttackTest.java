package org.exposurecheck.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.exposurecheck.demo.LeakedPeople;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.pack.PackBuilder;
import org.exposurecheck.testsupport.V1Pricing;
import org.exposurecheck.token.PairingRules;
import org.exposurecheck.token.TokenDeriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A record is a chain (issue 9): once one of its tokens is cracked, the attacker knows its values and tries each
 * known value with every value of another kind. One unknown value costs at most 10⁹ guesses (an e-mail
 * address), 0.02 GPU-years at the defaults, so every such step is affordable. For each record and each of its
 * tokens taken as the entry, the attack follows every step the pack answers and counts the records where it
 * learns a strong identifier (phone, HKID, flat, e-mail, handle, plate) the entry did not hold (a home printed in
 * both scripts is one value: its printings share a sound key). It must be none
 * in a v2 pack and some in a v1 pack (the positive control).
 *
 * <p>Trying every value of a kind hits a record's token only with that record's own value, so each step is run
 * with the record's true values alone: the same hits as enumerating the whole space, at a test's cost.
 */
class ChainAttackTest {
    private static final int PEOPLE = 60;
    private static final Normaliser N1 = new Normaliser();
    private static final TokenDeriver DERIVER = new TokenDeriver(2);
    private static List<LeakedPeople.Leaked> people;

    @BeforeAll
    static void generate() {
        people = LeakedPeople.generate(PEOPLE, 1997);
    }

    @AfterAll
    static void stop() {
        DERIVER.close();
    }

    @Test
    void noCrackedTokenOfAV2PackLeadsToAnotherStrongIdentifierButV1PacksDo() throws Exception {
        Map<String, String> fromV1 = chainAttack(AttackPacks.build(people, V1Pricing.MODEL));
        assertThat(fromV1).as("positive control: chains through a v1 pack").hasSizeGreaterThanOrEqualTo(10);
        assertThat(chainAttack(AttackPacks.build(people, PackBuilder.CHAIN_AWARE))).as("records a chain reveals more of").isEmpty();
    }

    /** Per record with a chain, what the attack learnt ("entered by name+phone, learnt hkid"). */
    private static Map<String, String> chainAttack(AttackPacks.Target target) {
        Map<String, String> revealed = new TreeMap<>();
        for (LeakedPeople.Leaked person : people) {
            List<Value> values = values(person.record().identifiers());
            for (int a = 0; a < values.size(); a++) {
                for (int b = a + 1; b < values.size(); b++) {
                    if (holds(target, person, values.get(a), values.get(b))) {
                        Set<Integer> entry = Set.of(a, b);
                        follow(target, person, values, entry).ifPresent(learnt -> revealed.put(person.record().sourceId(),
                                "entered by " + values.get(entry.iterator().next()).kind().tag() + " pair, learnt " + learnt));
                    }
                }
            }
        }
        return revealed;
    }

    /** From the entry's values, every step the pack answers; the first strong kind learnt beyond the entry, if any. */
    private static java.util.Optional<String> follow(AttackPacks.Target target, LeakedPeople.Leaked person, List<Value> values, Set<Integer> entry) {
        Set<Integer> known = closure(values, entry);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int unknown = 0; unknown < values.size(); unknown++) {
                if (known.contains(unknown)) {
                    continue;
                }
                for (int k : List.copyOf(known)) {
                    if (holds(target, person, values.get(k), values.get(unknown))) {
                        if (values.get(unknown).kind().isStrong()) {
                            return java.util.Optional.of(values.get(unknown).kind().tag());
                        }
                        known.addAll(closure(values, Set.of(unknown)));
                        progress = true;
                        break;
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the pack holds a token of these two values that points to this person's record. */
    private static boolean holds(AttackPacks.Target target, LeakedPeople.Leaked person, Value a, Value b) {
        if (!PairingRules.mayPair(a.kind(), b.kind())) {
            return false;
        }
        List<List<CanonicalForm>> tokens = new ArrayList<>();
        for (CanonicalForm x : a.forms()) {
            for (CanonicalForm y : b.forms()) {
                tokens.add(List.of(x, y));
            }
        }
        return target.sourceIds(target.lookup(tokens, DERIVER)).contains(person.record().sourceId());
    }

    /** Knowing a value gives the others it contains: a flat key gives its building, every form of the name gives the others. */
    private static Set<Integer> closure(List<Value> values, Set<Integer> known) {
        Set<Integer> closed = new HashSet<>(known);
        for (int k : known) {
            for (int i = 0; i < values.size(); i++) {
                Value value = values.get(i);
                Value from = values.get(k);
                boolean sameAddress = from.kind() == FormKind.ADDRESS_FLAT && value.kind() == FormKind.ADDRESS_BUILDING
                        && value.identifier() == from.identifier();
                // The same home printed in both scripts shares its sound key: knowing one printing is knowing the home.
                boolean sameHome = from.kind() == value.kind() && value.forms().stream().anyMatch(from.forms()::contains);
                if (sameAddress || sameHome || from.kind() == FormKind.NAME && value.kind() == FormKind.NAME) {
                    closed.add(i);
                }
            }
        }
        return closed;
    }

    /** One identifier's forms of one kind. */
    private record Value(int identifier, FormKind kind, List<CanonicalForm> forms) {
    }

    private static List<Value> values(List<Identifier> identifiers) {
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < identifiers.size(); i++) {
            Map<FormKind, List<CanonicalForm>> byKind = new TreeMap<>();
            for (CanonicalForm form : N1.normalise(identifiers.get(i)).forms()) {
                if (!form.isDerived()) {
                    byKind.computeIfAbsent(form.kind(), k -> new ArrayList<>()).add(form);
                }
            }
            int identifier = i;
            byKind.forEach((kind, forms) -> values.add(new Value(identifier, kind, forms)));
        }
        return values;
    }
}
