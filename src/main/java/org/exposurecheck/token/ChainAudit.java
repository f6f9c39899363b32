package org.exposurecheck.token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.exposurecheck.identity.FormKind;

/**
 * The attacker model v2 (docs/guess-spaces.md, docs/decisions/0012-chain-aware-audit.md), applied to one
 * record shape. Guessing is conditional: the attacker enumerates a token's values in the cheapest order,
 * possibly through one value the token does not hold (the person's name, from which an e-mail address is
 * spelled), and each value costs its space given what is already known or guessed. A record is a chain: once
 * any one of its tokens is cracked, its values are known, and every other token is re-priced; those below the
 * policy fall too, and so on. A shape passes when
 * <ul>
 *     <li>every token costs at least the policy to crack from nothing (the cheapest entry), and</li>
 *     <li>whichever token is cracked first, no step cheaper than the policy reveals a strong value
 *     (phone, HKID, flat, e-mail, handle, plate) that no cracked token held yet.</li>
 * </ul>
 * The second rule is what "the policy holds for every step" means: paying for one token buys its values and
 * the weak details that hang off them, never another strong identifier.
 */
public final class ChainAudit {
    private final double policyGuesses;

    public ChainAudit(double policyGuesses) {
        if (!(policyGuesses > 0)) {
            throw new IllegalArgumentException("the policy is a positive number of guesses");
        }
        this.policyGuesses = policyGuesses;
    }

    /** The audit for a policy in reference GPU-years, at a KDF of the given relative cost. */
    public static ChainAudit of(AuditPolicy policy, double costRelativeToReference) {
        return new ChainAudit(AttackerModel.guesses(policy.minGpuYears(), costRelativeToReference));
    }

    public double policyGuesses() {
        return policyGuesses;
    }

    /**
     * A step of a chain: once {@code entry} is cracked, cracking {@code step} reveals the strong value
     * {@code revealed} for {@code guesses} more guesses.
     */
    public record Chain(int entry, int step, int revealed, double guesses) {
    }

    /**
     * The audit of one shape.
     *
     * @param entryGuesses  per token, the guesses to crack it from nothing
     * @param cheapestChain the cheapest step to a new strong value after any one token is cracked, if the
     *                      shape has such a step at all
     */
    public record Verdict(List<Double> entryGuesses, Optional<Chain> cheapestChain, double policyGuesses) {
        public double cheapestEntry() {
            return entryGuesses.stream().mapToDouble(Double::doubleValue).min().orElse(Double.POSITIVE_INFINITY);
        }

        public double cheapestChainGuesses() {
            return cheapestChain.map(Chain::guesses).orElse(Double.POSITIVE_INFINITY);
        }

        public boolean passes() {
            return cheapestEntry() >= policyGuesses && cheapestChainGuesses() >= policyGuesses;
        }
    }

    /** The guesses to crack one token of the shape from nothing. */
    public double entryGuesses(RecordShape shape, int token) {
        Model model = new Model(shape);
        return model.stepGuesses(shape.tokens().get(token), model.computable(new BitSet()));
    }

    public Verdict audit(RecordShape shape) {
        Model model = new Model(shape);
        List<Double> entries = new ArrayList<>();
        BitSet nothing = model.computable(new BitSet());
        for (RecordShape.Link link : shape.tokens()) {
            entries.add(model.stepGuesses(link, nothing));
        }
        Chain cheapest = null;
        for (int entry = 0; entry < shape.tokens().size(); entry++) {
            Chain chain = model.cheapestChainAfter(entry);
            if (chain != null && (cheapest == null || chain.guesses() < cheapest.guesses())) {
                cheapest = chain;
            }
        }
        return new Verdict(List.copyOf(entries), Optional.ofNullable(cheapest), policyGuesses);
    }

    /** One shape's values, with the person's name added as a value no token holds when the record shows none. */
    private final class Model {
        private final RecordShape shape;
        private final List<RecordShape.Value> values;

        Model(RecordShape shape) {
            this.shape = shape;
            List<RecordShape.Value> all = new ArrayList<>(shape.values());
            if (all.stream().noneMatch(value -> value.kind() == FormKind.NAME)) {
                // Everyone has a name; an attacker may guess it to spell an e-mail address even when the leak left it out.
                all.add(RecordShape.Value.of(FormKind.NAME));
            }
            this.values = List.copyOf(all);
        }

