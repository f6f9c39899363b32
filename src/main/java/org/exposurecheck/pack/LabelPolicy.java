package org.exposurecheck.pack;

import java.util.Collection;
import java.util.Optional;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normalised;
import org.exposurecheck.identity.Normaliser;

/**
 * Which category and source labels may ship (DESIGN §2: labels come from a small vocabulary; metadata that makes
 * a record unique links it back to the source). A label with control or formatting characters, one shaped like
 * a phone number, HKID, e-mail address or social-media link, and one that repeats an identifier of its own
 * record (a category that is the person's name) is refused; the builder also turns labels fewer than
 * {@link #DEFAULT_MIN_RECORDS} records share into {@value #OTHER}.
 */
final class LabelPolicy {
    static final int DEFAULT_MIN_RECORDS = 5;
    static final String OTHER = "other";
    private static final int MIN_PHONE_DIGITS = 7;

    /** Why a label was refused; the text goes into the build report, which never repeats the label itself. */
    enum Refused {
        CONTROL_CHARACTERS("contains control or formatting characters"),
        IDENTIFIER_SHAPED("looks like a phone number, HKID, e-mail address or social-media link"),
        OWN_IDENTIFIER("repeats one of the record's own identifiers");

        final String reason;

        Refused(String reason) {
            this.reason = reason;
        }
    }

    private final Normaliser normaliser;

    LabelPolicy(Normaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** Why {@code label} may not ship with a record whose canonical forms are {@code recordForms}, if it may not. */
    Optional<Refused> refusal(String label, Collection<CanonicalForm> recordForms) {
        if (label.codePoints().anyMatch(LabelPolicy::isControl)) {
            return Optional.of(Refused.CONTROL_CHARACTERS);
        }
        if (isIdentifierShaped(label)) {
            return Optional.of(Refused.IDENTIFIER_SHAPED);
        }
        for (IdentifierType type : IdentifierType.values()) {
            if (type == IdentifierType.PHOTO) {
                continue;
            }
            Normalised read = normaliser.normalise(type, label);
            if (read.isValid() && read.forms().stream().anyMatch(recordForms::contains)) {
                return Optional.of(Refused.OWN_IDENTIFIER);
            }
        }
        return Optional.empty();
    }

    private boolean isIdentifierShaped(String label) {
        String trimmed = label.strip();
        long digits = trimmed.chars().filter(Character::isDigit).count();
        if (digits >= MIN_PHONE_DIGITS && normaliser.normalise(IdentifierType.PHONE, trimmed).isValid()) {
            return true;
        }
        if (normaliser.normalise(IdentifierType.HKID, trimmed).isValid() || normaliser.normalise(IdentifierType.EMAIL, trimmed).isValid()) {
            return true;
        }
        // Any word reads as a bare handle; only "@name" and links are shaped like one.
        return (trimmed.startsWith("@") || trimmed.contains("/")) && normaliser.normalise(IdentifierType.HANDLE, trimmed).isValid();
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.UNASSIGNED;
    }
}
