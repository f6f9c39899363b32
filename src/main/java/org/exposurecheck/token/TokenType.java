package org.exposurecheck.token;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.exposurecheck.identity.FormKind;

/**
 * What a token covers: one form kind or a pair of kinds of different identifier types, e.g.
 * {@code name+phone}. Kinds are kept sorted by tag, so the type of a pair does not depend on order.
 */
public final class TokenType {
    private static final Comparator<FormKind> BY_TAG = Comparator.comparing(FormKind::tag);

    private final List<FormKind> kinds;

    private TokenType(List<FormKind> kinds) {
        this.kinds = kinds;
    }

    public static TokenType of(FormKind... kinds) {
        return of(Arrays.asList(kinds));
    }

    public static TokenType of(Collection<FormKind> kinds) {
        List<FormKind> sorted = kinds.stream().sorted(BY_TAG).toList();
        if (sorted.isEmpty() || sorted.size() > 2) {
            throw new IllegalArgumentException("a token covers one or two kinds");
        }
        if (sorted.size() == 2 && sorted.get(0).type() == sorted.get(1).type()) {
            throw new IllegalArgumentException("a pair joins two different identifier types");
        }
        return new TokenType(sorted);
    }

    /** Reads a tag such as {@code "name+phone"}; empty if it names an unknown kind. */
    public static Optional<TokenType> fromTag(String tag) {
        List<Optional<FormKind>> kinds = Arrays.stream(tag.split("\\+")).map(FormKind::fromTag).toList();
        if (kinds.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(kinds.stream().map(Optional::get).toList()));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    public List<FormKind> kinds() {
        return kinds;
    }

    public boolean isPair() {
        return kinds.size() == 2;
    }

    public boolean hasStrongKind() {
        return kinds.stream().anyMatch(FormKind::isStrong);
    }

    public String tag() {
        return kinds.stream().map(FormKind::tag).collect(Collectors.joining("+"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenType type && type.kinds.equals(kinds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kinds);
    }

    @Override
    public String toString() {
        return tag();
    }
}
