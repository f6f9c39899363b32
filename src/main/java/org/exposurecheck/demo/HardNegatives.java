package org.exposurecheck.demo;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.exposurecheck.demo.Printout.Shown;
import org.exposurecheck.identity.IdentifierType;

/**
 * People who are not in the leak but look close to someone who is: the cases a careless matcher
 * would call exposed. Each is a different fictional person drawn by the same factory, so they share
 * no strong identifier (full HKID, phone, e-mail, handle, plate, flat) with any record.
 */
final class HardNegatives {
    /**
     * A hard negative, the types their profile must contain to come near the record (a required name is
     * typed so that it meets the printed one), and what makes them hard.
     */
    record Negative(FictionalPerson person, Set<IdentifierType> required, String note) {
    }

    private enum Variant {
        PHONE_ONE_DIGIT_OFF(Shown.PHONE),
        SAME_BUILDING(Shown.ADDRESS),
        SAME_DOB(Shown.DOB),
        SIMILAR_HKID(Shown.FULL_HKID, Shown.MASKED_HKID),
        NAMESAKE(Shown.CHINESE_NAME);

        private final Set<Shown> needs;

        Variant(Shown... needs) {
            this.needs = Set.of(needs);
        }

        /** A source is useful when one of its records prints what this variant comes near to. */
        Predicate<LeakedPerson> fits() {
            return leaked -> leaked.printouts().stream().anyMatch(printout -> needs.stream().anyMatch(printout::shows));
        }
    }

    private static final int ATTEMPTS = 50;

    private final Dice dice;
    private final PersonFactory factory;

    HardNegatives(Dice dice, PersonFactory factory) {
        this.dice = dice;
        this.factory = factory;
    }

    /** The {@code index}-th hard negative; the variants take turns so each is about a fifth of the total. */
    Negative build(int index, List<LeakedPerson> leaked) {
        Variant variant = Variant.values()[index % Variant.values().length];
        LeakedPerson source = null;
        for (int attempt = 0; attempt < ATTEMPTS && source == null; attempt++) {
            LeakedPerson candidate = dice.pick(leaked);
            source = variant.fits().test(candidate) ? candidate : null;
        }
        if (source == null) {
            // A small leak may print no such detail at all; a namesake needs only a name.
            variant = Variant.NAMESAKE;
            source = dice.pick(leaked);
        }
        FictionalPerson near = source.person();
        String record = String.join(", ", source.recordIds());
        return switch (variant) {
            case PHONE_ONE_DIGIT_OFF -> new Negative(factory.newPerson(near.name()).withPhone(factory.phoneNear(near.phone())),
                    Set.of(IdentifierType.NAME, IdentifierType.PHONE), "hard negative: same name as the person in " + record
                    + ", phone one digit different, other details drawn afresh");
            case SAME_BUILDING -> new Negative(factory.newPerson(near.name()).withHome(factory.flatNear(near.home())),
                    Set.of(IdentifierType.NAME, IdentifierType.ADDRESS), "hard negative: same name, building and block as the person in " + record
                    + ", a flat on the same floor or one floor away, different phone");
            case SAME_DOB -> new Negative(factory.newPerson(near.name()).withDob(near.dob()), Set.of(IdentifierType.NAME, IdentifierType.DOB),
                    "hard negative: same name and date of birth as the person in " + record + ", different HKID and phone");
            case SIMILAR_HKID -> new Negative(differentlyNamed(near).withHkid(factory.hkidNear(near.hkid())),
                    Set.of(IdentifierType.HKID), "hard negative: different name, HKID with the same letter and first digits"
                    + " as the person in " + record + ", different phone");
            case NAMESAKE -> new Negative(factory.newPerson(Names.namesake(dice, near.name())), Set.of(IdentifierType.NAME),
                    "hard negative: namesake with the same Chinese name as the person in " + record + ", other details drawn afresh");
        };
    }

    private FictionalPerson differentlyNamed(FictionalPerson near) {
        PersonName name;
        do {
            name = Names.draw(dice);
        } while (name.chinese().equals(near.name().chinese()));
        return factory.newPerson(name);
    }
}
