package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.util.Map;
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

    static String chain(PackAudit audit) {
        return audit.cheapestChain().map(chain -> String.format("Cheapest chain: once a record's %s token is cracked, its %s token"
                        + " reveals the %s after %s more GPU-years (%s).", chain.entry().tag(), chain.step().tag(), chain.revealed().tag(),
                Numbers.years(chain.gpuYears()), chain.guesses() >= audit.policyGuesses() ? "ok" : "BELOW MINIMUM"))
                .orElse("Cheapest chain: none; no record's tokens lead from one strong identifier to another.");
    }
}
