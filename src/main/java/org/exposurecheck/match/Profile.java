package org.exposurecheck.match;

import java.util.List;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.pack.photo.PhotoHash;

/**
 * The identifiers one person typed about themselves, under a label of their choosing, and the hashes of
 * their own photos ({@code PhotoHasher.probes}; the engine never sees an image or a path). Redacted
 * {@link #toString()}.
 */
public record Profile(String label, List<Identifier> identifiers, List<PhotoHash> photoProbes) {
    public Profile {
        label = label == null ? "" : label;
        identifiers = List.copyOf(identifiers);
        photoProbes = List.copyOf(photoProbes);
    }

    public Profile(String label, List<Identifier> identifiers) {
        this(label, identifiers, List.of());
    }

    @Override
    public String toString() {
        return "Profile[" + identifiers.size() + " identifiers, " + (photoProbes.isEmpty() ? "no photo" : "photo") + ", <redacted>]";
    }
}
