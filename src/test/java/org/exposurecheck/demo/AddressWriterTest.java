package org.exposurecheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.junit.jupiter.api.Test;

/** The way a person types their address must meet the way a leak prints it, in the same script, at flat level. */
class AddressWriterTest {
    private static final Normaliser N1 = new Normaliser();

    static Set<String> flatForms(String address) {
        return N1.normalise(IdentifierType.ADDRESS, address).forms().stream()
                .filter(form -> form.kind() == FormKind.ADDRESS_FLAT).map(CanonicalForm::value).collect(Collectors.toSet());
    }

    @Test
    void typedAddressesMeetPrintedOnesAtFlatLevel() {
        Dice dice = new Dice(5);
        PersonFactory factory = new PersonFactory(dice);
        PersonaTyping typing = new PersonaTyping(dice);
        for (int i = 0; i < 400; i++) {
            FictionalPerson person = factory.newPerson();
            Home home = person.home();
            Set<String> printedEnglish = flatForms(AddressWriter.printedEnglish(home));
            Set<String> printedChinese = flatForms(AddressWriter.printedChinese(home));
            // The written form, and the sound form of a name that is a Cantonese reading.
            assertThat(printedEnglish).hasSize(home.building().readAloud() ? 2 : 1);
            assertThat(printedChinese).isNotEmpty();
            assertThat(flatForms(AddressWriter.typedEnglish(home, dice))).isEqualTo(printedEnglish);
            assertThat(flatForms(AddressWriter.typedChinese(home, dice))).isEqualTo(printedChinese);
            Set<String> printed = new HashSet<>(printedEnglish);
            printed.addAll(printedChinese);
            // Includes the Simplified Chinese a persona may type.
            typing.type(person, List.of(), Set.of(IdentifierType.ADDRESS)).stream()
                    .filter(identifier -> identifier.type() == IdentifierType.ADDRESS)
                    .forEach(typed -> assertThat(flatForms(typed.value())).as(typed.value()).isNotEmpty().isSubsetOf(printed));
        }
    }

    /** A building named by its Cantonese reading links across scripts: a leak's Chinese meets a person's English, and the reverse. */
    @Test
    void readAloudBuildingsMeetAcrossScriptsAtFlatLevel() {
        Dice dice = new Dice(6);
        PersonFactory factory = new PersonFactory(dice);
        int readAloud = 0;
        for (int i = 0; i < 400; i++) {
            Home home = factory.newPerson().home();
            Set<String> printedChinese = flatForms(AddressWriter.printedChinese(home));
            Set<String> printedEnglish = flatForms(AddressWriter.printedEnglish(home));
            Set<String> typedEnglish = flatForms(AddressWriter.typedEnglish(home, dice));
            Set<String> typedChinese = flatForms(AddressWriter.typedChinese(home, dice));
            if (home.building().readAloud()) {
                readAloud++;
                assertThat(typedEnglish).as(AddressWriter.typedEnglish(home, dice)).containsAnyElementsOf(printedChinese);
                assertThat(typedChinese).as(AddressWriter.printedEnglish(home)).containsAnyElementsOf(printedEnglish);
            } else {
                assertThat(typedEnglish).doesNotContainAnyElementsOf(printedChinese);
            }
        }
        assertThat(readAloud).isGreaterThan(250);
    }

    /** Two buildings never share a sound, or people in different buildings would meet at flat level. */
    @Test
    void noTwoBuildingsShareAForm() {
        List<Building> buildings = Places.buildings(new Dice(7));
        Set<String> seen = new HashSet<>();
        for (Building building : buildings) {
            Home home = new Home(building, Math.min(1, building.blocks()), 3, "A");
            Set<String> forms = new HashSet<>(flatForms(AddressWriter.printedEnglish(home)));
            forms.addAll(flatForms(AddressWriter.printedChinese(home)));
            assertThat(forms).as(building.englishName()).isNotEmpty().doesNotContainAnyElementsOf(seen.isEmpty() ? Set.of("") : seen);
            seen.addAll(forms);
        }
    }

    @Test
    void printedFormsFollowHongKongOrder() {
        Building estate = new Building("Silverbrook", "銀溪", false, Building.Type.ESTATE, 8,
                new District("Sha Tin", "沙田", District.Region.NEW_TERRITORIES), 0, null, null);
        Home home = new Home(estate, 3, 12, "A");
        assertThat(AddressWriter.printedEnglish(home)).isEqualTo("Flat A, 12/F, Block 3, Silverbrook Estate, Sha Tin, N.T.");
        assertThat(AddressWriter.printedChinese(home)).isEqualTo("新界沙田銀溪邨第3座12樓A室");
        Building onStreet = new Building("Maplecrest", "楓峯", false, Building.Type.BUILDING, 0,
                new District("Mong Kok", "旺角", District.Region.KOWLOON), 123, "Kestrel Road", "紅隼道");
        Home shop = new Home(onStreet, 0, 0, "B");
        assertThat(AddressWriter.printedEnglish(shop)).isEqualTo("Flat B, G/F, Maplecrest Building, 123 Kestrel Road, Mong Kok, Kowloon");
        assertThat(AddressWriter.printedChinese(shop)).isEqualTo("九龍旺角紅隼道123號楓峯大廈地下B室");
    }
}
