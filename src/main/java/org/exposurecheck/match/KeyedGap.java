package org.exposurecheck.match;

import java.util.List;
import java.util.Optional;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.token.TokenType;

/**
 * Details of the person's that a pack holds only as keyed tokens and that this check could not look up: because
 * keyed lookups were not allowed ({@code failure} empty), or because the service gave no usable answer. A result
 * names these, so "not found" never covers what was not checked.
 *
 * @param types the keyed pair types the person's details would have been looked up as
 */
public record KeyedGap(String packId, String packTitle, List<TokenType> types, Optional<Sentence> failure) {
    public KeyedGap {
        types = List.copyOf(types);
    }

    public boolean notAllowed() {
        return failure.isEmpty();
    }
}
