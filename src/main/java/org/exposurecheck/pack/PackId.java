package org.exposurecheck.pack;

import java.util.regex.Pattern;

/**
 * What a pack id may be: 1–64 lower-case letters, digits, dots, dashes or underscores, starting with a
 * letter or digit. An id becomes part of a file name in the data directory, so a reader checks it as
 * strictly as the builder does: {@code ../x} or {@code /etc/x} never gets near a path. Ids starting with
 * {@value #DEMO_PREFIX} belong to fictional demo packs, and only those may be signed by the bundled demo
 * key (docs/decisions/0014-hostile-packs.md): so a demo pack can never take a real pack's id.
 */
public final class PackId {
    public static final String DEMO_PREFIX = "demo-";
    private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private PackId() {
    }

    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }

    /** An id reserved for fictional demo packs. */
    public static boolean isDemo(String id) {
        return id != null && id.startsWith(DEMO_PREFIX);
    }
}
