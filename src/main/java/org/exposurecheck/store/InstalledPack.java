package org.exposurecheck.store;

import java.time.Instant;

/** A row of the installed-packs list, as shown on the packs screen and by {@code pack install}. */
public record InstalledPack(String id, String title, String publisherFingerprint, long sequence, Instant created,
                            Instant expires, int recordCount, boolean demo, Instant installedAt) {
}
