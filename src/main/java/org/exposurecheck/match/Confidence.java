package org.exposurecheck.match;

import java.util.Locale;

/**
 * How sure a match is. CERTAIN: some matched pair contains a strong identifier (full HKID, phone, email,
 * flat-level address, handle, plate). POSSIBLE: only weak identifiers matched together — many people share
 * a name and a masked HKID prefix — so the person should judge it themselves.
 */
public enum Confidence {
    CERTAIN, POSSIBLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
