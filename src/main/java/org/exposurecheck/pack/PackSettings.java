package org.exposurecheck.pack;

import java.time.Instant;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.KdfParameters;

/** What a curator chooses for one build. */
public record PackSettings(String id, String title, String sourceLabel, long sequence, Instant created, Instant expires,
                           boolean demo, KdfParameters kdf, AuditPolicy policy, boolean strict) {
    public PackSettings {
        if (!PackId.isValid(id)) {
            throw new IllegalArgumentException("A pack id is 1-64 lower-case letters, digits, dots, dashes or underscores.");
        }
        if (PackId.isDemo(id) && !demo) {
            throw new IllegalArgumentException("Pack ids starting with \"" + PackId.DEMO_PREFIX + "\" are kept for fictional demo packs (--demo).");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A pack needs a title.");
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("A pack's sequence number starts at 1.");
        }
        if (!expires.isAfter(created)) {
            throw new IllegalArgumentException("A pack must expire after it is created.");
        }
    }

    /** A pack id made from a title: "HKLeaks mirror 3" → "hkleaks-mirror-3". */
    public static String idFromTitle(String title) {
        String id = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.isEmpty()) {
            return "pack";
        }
        return id.length() > 64 ? id.substring(0, 64) : id;
    }
}