        /**
         * Cracks {@code entry}, follows every step below the policy, and returns the cheapest step to a new strong
         * value. Pricing assumes the most the attacker could compute (another printed address of the same home
         * costs nothing to look up); novelty assumes the least: a strong value counts as learnt only once a token
         * confirmed it, so a step to it always counts, however cheap the lookup.
         */
        Chain cheapestChainAfter(int entry) {
            BitSet known = new BitSet();
            mark(known, shape.tokens().get(entry));
            Chain cheapest = null;
            boolean progress = true;
            while (progress) {
                progress = false;
                BitSet computable = computable(known);
                for (int step = 0; step < shape.tokens().size(); step++) {
                    RecordShape.Link link = shape.tokens().get(step);
                    if (coveredBy(link, known)) {
                        continue;
                    }
                    double guesses = stepGuesses(link, computable);
                    for (int value : new int[] {link.first(), link.second()}) {
                        if (value >= 0 && !known.get(value) && values.get(value).kind().isStrong()
                                && (cheapest == null || guesses < cheapest.guesses())) {
                            cheapest = new Chain(entry, step, value, guesses);
                        }
                    }
                    if (guesses < policyGuesses) {
                        mark(known, link);
                        computable = computable(known);
                        progress = true;
                    }
                }
            }
            return cheapest;
        }

        /**
         * The fewest guesses to learn the values of {@code link} not in {@code computable} (what is known and
         * everything one lookup from it): in either order, possibly through one more value guessed first (a latent)
         * that makes them cheaper. Only the token confirms a guess, so the counts multiply.
         */
        double stepGuesses(RecordShape.Link link, BitSet computable) {
            List<Integer> unknown = new ArrayList<>();
            for (int value : new int[] {link.first(), link.second()}) {
                if (value >= 0 && !computable.get(value)) {
                    unknown.add(value);
                }
            }
            if (unknown.isEmpty()) {
                return 1;
            }
            double best = orderedGuesses(unknown, computable);
            for (int latent = 0; latent < values.size(); latent++) {
                if (!computable.get(latent) && !link.touches(latent)) {
                    BitSet withLatent = (BitSet) computable.clone();
                    withLatent.set(latent);
                    best = Math.min(best, space(latent, computable) * orderedGuesses(unknown, withLatent));
                }
            }
            return best;
        }

        private double orderedGuesses(List<Integer> unknown, BitSet known) {
            if (unknown.size() == 1) {
                return space(unknown.get(0), known);
            }
            double best = Double.POSITIVE_INFINITY;
            for (int first = 0; first < 2; first++) {
                int a = unknown.get(first);
                int b = unknown.get(1 - first);
                BitSet afterFirst = (BitSet) known.clone();
                afterFirst.set(a);
                best = Math.min(best, space(a, known) * space(b, afterFirst));
            }
            return best;
        }

        /** What is known plus everything one lookup away from it (a space of one guess). */
        BitSet computable(BitSet known) {
            BitSet result = (BitSet) known.clone();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int value = 0; value < values.size(); value++) {
                    if (!result.get(value) && space(value, result) <= 1) {
                        result.set(value);
                        grew = true;
                    }
                }
            }
            return result;
        }

        /** The space of one value given the known ones: its own space, or less through a correlated known value. */
        double space(int value, BitSet known) {
            RecordShape.Value target = values.get(value);
            double best = GuessSpace.of(target.kind());
            for (int other = known.nextSetBit(0); other >= 0; other = known.nextSetBit(other + 1)) {
                if (other != value) {
                    best = Math.min(best, given(target, values.get(other)));
                }
            }
            return best;
        }

        private double given(RecordShape.Value target, RecordShape.Value known) {
            boolean spelledFrom = known.kind() == FormKind.NAME || known.kind() == FormKind.EMAIL || known.kind() == FormKind.HANDLE;
            if ((target.kind() == FormKind.EMAIL || target.kind() == FormKind.HANDLE) && spelledFrom) {
                return target.derivedGuesses();
            }
            if (target.kind() == FormKind.NAME && known.isDerived()) {
                // An address spelled from the name gives the name away.
                return 1;
            }
            return GuessSpace.given(target.kind(), known.kind()).orElse(Double.POSITIVE_INFINITY);
        }

        private void mark(BitSet known, RecordShape.Link link) {
            known.set(link.first());
            if (link.isPair()) {
                known.set(link.second());
            }
        }

        private boolean coveredBy(RecordShape.Link link, BitSet known) {
            return known.get(link.first()) && (!link.isPair() || known.get(link.second()));
        }
    }
}
