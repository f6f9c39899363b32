package org.exposurecheck.token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.IdentifierType;

/**
 * The one owner of how tokens are formed, for the builder and the matcher alike, whose bytes must agree.
 * Which tokens a builder considers before the audit decides which of them ship: every single kind, and
 * every pair of kinds of different identifier types — except that a plate or an employer is only ever
 * paired with a name (DESIGN §3), since on its own it describes a car or a workplace, not a person. And which
 * inputs a token type is derived from: one form of each of its kinds, in every combination.
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

    /**
     * One input per combination of forms, one form of each of {@code type}'s kinds taken from {@code forms};
     * none where a kind has no form. The builder gives the forms of one record's values, the matcher those of
     * everything the person typed.
     */
    public static List<TokenInput> inputs(TokenType type, Map<FormKind, ? extends Collection<String>> forms) {
        List<List<CanonicalForm>> combinations = List.of(List.of());
        for (FormKind kind : type.kinds()) {
            List<List<CanonicalForm>> extended = new ArrayList<>();
            for (List<CanonicalForm> partial : combinations) {
                Collection<String> values = forms.containsKey(kind) ? forms.get(kind) : List.of();
                for (String value : values) {
                    List<CanonicalForm> next = new ArrayList<>(partial);
                    next.add(new CanonicalForm(kind, value));
                    extended.add(next);
                }
            }
            combinations = extended;
        }
        return combinations.stream().map(TokenInput::of).toList();
    }
}
