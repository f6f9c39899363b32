package org.exposurecheck.token;

import java.util.EnumSet;
import java.util.Set;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.IdentifierType;

/**
 * Which tokens a builder considers before the audit decides which of them ship: every single kind, and
 * every pair of kinds of different identifier types — except that a plate or an employer is only ever
 * paired with a name (DESIGN §3), since on its own it describes a car or a workplace, not a person.
 */
public final class PairingRules {
    private static final Set<IdentifierType> NAME_ONLY_PARTNERS = EnumSet.of(IdentifierType.PLATE, IdentifierType.EMPLOYER);

    private PairingRules() {
    }

    /** Whether a token may join these two kinds: different identifier types, and a plate or employer only with a name. */
    public static boolean mayPair(FormKind a, FormKind b) {
        if (a.type() == b.type()) {
            return false;
        }
        if (NAME_ONLY_PARTNERS.contains(a.type())) {
            return b == FormKind.NAME;
        }
        if (NAME_ONLY_PARTNERS.contains(b.type())) {
            return a == FormKind.NAME;
        }
        return true;
    }
}
