package org.exposurecheck.demo;

import java.util.Locale;
import java.util.Optional;

/** The files {@code demo generate --formats} can write, each as a leak really arrives (docs/ingest.md). */
public enum DatasetFormat {
    /** records.jsonl, DESIGN §4. */
    JSONL,
    /** records.csv, with a header of type names. */
    CSV,
    /** records-foreign.csv with a spreadsheet's own headers, and csv-mapping.json. */
    FOREIGN_CSV,
    /** telegram/: a Telegram Desktop export of a doxxing channel (result.json, photos/). */
    TELEGRAM,
    /** site/: a static leak site (index pages, profile pages of one template, photos), and site-mapping.json. */
    SITE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean hasPhotos() {
        return this == TELEGRAM || this == SITE;
    }

    public static Optional<DatasetFormat> fromId(String id) {
        for (DatasetFormat format : values()) {
            if (format.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
