package org.exposurecheck.token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exposurecheck.identity.FormKind;

/**
 * The audit of a whole pack from its description alone: the KDF and the shapes of its records. The builder
 * prints it in its report; a client repeats it with its own model and minimum before it uses a pack, so it
 * never relies on the policy a pack declares. Per token type it gives the cheapest entry over all shapes that
 * hold the type (conditional on what each shape's other values give away), and for the pack the cheapest step
 * to a new strong value once any one token of a record is cracked.
 */
public final class PackAudit {
    /** Distinct record shapes a pack may declare: real packs have tens, and each costs the client an audit. */
    public static final int MAX_SHAPES = 1_000;

    /** A shape and how many records have it. */
    public record ShapeCount(RecordShape shape, int records) {
    }

    /** The cheapest entry into any record through one token type. */
    public record TypeCost(TokenType type, long records, double guesses, double gpuYears) {
    }

    /** The cheapest chain: after cracking an {@code entry} token, a {@code step} token reveals a {@code revealed} value. */
    public record ChainCost(TokenType entry, TokenType step, FormKind revealed, double guesses, double gpuYears) {
    }

    private final AuditPolicy minimum;
    private final double policyGuesses;
    private final List<TypeCost> types;
    private final Optional<ChainCost> cheapestChain;

    private PackAudit(AuditPolicy minimum, double policyGuesses, List<TypeCost> types, Optional<ChainCost> cheapestChain) {
        this.minimum = minimum;
        this.policyGuesses = policyGuesses;
        this.types = types;
        this.cheapestChain = cheapestChain;
    }

    public static PackAudit of(KdfParameters kdf, AuditPolicy minimum, List<ShapeCount> shapes) {
        double cost = kdf.costRelativeToReference();
        ChainAudit audit = ChainAudit.of(minimum, cost);
        Map<TokenType, double[]> cheapest = new LinkedHashMap<>();
        Map<TokenType, Long> records = new LinkedHashMap<>();
        ChainCost chain = null;
        for (ShapeCount counted : shapes) {
            RecordShape shape = counted.shape();
            ChainAudit.Verdict verdict = audit.audit(shape);
            for (int token = 0; token < shape.tokens().size(); token++) {
                TokenType type = shape.type(shape.tokens().get(token));
                double guesses = verdict.entryGuesses().get(token);
                cheapest.computeIfAbsent(type, t -> new double[] {Double.POSITIVE_INFINITY});
                cheapest.get(type)[0] = Math.min(cheapest.get(type)[0], guesses);
                records.merge(type, (long) counted.records(), Long::sum);
            }
            if (verdict.cheapestChain().isPresent() && (chain == null || verdict.cheapestChainGuesses() < chain.guesses())) {
                ChainAudit.Chain step = verdict.cheapestChain().get();
                chain = new ChainCost(shape.type(shape.tokens().get(step.entry())), shape.type(shape.tokens().get(step.step())),
                        shape.values().get(step.revealed()).kind(), step.guesses(), AttackerModel.gpuYears(step.guesses(), cost));
            }
        }
        List<TypeCost> types = new ArrayList<>();
        cheapest.forEach((type, guesses) -> types.add(new TypeCost(type, records.get(type), guesses[0],
                AttackerModel.gpuYears(guesses[0], cost))));
        types.sort(Comparator.comparingDouble(TypeCost::guesses));
        return new PackAudit(minimum, audit.policyGuesses(), List.copyOf(types), Optional.ofNullable(chain));
    }

    public AuditPolicy minimum() {
        return minimum;
    }

    /** The minimum as guesses at this pack's KDF. */
    public double policyGuesses() {
        return policyGuesses;
    }

    /** Per token type, cheapest first. */
    public List<TypeCost> types() {
        return types;
    }

    public Optional<TypeCost> cheapestType() {
        return types.stream().findFirst();
    }

    public Optional<ChainCost> cheapestChain() {
        return cheapestChain;
    }

    public boolean allowed(TypeCost type) {
        return type.guesses() >= policyGuesses;
    }

    public boolean passes() {
        return types.stream().allMatch(this::allowed) && cheapestChain.map(chain -> chain.guesses() >= policyGuesses).orElse(true);
    }
}
