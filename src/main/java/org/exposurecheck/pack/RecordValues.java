package org.exposurecheck.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.NameSounds;
import org.exposurecheck.token.NameDerivedGrammar;
import org.exposurecheck.token.PairingRules;
import org.exposurecheck.token.RecordShape;
import org.exposurecheck.token.TokenInput;

/**
 * One record's canonical forms grouped into the values the audit reasons about: all forms of the name are one
 * value, all forms one identifier gave of one kind are one value (a handle with and without its dots, one
 * printed address's flat key), and forms that coincide are one value. E-mail addresses and handles are priced
 * against the record's name with the attacker's {@link NameDerivedGrammar}. Holds personal data for the time of
 * one record: {@link #toString()} says nothing about it.
 */
final class RecordValues {
    /** E-mail addresses or handles whose letters match: found from each other by moving separators and up to four digits. */
    static final double SAME_LETTERS_GUESSES = 1e5;

    private final NameDerivedGrammar grammar;
    private final List<Group> groups = new ArrayList<>();

    /** The forms of one value, and which identifier of the record they came from. */
    private static final class Group {
        final FormKind kind;
        final Set<Integer> identifiers = new LinkedHashSet<>();
        final Set<String> forms = new LinkedHashSet<>();

        Group(FormKind kind) {
            this.kind = kind;
        }
    }

    /** The candidate tokens of a record: the shape the planner judges, and the forms behind each of its values. */
    record Candidates(RecordShape shape, List<Set<String>> forms) {
        /** One token input per combination of the forms of a token's values. */
        List<TokenInput> inputs(int token) {
            RecordShape.Link link = shape.tokens().get(token);
            Map<FormKind, Set<String>> linked = new EnumMap<>(FormKind.class);
            linked.put(shape.values().get(link.first()).kind(), forms.get(link.first()));
            if (link.isPair()) {
                linked.put(shape.values().get(link.second()).kind(), forms.get(link.second()));
            }
            return PairingRules.inputs(shape.type(link), linked);
        }

        long combinations(int token) {
            RecordShape.Link link = shape.tokens().get(token);
            return link.isPair() ? (long) forms.get(link.first()).size() * forms.get(link.second()).size() : forms.get(link.first()).size();
        }

        @Override
        public String toString() {
            return "Candidates[" + shape + ", <redacted>]";
        }
    }

    RecordValues(NameDerivedGrammar grammar) {
        this.grammar = grammar;
    }

    /** Adds a form the record's {@code identifier}-th identifier gave. */
    void add(int identifier, CanonicalForm form) {
        for (Group group : groups) {
            boolean sameValue = group.kind == form.kind() && (group.kind == FormKind.NAME
                    || (group.identifiers.contains(identifier) && !isOneValuePerForm(group.kind)) || group.forms.contains(form.value()));
            if (sameValue) {
                group.identifiers.add(identifier);
                group.forms.add(form.value());
                return;
            }
        }
        Group group = new Group(form.kind());
        group.identifiers.add(identifier);
        group.forms.add(form.value());
        groups.add(group);
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Every value and every token the pairing rules allow between them, in a fixed order so equal shapes compare equal. */
    Candidates candidates() {
        List<List<String>> nameSyllables = groups.stream().filter(g -> g.kind == FormKind.NAME).findFirst()
                .map(name -> NameSounds.syllablesOfForms(name.forms)).orElse(List.of());
        List<RecordShape.Value> values = new ArrayList<>();
        List<Group> ordered = new ArrayList<>(groups);
        Map<Group, RecordShape.Value> priced = new HashMap<>();
        for (Group group : ordered) {
            priced.put(group, value(group, nameSyllables));
        }
        ordered.sort(Comparator.comparing((Group g) -> g.kind).thenComparingDouble(g -> priced.get(g).derivedGuesses()));
        List<Set<String>> forms = new ArrayList<>();
        for (Group group : ordered) {
            values.add(priced.get(group));
            forms.add(Set.copyOf(group.forms));
        }
        List<RecordShape.Link> tokens = new ArrayList<>();
        for (int a = 0; a < values.size(); a++) {
            tokens.add(RecordShape.Link.of(a));
            for (int b = a + 1; b < values.size(); b++) {
                if (PairingRules.mayPair(values.get(a).kind(), values.get(b).kind())) {
                    tokens.add(new RecordShape.Link(a, b));
                }
            }
        }
        return new Candidates(new RecordShape(values, tokens), forms);
    }

    private RecordShape.Value value(Group group, List<List<String>> nameSyllables) {
        NameDerivedGrammar.Target target = target(group.kind);
        if (target == null) {
            return RecordShape.Value.of(group.kind);
        }
        double best = Double.POSITIVE_INFINITY;
        for (String form : group.forms) {
            OptionalDouble fromName = nameSyllables.isEmpty()
                    ? OptionalDouble.of(grammar.guessesWithoutName(target, form))
                    : grammar.guessesGivenName(target, form, nameSyllables);
            if (fromName.isPresent()) {
                best = Math.min(best, fromName.getAsDouble());
            }
            for (Group other : groups) {
                if (other != group && target(other.kind) != null) {
                    for (String otherForm : other.forms) {
                        String letters = letters(form, target);
                        if (!letters.isEmpty() && letters.equals(letters(otherForm, target(other.kind)))) {
                            best = Math.min(best, SAME_LETTERS_GUESSES * (target == NameDerivedGrammar.Target.EMAIL
                                    ? NameDerivedGrammar.domainGuesses(form) : 1));
                        }
                    }
                }
            }
        }
        return Double.isFinite(best) ? RecordShape.Value.derived(group.kind, best) : RecordShape.Value.of(group.kind);
    }

    /** Kinds where each distinct form is its own value even from one identifier (a phone identifier gives one form). */
    private static boolean isOneValuePerForm(FormKind kind) {
        return kind == FormKind.PHONE || kind == FormKind.EMAIL || kind == FormKind.DOB || kind == FormKind.HKID;
    }

    private static NameDerivedGrammar.Target target(FormKind kind) {
        return switch (kind) {
            case EMAIL -> NameDerivedGrammar.Target.EMAIL;
            case HANDLE -> NameDerivedGrammar.Target.HANDLE;
            default -> null;
        };
    }

    /** The letters of an e-mail address's local part or of a handle, without separators and digits. */
    private static String letters(String form, NameDerivedGrammar.Target target) {
        String stem = target == NameDerivedGrammar.Target.EMAIL ? form.substring(0, form.lastIndexOf('@')) : form;
        return stem.replaceAll("[^a-z]", "");
    }

    @Override
    public String toString() {
        return "RecordValues[" + groups.size() + " values, <redacted>]";
    }
}
