package org.exposurecheck.identity;

import java.util.List;
import java.util.Optional;

/** The outcome of normalising one value: its canonical forms, or the problem that stopped it. */
public final class Normalised {
    private final List<CanonicalForm> forms;
    private final Problem problem;

    private Normalised(List<CanonicalForm> forms, Problem problem) {
        this.forms = forms;
        this.problem = problem;
    }

    public static Normalised of(List<CanonicalForm> forms) {
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("a readable value has at least one form");
        }
        return new Normalised(List.copyOf(forms), null);
    }

    public static Normalised of(FormKind kind, String value) {
        return of(List.of(new CanonicalForm(kind, value)));
    }

    public static Normalised invalid(Problem problem) {
        return new Normalised(List.of(), problem);
    }

    public boolean isValid() {
        return problem == null;
    }

    public List<CanonicalForm> forms() {
        return forms;
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public String toString() {
        return isValid() ? "Normalised" + forms : "Normalised[" + problem + "]";
    }
}
