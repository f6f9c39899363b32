package org.exposurecheck.token;

import java.util.Comparator;
import java.util.List;

/**
 * Prices each token type: guess space × KDF cost ÷ reference attacker rate = GPU-years to enumerate.
 * Types below the policy threshold are not built; the builder reports them instead.
 */
public final class Audit {
    private Audit() {
    }

    public static TokenTypeAudit of(TokenType type, double costRelativeToReference, AuditPolicy policy) {
        double space = type.kinds().stream().mapToDouble(GuessSpace::of).reduce(1, (a, b) -> a * b);
        double years = AttackerModel.gpuYears(space, costRelativeToReference);
        return new TokenTypeAudit(type, space, AttackerModel.guessesPerSecond(costRelativeToReference), years,
                years >= policy.minGpuYears());
    }

    /** Every candidate type of {@link PairingRules}, most expensive first. */
    public static List<TokenTypeAudit> candidates(double costRelativeToReference, AuditPolicy policy) {
        return PairingRules.candidates().stream()
                .map(type -> of(type, costRelativeToReference, policy))
                .sorted(Comparator.comparingDouble(TokenTypeAudit::gpuYears).reversed())
                .toList();
    }
}
