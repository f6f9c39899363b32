package org.exposurecheck.token;

import java.util.List;

/**
 * Decides which of a record's candidate tokens ship. The builder offers every token of the record that pairing
 * rules allow; the planner keeps a set the audit accepts and says why each other one was dropped.
 */
public interface PairPlanner {
    /** Why a candidate token was not shipped. */
    enum Reason {
        /** Cheaper than the policy to crack from nothing. */
        ENTRY,
        /** Affordable on its own, but together with the tokens kept it would let a chain reveal a new strong value. */
        CHAIN,
        /** The record already ships as many values or tokens as one shape may hold ({@link RecordShape#MAX_TOKENS}). */
        LIMIT
    }

    /**
     * @param kept    indices of the candidate tokens that ship
     * @param dropped per candidate token index, why it does not ship (same order as the candidates, null where kept)
     */
    record Plan(List<Integer> kept, List<Reason> dropped) {
    }

    Plan plan(RecordShape candidates);
}
