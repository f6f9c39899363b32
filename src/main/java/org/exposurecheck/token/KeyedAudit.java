package org.exposurecheck.token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.exposurecheck.identity.FormKind;

/**
 * The audit of a pack's keyed tokens (docs/keyed-tier.md). They cannot be guessed offline at all, so GPU-years do
 * not bound them: the service's daily limit does. Per keyed type this gives the type's guess space as an attacker
 * with name lists faces it, how many days a sweep of it takes at the service's limit in all, and, for the case the
 * key is stolen, the GPU-years the same sweep costs offline at the keyed Argon2id settings.
 */
public final class KeyedAudit {
    /** One keyed type: its tokens, its guess space, and what sweeping that space costs online and with a stolen key. */
    public record Row(TokenType type, long tokens, double guesses, double daysAtLimit, double stolenKeyGpuYears) {
    }

    private final long guessesPerDay;
    private final KdfParameters kdf;
    private final List<Row> rows;

    private KeyedAudit(long guessesPerDay, KdfParameters kdf, List<Row> rows) {
        this.guessesPerDay = guessesPerDay;
        this.kdf = kdf;
        this.rows = rows;
    }

    public static KeyedAudit of(KdfParameters kdf, long guessesPerDay, Map<TokenType, ? extends Number> tokens) {
        List<Row> rows = new ArrayList<>();
        tokens.forEach((type, count) -> {
            double guesses = guesses(type);
            rows.add(new Row(type, count.longValue(), guesses, guesses / guessesPerDay,
                    AttackerModel.gpuYears(guesses, kdf.costRelativeToReference())));
        });
        rows.sort(Comparator.comparingDouble(Row::guesses).thenComparing(row -> row.type().tag()));
        return new KeyedAudit(guessesPerDay, kdf, List.copyOf(rows));
    }

    /**
     * Guesses to try every value of a pair type, on the attacker-friendly side: the cheaper order of the two, each
     * value given the one before when they correlate; an e-mail address or handle beside a name counts as spelled
     * from it (one guess per name, docs/guess-spaces.md).
     */
    static double guesses(TokenType type) {
        if (!type.isPair()) {
            return GuessSpace.of(type.kinds().get(0));
        }
        FormKind a = type.kinds().get(0);
        FormKind b = type.kinds().get(1);
        if (isNameWithDerivable(a, b) || isNameWithDerivable(b, a)) {
            return GuessSpace.of(FormKind.NAME);
        }
        return Math.min(GuessSpace.of(a) * given(b, a), GuessSpace.of(b) * given(a, b));
    }

    private static boolean isNameWithDerivable(FormKind name, FormKind other) {
        return name == FormKind.NAME && (other == FormKind.EMAIL || other == FormKind.HANDLE);
    }

    private static double given(FormKind unknown, FormKind known) {
        OptionalDouble conditional = GuessSpace.given(unknown, known);
        return conditional.isPresent() ? conditional.getAsDouble() : GuessSpace.of(unknown);
    }

    /** The most evaluations a day the service allows in all, as the pack declares it. */
    public long guessesPerDay() {
        return guessesPerDay;
    }

    public KdfParameters kdf() {
        return kdf;
    }

    /** Per keyed type, the cheapest to sweep first. */
    public List<Row> rows() {
        return rows;
    }
}
