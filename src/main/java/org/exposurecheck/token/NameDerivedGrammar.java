package org.exposurecheck.token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import org.exposurecheck.identity.NameSounds;

/**
 * The attacker's grammar for e-mail addresses and social-media handles spelled from a person's name
 * (docs/guess-spaces.md): name parts in any order, joined by nothing, a dot, an underscore or a hyphen;
 * initials; 0–4 digits or a birth year at the end; the common mail domains; social-media affixes
 * ("hk", "real", …). It does two jobs. {@link #candidates} generates what an attacker with a list of names
 * tries, tier by tier, smallest tier first. {@link #guessesGivenName} prices a value the builder holds: how
 * many candidates an attacker tries per name before the tier that holds it, as if this value came first in
 * its tier (we do not know which bodies an attacker tries first), or empty when the grammar cannot produce it.
 * The pricing parses the value instead of generating candidates, comparing name parts by Cantonese sound key,
 * so it accepts every spelling variant the generator could have used, and more: it errs towards calling a
 * value derivable and cheap, never the other way.
 *
 * <p>Values here are personal data: nothing in this class logs or keeps them.
 */
public final class NameDerivedGrammar {
    /** What an attacker's list of names gives per person: romanised surname words, given syllables, optional Western name. */
    public record Name(List<String> surname, List<String> given, String western) {
        public Name {
            surname = surname.stream().map(NameDerivedGrammar::lower).toList();
            given = given.stream().map(NameDerivedGrammar::lower).toList();
            western = western == null ? null : lower(western);
            if (surname.isEmpty() || given.isEmpty()) {
                throw new IllegalArgumentException("a name needs a surname and a given name");
            }
        }

        @Override
        public String toString() {
            return "Name[<redacted>]";
        }
    }

    /** Which kind of value the grammar spells. */
    public enum Target { EMAIL, HANDLE }

    /** Free and ISP mail domains most used in Hong Kong, most common first; every one is tried for each local part. */
    public static final List<String> COMMON_MAIL_DOMAINS = List.of("gmail.com", "yahoo.com.hk", "hotmail.com", "outlook.com",
            "yahoo.com", "icloud.com", "netvigator.com", "hotmail.com.hk", "live.com", "ymail.com", "me.com", "protonmail.com",
            "outlook.com.hk", "qq.com", "163.com");
    /** Any other domain is assumed to be among the 10,000 an attacker lists (universities, employers, ISPs, NGOs). */
    public static final double OTHER_DOMAINS = 10_000;
    /** Words people add to handles, before or after their name. */
    static final List<String> AFFIXES = List.of("hk", "852", "the", "real", "its", "iam", "official", "x");
    /** Common English given names in Hong Kong; a Western name the leak did not print is guessed from this list. */
    static final List<String> WESTERN_NAMES = List.of("peter", "paul", "john", "david", "michael", "james", "william", "thomas",
            "eric", "kevin", "kelvin", "jason", "alan", "alex", "andy", "anthony", "ben", "billy", "bobby", "brian", "calvin",
            "charles", "chris", "daniel", "danny", "dennis", "derek", "dickson", "edmond", "edward", "felix", "francis", "frank",
            "gary", "george", "gordon", "harry", "henry", "horace", "ivan", "jack", "jacky", "jeffrey", "jerry", "jimmy", "joe",
            "joseph", "ken", "kenneth", "kenny", "larry", "leo", "louis", "marco", "mark", "martin", "matthew", "nelson", "nicholas",
            "oscar", "patrick", "philip", "raymond", "richard", "ricky", "robert", "roger", "ronald", "ryan", "sam", "samuel",
            "simon", "stanley", "stephen", "steven", "terence", "terry", "timothy", "tommy", "tony", "victor", "vincent", "wilson",
            "winston", "alice", "amy", "angel", "angela", "anna", "annie", "betty", "bonnie", "candy", "carman", "carmen", "carol",
            "catherine", "cathy", "cherry", "chloe", "christina", "cindy", "connie", "crystal", "daisy", "doris", "elaine", "ella",
            "emily", "emma", "esther", "eva", "fanny", "florence", "gigi", "gloria", "grace", "helen", "iris", "ivy", "jane",
            "janice", "jenny", "jessica", "joanne", "joyce", "judy", "june", "karen", "kathy", "kitty", "lily", "linda", "lisa",
            "louisa", "lucy", "mandy", "maggie", "mary", "michelle", "nancy", "natalie", "nicole", "peggy", "phoebe", "queenie",
            "rachel", "rebecca", "rita", "rose", "sally", "sandy", "sharon", "shirley", "sophia", "stella", "susan", "tiffany",
            "tina", "vanessa", "vicky", "vivian", "wendy", "winnie", "yvonne", "zoe");
    private static final List<String> EMAIL_SEPARATORS = List.of("", ".", "_", "-");
    private static final List<String> HANDLE_SEPARATORS = List.of("", ".", "_");
    private static final List<String> DIGIT_SEPARATORS = List.of("", ".", "_");
    private static final int FIRST_YEAR = 1940;
    private static final int LAST_YEAR = 2012;
    private static final int MAX_UNITS = 6;
    private static final double LETTERS = 26;
    /** Initial letters a Hong Kong spelling of a syllable may start with, by the sound key's initial. */
    private static final Map<String, String> SPELLED_INITIALS = Map.ofEntries(Map.entry("p", "pb"), Map.entry("t", "td"),
            Map.entry("k", "kgc"), Map.entry("kw", "kgq"), Map.entry("c", "ctzjs"), Map.entry("s", "sc"), Map.entry("y", "yjiue"),
            Map.entry("ng", "ng"), Map.entry("h", "h"), Map.entry("f", "fp"), Map.entry("l", "l"), Map.entry("m", "m"),
            Map.entry("n", "n"), Map.entry("w", "wuv"), Map.entry("", "aeiou"));

