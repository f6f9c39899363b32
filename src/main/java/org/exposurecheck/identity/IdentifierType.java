package org.exposurecheck.identity;

import java.util.Locale;
import java.util.Optional;

/** The kinds of personal identifier a leak record or a person's profile can hold (DESIGN §4). */
public enum IdentifierType {
    NAME, HKID, PHONE, EMAIL, ADDRESS, DOB, HANDLE, PLATE, EMPLOYER, PHOTO;

    /** The lower-case name used in files and on the command line, e.g. {@code "hkid"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IdentifierType> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (IdentifierType type : values()) {
            if (type.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
