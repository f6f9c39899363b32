package org.exposurecheck.match;

import java.util.List;
import org.exposurecheck.identity.Identifier;

/** The identifiers one person typed about themselves, under a label of their choosing. Redacted {@link #toString()}. */
public record Profile(String label, List<Identifier> identifiers) {
    public Profile {
        label = label == null ? "" : label;
        identifiers = List.copyOf(identifiers);
    }

    @Override
    public String toString() {
        return "Profile[" + identifiers.size() + " identifiers, <redacted>]";
    }
}
