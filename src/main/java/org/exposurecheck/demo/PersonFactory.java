package org.exposurecheck.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exposurecheck.identity.Hkid;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normalised;
import org.exposurecheck.identity.Normaliser;

/**
 * Draws fictional people. Every strong identifier (HKID, phone, e-mail, handle, plate, flat) is unique
 * across everyone one factory draws, so ground truth holds: a strong match means the same person.
 * Uniqueness is kept on the value the normaliser would compare (E.164, dot-free Gmail, dot-free handle).
 */
final class PersonFactory {
    static final List<String> CATEGORIES = List.of("journalist", "activist", "student", "teacher", "medic",
            "social worker", "civil servant");
    private static final List<String> HKID_LETTERS = List.of("A", "C", "D", "E", "G", "H", "K", "P", "R", "V", "Y", "Z");
    private static final List<String> HKID_LETTER_PAIRS = List.of("XA", "XB", "XC", "WX");
    // Hong Kong plates leave out I, O and Q, which read as digits.
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final List<String> FREE_MAIL_DOMAINS = List.of("outlook.com", "hotmail.com");
    // Reserved example domains (RFC 2606), so no invented address can reach a real mailbox at them.
    private static final List<String> EXAMPLE_DOMAINS = List.of("mail.example.org", "inbox.example.net", "post.example.com");
    private static final double NEW_RANGE_SHARE = 0.05;
    private static final LocalDate OLDEST = LocalDate.of(1950, 1, 1);
    private static final LocalDate YOUNGEST = LocalDate.of(2005, 12, 31);

    private final Dice dice;
    private final Normaliser normaliser = new Normaliser();
    private final List<Building> buildings;
    private final Set<String> phones = new HashSet<>();
    private final Set<String> hkids = new HashSet<>();
    private final Set<String> emails = new HashSet<>();
    private final Set<String> handles = new HashSet<>();
    private final Set<String> plates = new HashSet<>();
    private final Set<String> flats = new HashSet<>();

    PersonFactory(Dice dice) {
        this.dice = dice;
        this.buildings = Places.buildings(dice);
    }

    FictionalPerson newPerson() {
        return newPerson(Names.draw(dice));
    }

    FictionalPerson newPerson(PersonName name) {
        String category = dice.pick(CATEGORIES);
        LocalDate dob = dice.date(OLDEST, YOUNGEST);
        Building building = dice.pick(buildings);
        return new FictionalPerson(name, hkid(), phone(), email(name, dob), homeIn(building, block(building)), dob,
                handle(name, dob), dice.chance(0.3) ? Workplace.draw(dice, category) : null,
                dice.chance(0.1) ? plate() : null, category);
    }

