package org.exposurecheck.store;

import java.time.Instant;
import org.exposurecheck.base.DisplayText;

/** A row of the installed-packs list, as shown on the packs screen and by {@code pack install}. */
public record InstalledPack(String id, String title, String publisherFingerprint, long sequence, Instant created,
                            Instant expires, int recordCount, boolean demo, Instant installedAt) {
    public InstalledPack {
        // A title stored by an earlier version may still hold escape sequences: it is shown only as plain text.
        title = DisplayText.clean(title);
    }
}
