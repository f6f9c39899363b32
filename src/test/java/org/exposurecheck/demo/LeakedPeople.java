package org.exposurecheck.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.exposurecheck.token.NameDerivedGrammar;

/**
 * For attack tests outside this package: fictional people from the project's own generator, each printed once
 * by a leak site, with the romanised name an attacker's public list of Hong Kong names holds for them.
 */
public final class LeakedPeople {
    /** One person's leak record, and their name as the attacker's list spells it. */
    public record Leaked(SourceRecord record, NameDerivedGrammar.Name listedName) {
    }

    private LeakedPeople() {
    }

    public static List<Leaked> generate(int count, long seed) {
        Dice dice = new Dice(seed);
        PersonFactory factory = new PersonFactory(dice);
        LeakPrinter printer = new LeakPrinter(dice);
        List<Leaked> leaked = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            FictionalPerson person = factory.newPerson();
            Printout printout = printer.print(person);
            SourceRecord record = new SourceRecord("record " + i, "p-" + i, "mirror-1", person.category(), LocalDate.of(2019, 8, 20),
                    LocalDate.of(2021, 5, 1), printout.identifiers());
            PersonName name = person.name();
            leaked.add(new Leaked(record, new NameDerivedGrammar.Name(Arrays.asList(name.surnameRoman().split(" ")),
                    name.givenRoman(), name.western())));
        }
        return leaked;
    }
}
