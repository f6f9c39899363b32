package org.exposurecheck.pack.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The record-level fields every source format shares: id, source label, category and dates. */
final class RecordFields {
    static final String ID = "id";
    static final String SOURCE = "source";
    static final String CATEGORY = "category";
    static final String FIRST_SEEN = "first_seen";
    static final String LAST_SEEN = "last_seen";

    private RecordFields() {
    }

    /** An ISO date, or empty for a blank value; throws with a readable message for anything else. */
    static Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException notADate) {
            throw new IllegalArgumentException(field + " is not a date written as YYYY-MM-DD");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