    /** A new number that differs from {@code phone} in one digit and is still a valid mobile number. */
    Mobile phoneNear(Mobile phone) {
        List<Integer> positions = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7));
        dice.shuffle(positions);
        for (int position : positions) {
            char[] digits = phone.local().toCharArray();
            for (int step = 1; step <= 9; step++) {
                digits[position] = (char) ('0' + (phone.local().charAt(position) - '0' + step) % 10);
                Mobile near = new Mobile(phone.countryCode(), new String(digits));
                if (readAsItself(read(near), near) && phones.add(near.e164())) {
                    return near;
                }
            }
        }
        throw new IllegalStateException("no free number one digit away");
    }

    /** A new HKID with the same letters and first three or four digits as {@code hkid}, and its own check character. */
    String hkidNear(String hkid) {
        int letters = hkid.length() - 7;
        String kept = hkid.substring(0, letters + dice.between(3, 4));
        while (true) {
            String body = kept + dice.digits(letters + 6 - kept.length());
            String near = body + Hkid.checkCharacter(body);
            if (hkids.add(body)) {
                return near;
            }
        }
    }

    /** A new flat on the same floor of the same block as {@code home}, or else one floor away: the neighbours a matcher must keep apart. */
    Home flatNear(Home home) {
        for (int attempt = 0; attempt < 50; attempt++) {
            boolean sameFloor = dice.chance(0.5);
            int floor = sameFloor ? home.floor() : Math.max(0, home.floor() + dice.pick(List.of(-1, 1)));
            String flat = sameFloor ? otherFlat(home.flat()) : home.flat();
            Home near = new Home(home.building(), home.block(), floor, flat);
            if (flats.add(near.key())) {
                return near;
            }
        }
        return homeIn(home.building(), home.block());
    }

    /** "A" → another letter A–H, "7" → another number 1–20, in the same style as the building's flats. */
    private String otherFlat(String flat) {
        while (true) {
            String other = Character.isLetter(flat.charAt(0)) ? String.valueOf((char) ('A' + dice.between(0, 7)))
                    : String.valueOf(dice.between(1, 20));
            if (!other.equals(flat)) {
                return other;
            }
        }
    }

    /** A new flat in the given building and block (0: the building has no blocks). */
    Home homeIn(Building building, int block) {
        while (true) {
            int floor = dice.chance(0.05) ? 0 : dice.between(1, building.onStreet() ? 25 : 40);
            String flat = dice.chance(0.6) ? String.valueOf((char) ('A' + dice.between(0, 7))) : String.valueOf(dice.between(1, 20));
            Home home = new Home(building, block, floor, flat);
            if (flats.add(home.key())) {
                return home;
            }
        }
    }

    private int block(Building building) {
        return building.blocks() == 0 ? 0 : dice.between(1, building.blocks());
    }

    private String hkid() {
        while (true) {
            String letters = dice.chance(0.9) ? dice.pick(HKID_LETTERS) : dice.pick(HKID_LETTER_PAIRS);
            String body = letters + dice.digits(6);
            if (hkids.add(body)) {
                return body + Hkid.checkCharacter(body);
            }
        }
    }

    /**
     * Hong Kong mobiles start with 5, 6 or 9; a few people carry a Macau number (6xxx xxxx). About one number
     * in twenty comes from a range libphonenumber does not list as assigned, as numbers from ranges opened after
     * its metadata was made do; the rest from ranges it knows.
     */
    private Mobile phone() {
        boolean newRange = dice.chance(NEW_RANGE_SHARE);
        while (true) {
            Mobile phone = dice.chance(0.03)
                    ? new Mobile("853", "6" + dice.digits(7))
                    : new Mobile("852", dice.pick(List.of("9", "9", "6", "6", "5")) + dice.digits(7));
            Normalised read = read(phone);
            if (readAsItself(read, phone) && read.note().isEmpty() != newRange && phones.add(phone.e164())) {
                return phone;
            }
        }
    }

    private Normalised read(Mobile phone) {
        return normaliser.normalise(IdentifierType.PHONE, "+" + phone.countryCode() + " " + phone.local());
    }

    /** The normaliser reads the number as itself: possible for its region, whether or not listed as assigned. */
    private static boolean readAsItself(Normalised read, Mobile phone) {
        return read.isValid() && read.forms().get(0).value().equals(phone.e164());
    }

    private String email(PersonName name, LocalDate dob) {
        String yy = String.format(Locale.ROOT, "%02d", dob.getYear() % 100);
        String local = switch (dice.between(0, 3)) {
            case 0 -> String.join(".", name.givenRoman()).toLowerCase(Locale.ROOT) + "." + name.surnameCompact() + yy;
            case 1 -> name.surnameCompact() + name.givenCompact();
            case 2 -> name.hasWestern() ? name.western().toLowerCase(Locale.ROOT) + "." + name.surnameCompact()
                    : name.surnameCompact() + "." + name.givenCompact();
            default -> initials(name) + name.surnameCompact() + yy;
        };
        double domainDraw = dice.between(0, 99) / 100.0;
        String domain = domainDraw < 0.6 ? "gmail.com" : domainDraw < 0.8 ? dice.pick(FREE_MAIL_DOMAINS) : dice.pick(EXAMPLE_DOMAINS);
        while (true) {
            String email = local + "@" + domain;
            String key = domain.equals("gmail.com") ? local.replace(".", "") + "@" + domain : email;
            if (emails.add(key)) {
                return email;
            }
            local = local + dice.digits(1);
        }
    }

    /** Lower-case letters, digits, underscores and sometimes dots; unique without its dots, as Facebook compares them. */
    private String handle(PersonName name, LocalDate dob) {
        String handle = switch (dice.between(0, 3)) {
            case 0 -> name.givenCompact() + "_" + name.surnameCompact();
            case 1 -> name.surnameCompact() + "." + name.givenCompact();
            case 2 -> initials(name) + "." + name.surnameCompact() + dice.digits(2);
            default -> (name.hasWestern() ? name.western().toLowerCase(Locale.ROOT) : name.givenCompact()) + "_hk" + dob.getYear() % 100;
        };
        while (!handles.add(handle.replace(".", ""))) {
            handle = handle + dice.digits(1);
        }
        return handle;
    }

    private String plate() {
        while (true) {
            String letters = dice.letters(PLATE_LETTERS, 2);
            String number = String.valueOf(dice.between(1, 9999));
            if (plates.add(letters + number)) {
                return letters + " " + number;
            }
        }
    }

    private static String initials(PersonName name) {
        StringBuilder initials = new StringBuilder();
        name.givenRoman().forEach(syllable -> initials.append(Character.toLowerCase(syllable.charAt(0))));
        return initials.toString();
    }
}
