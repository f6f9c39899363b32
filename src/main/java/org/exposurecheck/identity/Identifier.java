package org.exposurecheck.identity;

import java.util.Objects;

/** One identifier as typed by a person or printed by a leak: a type and a raw value. Redacted {@link #toString()}. */
public final class Identifier {
    private final IdentifierType type;
    private final String value;

    public Identifier(IdentifierType type, String value) {
        this.type = Objects.requireNonNull(type);
        this.value = Objects.requireNonNull(value);
    }

    public IdentifierType type() {
        return type;
    }

    /** The raw value. Personal data: never log it. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Identifier id && id.type == type && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + value.hashCode();
    }

    @Override
    public String toString() {
        return type.id() + ":<redacted>";
    }
}
