package org.exposurecheck.token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.exposurecheck.identity.FormKind;

/**
 * What the audit sees of one record: its values by kind (no value itself), and which of them each token
 * joins. A value stands for all forms of one identifier (every form of a name is one value; a phone printed
 * twice is one value). Records with the same shape are audited once; a pack's manifest lists its shapes so a
 * client can repeat the audit without seeing any record.
 *
 * @param values the record's values; the index of a value is its position
 * @param tokens each token's value indices, one or two of them
 */
public record RecordShape(List<Value> values, List<Link> tokens) {
    /**
     * One value of a record.
     *
     * @param kind           its kind
     * @param derivedGuesses for an e-mail address or handle, the fewest guesses per name that find it from the
     *                       person's name or from another e-mail address or handle of the record, rounded down
     *                       to a power of ten; infinite when it is not spelled from any of them (and always for
     *                       other kinds)
     */
    public record Value(FormKind kind, double derivedGuesses) {
        public Value {
            if (!(derivedGuesses >= 1)) {
                throw new IllegalArgumentException("a derived space is at least one guess");
            }
            if (Double.isFinite(derivedGuesses) && kind != FormKind.EMAIL && kind != FormKind.HANDLE) {
                throw new IllegalArgumentException("only e-mail addresses and handles are spelled from names");
            }
        }

        public static Value of(FormKind kind) {
            return new Value(kind, Double.POSITIVE_INFINITY);
        }

        /** An e-mail address or handle found in {@code guesses} guesses per name, rounded down to a power of ten. */
        public static Value derived(FormKind kind, double guesses) {
            return new Value(kind, Math.pow(10, Math.floor(Math.log10(Math.max(1, guesses)))));
        }

        public boolean isDerived() {
            return Double.isFinite(derivedGuesses);
        }
    }

    /** A token: one value ({@code second} is -1) or a pair of values of different identifier types. */
    public record Link(int first, int second) {
        public static Link of(int value) {
            return new Link(value, -1);
        }

        public boolean isPair() {
            return second >= 0;
        }

        public boolean touches(int value) {
            return first == value || second == value;
        }
    }

    /** At most this many values and tokens per record: enough for any record a leak prints, and a bound on the audit's work. */
    public static final int MAX_VALUES = 12;
    public static final int MAX_TOKENS = 24;

    public RecordShape {
        values = List.copyOf(values);
        tokens = List.copyOf(tokens);
        for (Link link : tokens) {
            if (link.first() < 0 || link.first() >= values.size() || link.second() < -1 || link.second() >= values.size()
                    || link.first() == link.second()) {
                throw new IllegalArgumentException("a token joins one or two of the record's values");
            }
        }
    }

    public TokenType type(Link link) {
        return link.isPair() ? TokenType.of(values.get(link.first()).kind(), values.get(link.second()).kind())
                : TokenType.of(values.get(link.first()).kind());
    }

    /** The shape with only the chosen tokens, and only the values they join. */
    public RecordShape keeping(List<Integer> tokenIndices) {
        List<Integer> kept = new ArrayList<>();
        for (int index : tokenIndices) {
            Link link = tokens.get(index);
            if (!kept.contains(link.first())) {
                kept.add(link.first());
            }
            if (link.isPair() && !kept.contains(link.second())) {
                kept.add(link.second());
            }
        }
        List<Value> keptValues = kept.stream().map(values::get).toList();
        List<Link> keptTokens = tokenIndices.stream().map(tokens::get)
                .map(link -> new Link(kept.indexOf(link.first()), link.isPair() ? kept.indexOf(link.second()) : -1)).toList();
        return new RecordShape(keptValues, keptTokens);
    }

    /** The same shape with values and tokens in a fixed order, so equal shapes compare equal. */
    public RecordShape canonical() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> byValue = Comparator.comparing((Integer i) -> values.get(i).kind())
                .thenComparingDouble(i -> values.get(i).derivedGuesses())
                .thenComparing(i -> tokens.stream().filter(link -> link.touches(i)).map(this::type).map(TokenType::tag)
                        .sorted().collect(Collectors.joining(",")));
        order.sort(byValue);
        List<Value> sortedValues = order.stream().map(values::get).toList();
        List<Link> sortedTokens = new ArrayList<>();
        for (Link link : tokens) {
            int a = order.indexOf(link.first());
            int b = link.isPair() ? order.indexOf(link.second()) : -1;
            sortedTokens.add(b >= 0 && b < a ? new Link(b, a) : new Link(a, b));
        }
        sortedTokens.sort(Comparator.comparingInt(Link::first).thenComparingInt(Link::second));
        return new RecordShape(sortedValues, sortedTokens.stream().distinct().toList());
    }
}
