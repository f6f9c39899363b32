package org.exposurecheck.identity;

import java.util.Objects;

/**
 * One canonical form of an identifier, e.g. {@code phone:+85291234567}. Holds personal data:
 * {@link #toString()} is redacted so a form can never end up in a log line by accident.
 */
public final class CanonicalForm {
    private final FormKind kind;
    private final String value;
    private final boolean derived;

    public CanonicalForm(FormKind kind, String value) {
        this(kind, value, false);
    }

    /**
     * @param derived true for a form the writer did not write but a leak may print, e.g. the masked forms
     *                of a full HKID: a person's lookup needs them, a pack built from a full number does not
     */
    public CanonicalForm(FormKind kind, String value, boolean derived) {
        this.kind = Objects.requireNonNull(kind);
        this.value = Objects.requireNonNull(value);
        this.derived = derived;
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty canonical form");
        }
    }

    public boolean isDerived() {
        return derived;
    }

    public FormKind kind() {
        return kind;
    }

    /** The canonical value. Personal data: use only to derive tokens. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CanonicalForm form && form.kind == kind && form.value.equals(value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value.hashCode();
    }

    @Override
    public String toString() {
        return kind.tag() + ":<redacted>";
    }
}