    /** How the trailing digits of a candidate are chosen. */
    enum Digits {
        NONE(1), ONE(10), YEAR(LAST_YEAR - FIRST_YEAR + 1), TWO(100), THREE(1_000), FOUR(10_000 - (LAST_YEAR - FIRST_YEAR + 1));

        final int values;

        Digits(int values) {
            this.values = values;
        }
    }

    /** One tier: a choice of digits and, for handles, whether an affix is added; all bodies of a name go through each. */
    record Tier(Digits digits, boolean affixed) {
    }

    /** The candidate-count structure of one kind of value: tiers smallest first, candidates per body before each, and in all. */
    private record Layout(List<Tier> tiers, Map<Tier, Double> beforePerBody, double perBody) {
    }

    private final Map<String, Double> bodiesByShape = new HashMap<>();

    private NameDerivedGrammar() {
    }

    private static final NameDerivedGrammar INSTANCE = new NameDerivedGrammar();

    public static NameDerivedGrammar instance() {
        return INSTANCE;
    }

    // ---- generating candidates -------------------------------------------------------------------------

    /**
     * Every candidate of the target for {@code name}, cheapest tier first, as an attacker tries them. E-mail
     * candidates are local parts; each is to be tried at every one of {@link #COMMON_MAIL_DOMAINS}.
     * Stops when {@code limit} candidates have been given or {@code out} answers false (it has what it wanted).
     */
    public void candidates(Target target, Name name, long limit, Predicate<String> out) {
        List<String> bodies = bodies(name, target == Target.EMAIL ? EMAIL_SEPARATORS : HANDLE_SEPARATORS);
        long given = 0;
        for (Tier tier : layout(target, false).tiers()) {
            for (String body : bodies) {
                for (String withAffix : affixed(body, tier.affixed())) {
                    for (String candidate : withDigits(withAffix, tier.digits())) {
                        if (given++ >= limit || !out.test(candidate)) {
                            return;
                        }
                    }
                }
            }
        }
    }

