package org.exposurecheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normalised;
import org.exposurecheck.identity.Normaliser;
import org.junit.jupiter.api.Test;

class PersonFactoryTest {
    private static final Normaliser N1 = new Normaliser();
    private static final Dice DICE = new Dice(3);
    private static final PersonFactory FACTORY = new PersonFactory(DICE);
    private static final List<FictionalPerson> PEOPLE = new ArrayList<>();

    static {
        for (int i = 0; i < 3000; i++) {
            PEOPLE.add(FACTORY.newPerson());
        }
    }

    static String canonical(IdentifierType type, String value, FormKind kind) {
        Normalised normalised = N1.normalise(type, value);
        assertThat(normalised.isValid()).as("%s %s", type, value).isTrue();
        return normalised.forms().stream().filter(form -> form.kind() == kind).map(CanonicalForm::value).findFirst().orElseThrow();
    }

    static void assertUnique(Function<FictionalPerson, String> key) {
        Set<String> seen = new HashSet<>();
        PEOPLE.stream().map(key).filter(value -> value != null).forEach(value -> assertThat(seen.add(value)).as(value).isTrue());
    }

    @Test
    void strongIdentifiersAreUniqueAsTheNormaliserComparesThem() {
        assertUnique(person -> canonical(IdentifierType.HKID, person.hkid(), FormKind.HKID));
        assertUnique(person -> canonical(IdentifierType.PHONE, person.phone().e164(), FormKind.PHONE));
        assertUnique(person -> canonical(IdentifierType.EMAIL, person.email(), FormKind.EMAIL));
        assertUnique(person -> person.handle().replace(".", ""));
        assertUnique(person -> person.plate() == null ? null : canonical(IdentifierType.PLATE, person.plate(), FormKind.PLATE));
        assertUnique(person -> person.home().key());
    }

    @Test
    void valuesHaveTheShapesOfTheirKind() {
        for (FictionalPerson person : PEOPLE) {
            assertThat(person.hkid()).matches("[A-Z]{1,2}[0-9]{6}[0-9A]");
            assertThat(person.phone().local()).matches(person.phone().isHongKong() ? "[569][0-9]{7}" : "6[0-9]{7}");
            assertThat(person.handle()).matches("[a-z0-9_][a-z0-9_.]*[a-z0-9_]");
            assertThat(person.dob().getYear()).isBetween(1950, 2005);
            assertThat(person.category()).isIn(PersonFactory.CATEGORIES);
            if (person.plate() != null) {
                assertThat(person.plate()).matches("[A-HJ-NPR-Z]{2} [1-9][0-9]{0,3}");
            }
            Home home = person.home();
            assertThat(home.block()).isBetween(home.building().blocks() == 0 ? 0 : 1, home.building().blocks());
        }
    }

    @Test
    void populationMixesWesternNamesMacauNumbersAndSharedBuildings() {
        assertThat(PEOPLE.stream().filter(person -> person.name().hasWestern()).count()).isBetween(750L, 1050L);
        assertThat(PEOPLE.stream().filter(person -> !person.phone().isHongKong()).count()).isBetween(40L, 150L);
        assertThat(PEOPLE.stream().filter(person -> person.employer() != null).count()).isBetween(750L, 1050L);
        assertThat(PEOPLE.stream().map(person -> person.home().building()).distinct().count()).isLessThan(100L);
    }

    @Test
    void aNearPhoneDiffersInOneDigitAndIsStillValid() {
        for (FictionalPerson person : PEOPLE.subList(0, 200)) {
            Mobile near = FACTORY.phoneNear(person.phone());
            assertThat(canonical(IdentifierType.PHONE, near.e164(), FormKind.PHONE)).isEqualTo(near.e164());
            int differences = 0;
            for (int i = 0; i < 8; i++) {
                differences += near.local().charAt(i) != person.phone().local().charAt(i) ? 1 : 0;
            }
            assertThat(differences).isEqualTo(1);
        }
    }

    @Test
    void aNearHkidKeepsTheLettersAndFirstDigitsWithAValidCheckCharacter() {
        for (FictionalPerson person : PEOPLE.subList(0, 200)) {
            String near = FACTORY.hkidNear(person.hkid());
            int letters = person.hkid().length() - 7;
            assertThat(near).isNotEqualTo(person.hkid()).startsWith(person.hkid().substring(0, letters + 3));
            assertThat(canonical(IdentifierType.HKID, near, FormKind.HKID)).isEqualTo(near);
        }
    }

    @Test
    void aNewFlatInTheSameBuildingIsADifferentFlat() {
        for (FictionalPerson person : PEOPLE.subList(0, 200)) {
            Home neighbour = FACTORY.homeIn(person.home().building(), person.home().block());
            assertThat(neighbour.building()).isEqualTo(person.home().building());
            assertThat(neighbour.key()).isNotEqualTo(person.home().key());
        }
    }
}
