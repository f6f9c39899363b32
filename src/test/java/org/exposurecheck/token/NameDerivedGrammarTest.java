package org.exposurecheck.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.NameSounds;
import org.exposurecheck.identity.Normaliser;
import org.junit.jupiter.api.Test;

class NameDerivedGrammarTest {
    private static final Normaliser N1 = new Normaliser();
    private static final NameDerivedGrammar GRAMMAR = NameDerivedGrammar.instance();
    private static final NameDerivedGrammar.Name CHAN_TAI_MAN = new NameDerivedGrammar.Name(List.of("Chan"), List.of("Tai", "Man"), null);
    private static final NameDerivedGrammar.Name PETER_AU_YEUNG = new NameDerivedGrammar.Name(List.of("Au", "Yeung"), List.of("Po", "Shan"), "Peter");
    private static final NameDerivedGrammar.Name NG_MAN = new NameDerivedGrammar.Name(List.of("Ng"), List.of("Man"), null);

    /** The syllable keys of a name as a leak prints it, as the builder sees them. */
    private static List<List<String>> printed(String name) {
        return NameSounds.syllablesOfForms(N1.normalise(IdentifierType.NAME, name).forms().stream().map(CanonicalForm::value).toList());
    }

    private static String canonical(IdentifierType type, String value) {
        return N1.normalise(type, value).forms().get(0).value();
    }

    @Test
    void everyCandidateAnAttackerTriesIsRecognisedAndPricedAtMostWhereTheAttackerReachesIt() {
        record Case(NameDerivedGrammar.Name name, String printed) {
        }
        for (Case c : List.of(new Case(CHAN_TAI_MAN, "陳大文 CHAN Tai Man"), new Case(PETER_AU_YEUNG, "Peter AU YEUNG Po Shan"),
                new Case(NG_MAN, "NG Man"))) {
            List<List<String>> syllables = printed(c.printed());
            List<String> handles = sample(NameDerivedGrammar.Target.HANDLE, c.name());
            for (int i = 0; i < handles.size(); i += 2) {
                String handle = handles.get(i + 1);
                long position = Long.parseLong(handles.get(i));
                OptionalDouble price = GRAMMAR.guessesGivenName(NameDerivedGrammar.Target.HANDLE, canonical(IdentifierType.HANDLE, "@" + handle), syllables);
                assertThat(price).as("%s at %d", handle, position).isPresent();
                assertThat(price.getAsDouble()).as("%s at %d", handle, position).isLessThanOrEqualTo(position);
            }
            List<String> locals = sample(NameDerivedGrammar.Target.EMAIL, c.name());
            int domains = NameDerivedGrammar.COMMON_MAIL_DOMAINS.size();
            for (int i = 0; i < locals.size(); i += 2) {
                long position = Long.parseLong(locals.get(i));
                for (String domain : List.of("gmail.com", "hotmail.com")) {
                    String email = canonical(IdentifierType.EMAIL, locals.get(i + 1) + "@" + domain);
                    OptionalDouble price = GRAMMAR.guessesGivenName(NameDerivedGrammar.Target.EMAIL, email, syllables);
                    long reached = (position - 1) * domains + NameDerivedGrammar.COMMON_MAIL_DOMAINS.indexOf(domain) + 1;
                    assertThat(price).as("%s at %d", email, reached).isPresent();
                    assertThat(price.getAsDouble()).as("%s at %d", email, reached).isLessThanOrEqualTo(reached);
                }
            }
        }
    }

    /** Every 997th of the first 300,000 candidates (all tiers up to three digits): position, candidate, position, … */
    private static List<String> sample(NameDerivedGrammar.Target target, NameDerivedGrammar.Name name) {
        List<String> sampled = new ArrayList<>();
        long[] position = {0};
        GRAMMAR.candidates(target, name, 300_000, candidate -> {
            if (++position[0] % 997 == 1) {
                sampled.add(Long.toString(position[0]));
                sampled.add(candidate);
            }
            return true;
        });
        return sampled;
    }

