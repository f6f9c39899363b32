package org.exposurecheck.identity;

import java.util.Optional;

/**
 * The kind of one canonical form. One identifier type can yield forms of several kinds: a full HKID
 * also yields its masked forms, an address yields a flat-level and a building-level key.
 * The tag is part of every token's input, so it must never change for normalisation version N1.
 */
public enum FormKind {
    NAME("name", IdentifierType.NAME, Strength.WEAK),
    HKID("hkid", IdentifierType.HKID, Strength.STRONG),
    HKID_MASKED("hkid.masked", IdentifierType.HKID, Strength.WEAK),
    PHONE("phone", IdentifierType.PHONE, Strength.STRONG),
    EMAIL("email", IdentifierType.EMAIL, Strength.STRONG),
    ADDRESS_FLAT("address.flat", IdentifierType.ADDRESS, Strength.STRONG),
    ADDRESS_BUILDING("address.building", IdentifierType.ADDRESS, Strength.WEAK),
    DOB("dob", IdentifierType.DOB, Strength.WEAK),
    HANDLE("handle", IdentifierType.HANDLE, Strength.STRONG),
    PLATE("plate", IdentifierType.PLATE, Strength.STRONG),
    EMPLOYER("employer", IdentifierType.EMPLOYER, Strength.WEAK);

    private final String tag;
    private final IdentifierType type;
    private final Strength strength;

    FormKind(String tag, IdentifierType type, Strength strength) {
        this.tag = tag;
        this.type = type;
        this.strength = strength;
    }

    public String tag() {
        return tag;
    }

    public IdentifierType type() {
        return type;
    }

    public Strength strength() {
        return strength;
    }

    public boolean isStrong() {
        return strength == Strength.STRONG;
    }

    public static Optional<FormKind> fromTag(String tag) {
        for (FormKind kind : values()) {
            if (kind.tag.equals(tag)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
