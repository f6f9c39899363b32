package org.exposurecheck.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exposurecheck.demo.LeakedPeople;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normalised;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.pack.PackBuilder;
import org.exposurecheck.testsupport.V1Pricing;
import org.exposurecheck.token.GuessSpace;
import org.exposurecheck.token.NameDerivedGrammar;
import org.exposurecheck.token.TokenDeriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The attack that broke the v1 audit (issue 9): with nothing but a list of Hong Kong names, spell each name's
 * likely e-mail addresses and handles and test every name+email and name+handle token. It must recover nobody
 * from a pack built with the v2 model, and must recover people from one built with v1 pricing (the positive
 * control, so this test can fail). Names outside the leak cannot hit, so the attacker's list is run only for
 * the names in it; that changes the cost, never who is found.
 */
class NameDerivedGuessingAttackTest {
    private static final int PEOPLE = 60;
    /** Candidates per name and kind in the brute-force run: part of the grammar's first tier, under a minute per name at the defaults. */
    private static final int CANDIDATES_PER_NAME = 60;
    /** Enough records found cheaply in the v1 pack to show the pricing check can fail; stops there to stay quick. */
    private static final int CONTROL_RECORDS = 5;
    private static final List<String> TRIED_DOMAINS = List.of("gmail.com", "hotmail.com", "outlook.com");
    private static final Normaliser N1 = new Normaliser();
    private static final NameDerivedGrammar GRAMMAR = NameDerivedGrammar.instance();
    private static final TokenDeriver DERIVER = new TokenDeriver(2);
    private static List<LeakedPeople.Leaked> people;
    private static AttackPacks.Target v2;
    private static AttackPacks.Target v1;

    @BeforeAll
    static void buildBothPacks() throws Exception {
        people = LeakedPeople.generate(PEOPLE, 2019);
        v2 = AttackPacks.build(people, PackBuilder.CHAIN_AWARE);
        v1 = AttackPacks.build(people, V1Pricing.MODEL);
    }

    @AfterAll
    static void stop() {
        DERIVER.close();
    }

    @Test
    void guessingAddressesFromTheNameListRecoversNobodyFromAV2PackButPeopleFromAV1Pack() {
        Set<String> fromV1 = bruteForce(v1);
        assertThat(fromV1).as("positive control: the same attack against v1 pricing").hasSizeGreaterThanOrEqualTo(CONTROL_RECORDS);
        assertThat(bruteForce(v2)).as("records recovered from the v2 pack").isEmpty();
    }

    @Test
    void everyNameAndAddressTokenAV2PackShipsCostsAtLeastThePolicyToFindThroughTheGrammar() {
        assertThat(cheaperThanPolicy(v1)).as("positive control: v1 ships name tokens the grammar finds cheaply").hasSize(CONTROL_RECORDS);
        assertThat(cheaperThanPolicy(v2)).isEmpty();
    }

    /** Every name × the first candidates of each kind, at the three commonest domains: the records whose tokens were hit. */
    private static Set<String> bruteForce(AttackPacks.Target target) {
        List<List<CanonicalForm>> tokens = new ArrayList<>();
        for (LeakedPeople.Leaked person : people) {
            CanonicalForm name = listedNameForm(person.listedName());
            GRAMMAR.candidates(NameDerivedGrammar.Target.HANDLE, person.listedName(), CANDIDATES_PER_NAME, candidate -> {
                forms(IdentifierType.HANDLE, "@" + candidate).forEach(handle -> tokens.add(List.of(name, handle)));
                return true;
            });
            GRAMMAR.candidates(NameDerivedGrammar.Target.EMAIL, person.listedName(), CANDIDATES_PER_NAME, local -> {
                for (String domain : TRIED_DOMAINS) {
                    forms(IdentifierType.EMAIL, local + "@" + domain).forEach(email -> tokens.add(List.of(name, email)));
                }
                return true;
            });
        }
        return target.sourceIds(target.lookup(tokens, DERIVER));
    }

    /**
     * The name+email and name+handle tokens the pack really holds for each person, priced by running the
     * attacker's generator until it produces the value (its position × the names on a list): the records with
     * one cheaper than the policy, up to {@value #CONTROL_RECORDS} of them.
     */
    private static Set<String> cheaperThanPolicy(AttackPacks.Target target) {
        double budgetPerName = AttackPacks.POLICY_GUESSES / GuessSpace.of(FormKind.NAME);
        Set<String> cheap = new java.util.HashSet<>();
        for (LeakedPeople.Leaked person : people) {
            if (cheap.size() == CONTROL_RECORDS) {
                break;
            }
            List<CanonicalForm> names = new ArrayList<>();
            List<CanonicalForm> addresses = new ArrayList<>();
            for (var identifier : person.record().identifiers()) {
                for (CanonicalForm form : N1.normalise(identifier).forms()) {
                    if (form.kind() == FormKind.NAME) {
                        names.add(form);
                    } else if (form.kind() == FormKind.EMAIL || form.kind() == FormKind.HANDLE) {
                        addresses.add(form);
                    }
                }
            }
            for (CanonicalForm address : addresses) {
                List<List<CanonicalForm>> tokens = names.stream().map(name -> List.of(name, address)).toList();
                if (tokens.isEmpty() || target.lookup(tokens, DERIVER).isEmpty()) {
                    continue;
                }
                double guesses = guessesToReach(person.listedName(), address, budgetPerName);
                if (guesses < budgetPerName) {
                    cheap.add(person.record().sourceId());
                }
            }
        }
        return cheap;
    }

    /** Candidates the attacker tries for one name before producing {@code address}; the budget when it does not within it. */
    private static double guessesToReach(NameDerivedGrammar.Name name, CanonicalForm address, double budget) {
        long[] tried = {0};
        boolean[] found = {false};
        String value = address.value();
        if (address.kind() == FormKind.HANDLE) {
            // As N1 compares handles: as written, and without dots (Facebook).
            GRAMMAR.candidates(NameDerivedGrammar.Target.HANDLE, name, (long) budget, candidate -> {
                tried[0]++;
                found[0] = candidate.equals(value) || candidate.replace(".", "").equals(value);
                return !found[0];
            });
            return found[0] ? tried[0] : budget;
        }
        String domain = value.substring(value.indexOf('@') + 1);
        int domainIndex = NameDerivedGrammar.COMMON_MAIL_DOMAINS.indexOf(domain);
        if (domainIndex < 0) {
            return budget;
        }
        String local = value.substring(0, value.indexOf('@'));
        int domains = NameDerivedGrammar.COMMON_MAIL_DOMAINS.size();
        GRAMMAR.candidates(NameDerivedGrammar.Target.EMAIL, name, (long) (budget / domains), candidate -> {
            tried[0]++;
            // As N1 compares Gmail addresses: without dots.
            found[0] = (domain.equals("gmail.com") ? candidate.replace(".", "") : candidate).equals(local);
            return !found[0];
        });
        return found[0] ? (tried[0] - 1) * domains + domainIndex + 1 : budget;
    }

    /** The form of a listed name every record of that person holds: its romanised syllables, as N1 keys them. */
    private static CanonicalForm listedNameForm(NameDerivedGrammar.Name name) {
        String spelled = String.join(" ", name.surname()).toUpperCase(java.util.Locale.ROOT) + " " + String.join(" ", name.given());
        return N1.normalise(IdentifierType.NAME, spelled).forms().get(0);
    }

    private static List<CanonicalForm> forms(IdentifierType type, String value) {
        Normalised normalised = N1.normalise(type, value);
        return normalised.isValid() ? normalised.forms() : List.of();
    }
}
