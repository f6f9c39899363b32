package org.exposurecheck.demo;

import java.time.LocalDate;

/**
 * The true details of one fictional person, before any leak site or the person writes them down.
 * {@code hkid} is the full number with its check character ("A1234563"); {@code employer} and
 * {@code plate} may be null.
 */
record FictionalPerson(PersonName name, String hkid, Mobile phone, String email, Home home, LocalDate dob,
                       String handle, Workplace employer, String plate, String category) {
    FictionalPerson withPhone(Mobile otherPhone) {
        return new FictionalPerson(name, hkid, otherPhone, email, home, dob, handle, employer, plate, category);
    }

    FictionalPerson withHkid(String otherHkid) {
        return new FictionalPerson(name, otherHkid, phone, email, home, dob, handle, employer, plate, category);
    }

    FictionalPerson withHome(Home otherHome) {
        return new FictionalPerson(name, hkid, phone, email, otherHome, dob, handle, employer, plate, category);
    }

    FictionalPerson withDob(LocalDate otherDob) {
        return new FictionalPerson(name, hkid, phone, email, home, otherDob, handle, employer, plate, category);
    }

    /** The HKID letters and six digits without the check character: "A123456". */
    String hkidBody() {
        return hkid.substring(0, hkid.length() - 1);
    }

    char hkidCheck() {
        return hkid.charAt(hkid.length() - 1);
    }
}
