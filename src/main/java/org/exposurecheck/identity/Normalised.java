package org.exposurecheck.identity;

import java.util.List;
import java.util.Optional;

/** The outcome of normalising one value: its canonical forms (perhaps with a note), or the problem that stopped it. */
public final class Normalised {
    private final List<CanonicalForm> forms;
    private final Problem problem;
    private final Note note;

    private Normalised(List<CanonicalForm> forms, Problem problem, Note note) {
        this.forms = forms;
        this.problem = problem;
        this.note = note;
    }

    public static Normalised of(List<CanonicalForm> forms) {
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("a readable value has at least one form");
        }
        return new Normalised(List.copyOf(forms), null, null);
    }

    public static Normalised of(FormKind kind, String value) {
        return of(List.of(new CanonicalForm(kind, value)));
    }

    public static Normalised invalid(Problem problem) {
        return new Normalised(List.of(), problem, null);
    }

    /** The same readable value with a note for the person; the value is still checked. */
    public Normalised withNote(Note added) {
        if (!isValid()) {
            throw new IllegalStateException("an unreadable value has a problem, not a note");
        }
        return new Normalised(forms, null, added);
    }

    public Optional<Note> note() {
        return Optional.ofNullable(note);
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