    @Test
    void addressesSpelledFromTheNameAreCheapInAnySpellingOfIt() {
        List<List<String>> syllables = printed("李家欣 LEE Ka Yan");
        assertThat(GRAMMAR.guessesGivenName(NameDerivedGrammar.Target.EMAIL, "likayan@gmail.com", syllables))
                .as("Li for Lee, no separator, no digits: the first tier, where an attacker may try it first").hasValue(1);
        assertThat(GRAMMAR.guessesGivenName(NameDerivedGrammar.Target.HANDLE, "ky.lee88", syllables).orElseThrow()).isLessThan(1e4);
        assertThat(GRAMMAR.guessesGivenName(NameDerivedGrammar.Target.EMAIL, "kayan.lee1987@mail.example.org", syllables).orElseThrow())
                .as("a domain outside the common ones costs 10,000 more guesses per local part").isGreaterThan(1e4);
    }

    @Test
    void valuesNotSpelledFromTheNameAreNotDerived() {
        List<List<String>> syllables = printed("陳大文 CHAN Tai Man");
        assertThat(GRAMMAR.guessesGivenName(NameDerivedGrammar.Target.EMAIL, "sunflowerreader@gmail.com", syllables)).isEmpty();
        assertThat(GRAMMAR.guessesGivenName(NameDerivedGrammar.Target.HANDLE, "kitty_cat_99", syllables)).isEmpty();
        assertThat(GRAMMAR.guessesGivenName(NameDerivedGrammar.Target.HANDLE, "chantaiman12345", syllables))
                .as("more than four digits is beyond the grammar").isEmpty();
    }

    @Test
    void aWesternNameTheLeakDidNotPrintIsGuessedFromTheListAtThatCost() {
        double withPrintedWesternName = GRAMMAR.guessesGivenName(NameDerivedGrammar.Target.HANDLE, "peter_hk88",
                printed("Peter CHAN Tai Man")).orElseThrow();
        double withoutIt = GRAMMAR.guessesGivenName(NameDerivedGrammar.Target.HANDLE, "peter_hk88", printed("陳大文 CHAN Tai Man")).orElseThrow();
        assertThat(withoutIt).as("every listed Western name is tried").isGreaterThan(50 * withPrintedWesternName);
        assertThat(GRAMMAR.guessesGivenName(NameDerivedGrammar.Target.HANDLE, "peter_chan", printed("陳大文 CHAN Tai Man")))
                .as("in the first tier the first name tried may be the right one").hasValue(1);
    }

    @Test
    void withoutAPrintedNameAnAddressIsPricedAsTheFirstCandidateOfTheCheapestTier() {
        assertThat(GRAMMAR.guessesWithoutName(NameDerivedGrammar.Target.EMAIL, "anything@gmail.com")).isEqualTo(1);
        assertThat(GRAMMAR.guessesWithoutName(NameDerivedGrammar.Target.EMAIL, "anything@school.example.edu")).as("after the 15 common domains")
                .isEqualTo(16);
        assertThat(GRAMMAR.guessesWithoutName(NameDerivedGrammar.Target.HANDLE, "anything")).isEqualTo(1);
    }

    @Test
    void theWholeGrammarIsLargerThanAnAttackerAtThePolicyAffordsPerName() {
        double budgetPerName = AttackerModel.guesses(10, 1) / 1e5;
        // Measured by this generator; docs/guess-spaces.md quotes these figures.
        assertThat(GRAMMAR.size(NameDerivedGrammar.Target.EMAIL, CHAN_TAI_MAN)).isBetween(3e7, 5e7).isGreaterThan(budgetPerName);
        assertThat(GRAMMAR.size(NameDerivedGrammar.Target.HANDLE, CHAN_TAI_MAN)).isBetween(2e7, 5e7).isGreaterThan(budgetPerName);
        assertThat(GRAMMAR.size(NameDerivedGrammar.Target.EMAIL, PETER_AU_YEUNG)).isGreaterThan(2e8);
    }
}