    /** The name parts joined in every order the grammar allows, without digits or affixes. */
    static List<String> bodies(Name name, List<String> separators) {
        List<List<String[]>> categories = new ArrayList<>();
        categories.add(List.of(new String[] {String.join("", name.surname()), "full"},
                new String[] {initials(name.surname()), "initial"}));
        List<String[]> given = new ArrayList<>();
        given.add(new String[] {String.join("", name.given()), "full"});
        if (name.given().size() > 1) {
            for (String separator : separators) {
                if (!separator.isEmpty()) {
                    given.add(new String[] {String.join(separator, name.given()), "full"});
                }
            }
        }
        given.add(new String[] {initials(name.given()), "initial"});
        categories.add(given);
        if (name.western() != null) {
            categories.add(List.of(new String[] {name.western(), "full"}, new String[] {name.western().substring(0, 1), "initial"}));
        }
        Set<String> bodies = new LinkedHashSet<>();
        for (List<Integer> order : orderings(categories.size())) {
            collect(categories, order, 0, new ArrayList<>(), separators, bodies);
        }
        return List.copyOf(bodies);
    }

    private static void collect(List<List<String[]>> categories, List<Integer> order, int at, List<String[]> chosen,
                                List<String> separators, Set<String> out) {
        if (at == order.size()) {
            if (chosen.stream().noneMatch(part -> part[1].equals("full"))) {
                return;
            }
            if (chosen.size() == 1) {
                out.add(chosen.get(0)[0]);
                return;
            }
            for (String separator : separators) {
                out.add(String.join(separator, chosen.stream().map(part -> part[0]).toList()));
            }
            return;
        }
        for (String[] form : categories.get(order.get(at))) {
            chosen.add(form);
            collect(categories, order, at + 1, chosen, separators, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** Every ordered selection of one to {@code n} distinct indices below {@code n}. */
    private static List<List<Integer>> orderings(int n) {
        List<List<Integer>> result = new ArrayList<>();
        extend(n, new ArrayList<>(), result);
        return result;
    }

    private static void extend(int n, List<Integer> prefix, List<List<Integer>> out) {
        if (!prefix.isEmpty()) {
            out.add(List.copyOf(prefix));
        }
        for (int i = 0; i < n; i++) {
            if (!prefix.contains(i)) {
                prefix.add(i);
                extend(n, prefix, out);
                prefix.remove(prefix.size() - 1);
            }
        }
    }

    private static List<String> affixed(String body, boolean affixed) {
        if (!affixed) {
            return List.of(body);
        }
        List<String> out = new ArrayList<>();
        for (String affix : AFFIXES) {
            for (String separator : HANDLE_SEPARATORS) {
                out.add(affix + separator + body);
                out.add(body + separator + affix);
            }
        }
        return out;
    }

    private static List<String> withDigits(String stem, Digits digits) {
        if (digits == Digits.NONE) {
            return List.of(stem);
        }
        List<String> out = new ArrayList<>();
        for (String separator : DIGIT_SEPARATORS) {
            switch (digits) {
                case YEAR -> {
                    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                        out.add(stem + separator + year);
                    }
                }
                case FOUR -> {
                    for (int n = 0; n < 10_000; n++) {
                        if (n < FIRST_YEAR || n > LAST_YEAR) {
                            out.add(stem + separator + String.format(Locale.ROOT, "%04d", n));
                        }
                    }
                }
                default -> {
                    int width = digits == Digits.ONE ? 1 : digits == Digits.TWO ? 2 : 3;
                    for (int n = 0; n < digits.values; n++) {
                        out.add(stem + separator + String.format(Locale.ROOT, "%0" + width + "d", n));
                    }
                }
            }
        }
        return out;
    }

    // ---- pricing a value ---------------------------------------------------------------------------------

    /**
     * How many guesses per name an attacker makes to reach {@code value} (a canonical e-mail address or handle) if
     * it is the first candidate of its tier, given the syllables of the person's name as sound keys (one list per name form,
     * {@link NameSounds#syllablesOfForms}); empty when the grammar cannot spell the value from that name. For an
     * e-mail the count includes trying each local part at every common domain, or at 10,000 others.
     */
    public OptionalDouble guessesGivenName(Target target, String value, List<List<String>> nameSyllables) {
        Set<String> keys = new HashSet<>();
        nameSyllables.forEach(keys::addAll);
        if (keys.isEmpty()) {
            return OptionalDouble.empty();
        }
        int given = Math.max(1, Math.min(2, nameSyllables.stream().mapToInt(List::size).min().orElse(2) - 1));
        return price(target, value, keys, given);
    }

    /**
     * The price of a value when the record shows no name to test it against: as if it were spelled from the
     * person's name in the cheapest tier, since the person has a name even when the leak left it out.
     */
    public double guessesWithoutName(Target target, String value) {
        return firstAtDomain(target, value);
    }

    private OptionalDouble price(Target target, String value, Set<String> keys, int given) {
        String stem = target == Target.EMAIL ? value.substring(0, value.lastIndexOf('@')) : value;
        boolean gmail = isGmail(target, value);
        Layout layout = layout(target, gmail);
        Set<Character> initials = initialLetters(keys);
        double best = Double.POSITIVE_INFINITY;
        for (Parse parse : parses(target, stem)) {
            double multiplier = bodyMultiplier(parse.body(), keys, initials);
            if (Double.isFinite(multiplier)) {
                double before = layout.beforePerBody().get(new Tier(parse.digits(), parse.affixed())) * bodyCount(target, gmail, given);
                best = Math.min(best, before * multiplier);
            }
        }
        if (Double.isInfinite(best)) {
            return OptionalDouble.empty();
        }
        // Every local part before this one was tried at every domain; this one at the domains before its own.
        return OptionalDouble.of(best * domainFactor(target, value) + firstAtDomain(target, value));
    }

    private static boolean isGmail(Target target, String value) {
        return target == Target.EMAIL && value.endsWith("@gmail.com");
    }

    private static double domainFactor(Target target, String value) {
        return target == Target.HANDLE ? 1 : domainGuesses(value);
    }

    /** Guesses for one local part up to its own domain, taking it as the first of its group: 1, or 16 past the common ones. */
    private static double firstAtDomain(Target target, String value) {
        return target == Target.HANDLE || domainGuesses(value) == COMMON_MAIL_DOMAINS.size() ? 1 : COMMON_MAIL_DOMAINS.size() + 1;
    }

    /** Domains an attacker tries for each local part before reaching this address's: all common ones, or 10,000 more. */
    public static double domainGuesses(String email) {
        String domain = email.substring(email.lastIndexOf('@') + 1);
        return COMMON_MAIL_DOMAINS.contains(domain) ? COMMON_MAIL_DOMAINS.size() : COMMON_MAIL_DOMAINS.size() + OTHER_DOMAINS;
    }

    /** One way to read a value: its body (name parts and separators), its digits and whether an affix was stripped. */
    private record Parse(String body, Digits digits, boolean affixed) {
    }

    private static List<Parse> parses(Target target, String stem) {
        List<Parse> parses = new ArrayList<>();
        int run = 0;
        while (run < stem.length() && Character.isDigit(stem.charAt(stem.length() - 1 - run))) {
            run++;
        }
        for (int count = 0; count <= Math.min(4, run); count++) {
            String digits = stem.substring(stem.length() - count);
            Digits kind = digitsOf(digits);
            String rest = stem.substring(0, stem.length() - count);
            List<String> beforeDigits = new ArrayList<>(List.of(rest));
            if (count > 0 && !rest.isEmpty() && ".-_".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
                beforeDigits.add(rest.substring(0, rest.length() - 1));
            }
            for (String body : beforeDigits) {
                parses.add(new Parse(body, kind, false));
                if (target == Target.HANDLE) {
                    for (String stripped : withoutAffix(body)) {
                        parses.add(new Parse(stripped, kind, true));
                    }
                }
            }
        }
        return parses;
    }

    private static Digits digitsOf(String digits) {
        return switch (digits.length()) {
            case 0 -> Digits.NONE;
            case 1 -> Digits.ONE;
            case 2 -> Digits.TWO;
            case 3 -> Digits.THREE;
            default -> {
                int year = Integer.parseInt(digits);
                yield year >= FIRST_YEAR && year <= LAST_YEAR ? Digits.YEAR : Digits.FOUR;
            }
        };
    }

    private static List<String> withoutAffix(String body) {
        List<String> out = new ArrayList<>();
        for (String affix : AFFIXES) {
            if (body.startsWith(affix) && body.length() > affix.length()) {
                String rest = body.substring(affix.length());
                out.add(rest);
                if (".-_".indexOf(rest.charAt(0)) >= 0) {
                    out.add(rest.substring(1));
                }
            }
            if (body.endsWith(affix) && body.length() > affix.length()) {
                String rest = body.substring(0, body.length() - affix.length());
                out.add(rest);
                if (".-_".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
                    out.add(rest.substring(0, rest.length() - 1));
                }
            }
        }
        return out;
    }

    /**
     * 1 when the body is made of the name's own parts; the size of the list guessed from when it also uses a
     * Western name (or its initial) the record does not show; infinite when it is not made of name parts.
     */
    private static double bodyMultiplier(String body, Set<String> keys, Set<Character> initials) {
        if (body.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        List<String> segments = new ArrayList<>();
        for (String segment : body.split("[._-]", -1)) {
            if (segment.isEmpty() || !segment.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                return Double.POSITIVE_INFINITY;
            }
            segments.add(segment);
        }
        return new BodyParser(segments, keys, initials).best();
    }

    /** Splits letter runs into syllables of the name, known or listed Western names, and initials. */
    private static final class BodyParser {
        private final List<String> segments;
        private final Set<String> keys;
        private final Set<Character> initials;
        private final Map<String, Double> memo = new HashMap<>();
        private final Map<String, Boolean> syllables = new HashMap<>();

        BodyParser(List<String> segments, Set<String> keys, Set<Character> initials) {
            this.segments = segments;
            this.keys = keys;
            this.initials = initials;
        }

        double best() {
            return search(0, 0, 0, false, false);
        }

        private double search(int segment, int at, int units, boolean full, boolean guessedWestern) {
            if (segment == segments.size()) {
                return full ? 1 : Double.POSITIVE_INFINITY;
            }
            String text = segments.get(segment);
            if (at == text.length()) {
                return at == 0 ? Double.POSITIVE_INFINITY : search(segment + 1, 0, units, full, guessedWestern);
            }
            if (units == MAX_UNITS) {
                return Double.POSITIVE_INFINITY;
            }
            String memoKey = segment + "/" + at + "/" + units + "/" + full + "/" + guessedWestern;
            Double known = memo.get(memoKey);
            if (known != null) {
                return known;
            }
            double best = Double.POSITIVE_INFINITY;
            for (int end = at + 1; end <= text.length(); end++) {
                String piece = text.substring(at, end);
                if (syllables.computeIfAbsent(piece, p -> keys.contains(NameSounds.keyOf(p)))) {
                    best = Math.min(best, search(segment, end, units + 1, true, guessedWestern));
                } else if (!guessedWestern && piece.length() > 1 && WESTERN_NAMES.contains(piece)) {
                    best = Math.min(best, WESTERN_NAMES.size() * search(segment, end, units + 1, true, true));
                }
            }
            char letter = text.charAt(at);
            if (initials.contains(letter)) {
                best = Math.min(best, search(segment, at + 1, units + 1, full, guessedWestern));
            } else if (!guessedWestern) {
                best = Math.min(best, LETTERS * search(segment, at + 1, units + 1, full, true));
            }
            memo.put(memoKey, best);
            return best;
        }
    }

    private static Set<Character> initialLetters(Set<String> keys) {
        Set<Character> letters = new HashSet<>();
        for (String key : keys) {
            int dash = key.indexOf('-');
            String initial = key.substring(0, dash);
            String spelled = SPELLED_INITIALS.get(initial);
            if (spelled != null) {
                spelled.chars().forEach(c -> letters.add((char) c));
            } else {
                letters.add(initial.charAt(0));
            }
            // A word that is no Cantonese syllable ("vincent" → "-vincent") starts with its final's letters.
            if (initial.isEmpty() && dash + 1 < key.length()) {
                letters.add(key.charAt(dash + 1));
            }
        }
        return letters;
    }

    // ---- counting candidates -----------------------------------------------------------------------------

    /**
     * Distinct bodies for a name with one surname syllable and {@code given} given syllables and no Western name,
     * as they compare after normalisation (Gmail ignores dots and allows no other separator; Facebook handles
     * ignore dots): the smallest count for names of that length, so prices err low.
     */
    private double bodyCount(Target target, boolean gmail, int given) {
        String shape = target + "/" + gmail + "/" + given;
        synchronized (bodiesByShape) {
            return bodiesByShape.computeIfAbsent(shape, s -> {
                // Distinct first letters, so no two initials coincide and the count is the grammar's own.
                List<String> syllables = List.of("ca", "de", "fi").subList(0, given);
                List<String> bodies = bodies(new Name(List.of("bo"), syllables, null),
                        target == Target.EMAIL ? EMAIL_SEPARATORS : HANDLE_SEPARATORS);
                Set<String> compared = new HashSet<>();
                for (String body : bodies) {
                    if (gmail && (body.contains("_") || body.contains("-"))) {
                        continue;
                    }
                    compared.add(gmail || target == Target.HANDLE ? body.replace(".", "") : body);
                }
                return (double) compared.size();
            });
        }
    }

    /** Tiers smallest first, and how many candidates per body an attacker has tried before each tier and in all. */
    private static Layout layout(Target target, boolean gmail) {
        // Gmail compares without dots and allows no other separator; Facebook handles compare without dots.
        int digitSeparators = gmail ? 1 : target == Target.HANDLE ? 2 : DIGIT_SEPARATORS.size();
        int affixVariants = AFFIXES.size() * 2 * (HANDLE_SEPARATORS.size() - 1);
        List<Tier> tiers = new ArrayList<>();
        for (Digits digits : Digits.values()) {
            tiers.add(new Tier(digits, false));
            if (target == Target.HANDLE) {
                tiers.add(new Tier(digits, true));
            }
        }
        Map<Tier, Double> sizes = new HashMap<>();
        for (Tier tier : tiers) {
            double variants = tier.digits() == Digits.NONE ? 1 : (double) tier.digits().values * digitSeparators;
            sizes.put(tier, variants * (tier.affixed() ? affixVariants : 1));
        }
        tiers.sort(Comparator.comparingDouble(sizes::get));
        Map<Tier, Double> before = new HashMap<>();
        double sum = 0;
        for (Tier tier : tiers) {
            before.put(tier, sum);
            sum += sizes.get(tier);
        }
        return new Layout(List.copyOf(tiers), Map.copyOf(before), sum);
    }

    /** Candidates per name an attacker tries for the whole grammar of {@code target}, for a name of that shape. */
    public double size(Target target, Name name) {
        double perBody = layout(target, false).perBody();
        double bodies = bodies(name, target == Target.EMAIL ? EMAIL_SEPARATORS : HANDLE_SEPARATORS).size();
        return perBody * bodies * (target == Target.EMAIL ? COMMON_MAIL_DOMAINS.size() : 1);
    }

    private static String initials(Collection<String> words) {
        StringBuilder initials = new StringBuilder();
        words.forEach(word -> initials.append(word.charAt(0)));
        return initials.toString();
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
