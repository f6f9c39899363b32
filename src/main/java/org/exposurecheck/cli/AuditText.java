package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.exposurecheck.token.KeyedAudit;
import org.exposurecheck.token.PackAudit;

/** Prints an audit's table of token types and its cheapest chain, for {@code pack build} and {@code pack audit}. */
final class AuditText {
    private AuditText() {
    }

    /** One row per token type in {@code tokens} (type tag → tokens in the pack), cheapest entry first. */
    static boolean print(PackAudit audit, Map<String, ? extends Number> tokens, String indent, PrintWriter out) {
        out.println(String.format("%s%-30s %10s %10s %14s  %s", indent, "token type", "records", "tokens", "entry GPU-yrs", "status"));
        for (PackAudit.TypeCost type : audit.types()) {
            Number count = tokens.get(type.type().tag());
            out.println(String.format("%s%-30s %10d %10d %14s  %s", indent, type.type().tag(), type.records(),
                    count == null ? 0 : count.longValue(), Numbers.years(type.gpuYears()), audit.allowed(type) ? "ok" : "BELOW MINIMUM"));
        }
        out.println(indent + chain(audit));
        return audit.passes();
    }

    /**
     * The keyed types: not priced in GPU-years, since nobody can guess them without the service's key, but by the
     * service's daily limit; the stolen-key figure says what they would cost offline if the key leaked.
     */
    static void printKeyed(KeyedAudit keyed, String indent, PrintWriter out) {
        out.println(indent + "Keyed tokens (" + keyed.kdf() + " after the service's PRF): online only, at most "
                + String.format(Locale.ROOT, "%,d", keyed.guessesPerDay()) + " guesses a day at the service's limits.");
        out.println(String.format("%s%-30s %10s %10s %14s %16s  %s", indent, "keyed type", "tokens", "guesses", "days to sweep",
                "if key stolen", "status"));
        for (KeyedAudit.Row row : keyed.rows()) {
            out.println(String.format(Locale.ROOT, "%s%-30s %10d %10s %14s %16s  %s", indent, row.type().tag(), row.tokens(),
                    Numbers.scientific(row.guesses()), String.format(Locale.ROOT, "%,.0f", row.daysAtLimit()),
                    Numbers.years(row.stolenKeyGpuYears()) + " GPU-yrs", "online only"));
        }
    }

    static String chain(PackAudit audit) {
        return audit.cheapestChain().map(chain -> String.format("Cheapest chain: once a record's %s token is cracked, its %s token"
                        + " reveals the %s after %s more GPU-years (%s).", chain.entry().tag(), chain.step().tag(), chain.revealed().tag(),
                Numbers.years(chain.gpuYears()), chain.guesses() >= audit.policyGuesses() ? "ok" : "BELOW MINIMUM"))
                .orElse("Cheapest chain: none; no record's tokens lead from one strong identifier to another.");
    }
}
