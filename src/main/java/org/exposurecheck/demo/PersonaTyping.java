package org.exposurecheck.demo;

import com.ibm.icu.text.Transliterator;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exposurecheck.demo.Printout.Shown;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;

/**
 * How a person types their own details into the checker: in their own formats, which differ from the
 * leak's (Simplified characters, "(852)91234567", "a123456 3", dot-free Gmail, abbreviated addresses).
 * The benchmark's recall is only meaningful if those differences are the realistic ones.
 */
final class PersonaTyping {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DAY_FIRST_SHORT = DateTimeFormatter.ofPattern("d/M/yyyy", Locale.ROOT);
    private static final DateTimeFormatter DAY_MONTH_NAME = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Dice dice;
    // Not thread-safe: one per generation run, which is single-threaded.
    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

    PersonaTyping(Dice dice) {
        this.dice = dice;
    }

    /**
     * The person's profile identifiers. {@code printouts} are the records that show the person: each
     * gets at least one strong identifier in common. {@code required} may name NAME, HKID, ADDRESS and
     * DOB, which are then always typed; the phone always is.
     */
    List<Identifier> type(FictionalPerson person, List<Printout> printouts, Set<IdentifierType> required) {
        boolean hkid = required.contains(IdentifierType.HKID) || dice.chance(0.7);
        boolean email = dice.chance(0.6);
        // The phone is always typed; a record without one shows a full HKID or an e-mail, so type that.
        for (Printout printout : printouts) {
            boolean shared = printout.shows(Shown.PHONE) || hkid && printout.shows(Shown.FULL_HKID)
                    || email && printout.shows(Shown.EMAIL);
            if (!shared) {
                hkid |= printout.shows(Shown.FULL_HKID);
                email |= !printout.shows(Shown.FULL_HKID);
            }
        }
        List<Identifier> typed = new ArrayList<>();
        names(person.name(), required.contains(IdentifierType.NAME)).forEach(name -> typed.add(new Identifier(IdentifierType.NAME, name)));
        typed.add(new Identifier(IdentifierType.PHONE, phone(person.phone(), printouts)));
        if (hkid) {
            typed.add(new Identifier(IdentifierType.HKID, hkid(person)));
        }
        if (email) {
            typed.add(new Identifier(IdentifierType.EMAIL, email(person.email())));
        }
        if (required.contains(IdentifierType.ADDRESS) || dice.chance(0.6)) {
            addresses(person.home()).forEach(address -> typed.add(new Identifier(IdentifierType.ADDRESS, address)));
        }
        if (required.contains(IdentifierType.DOB) || dice.chance(0.6)) {
            typed.add(new Identifier(IdentifierType.DOB,
                    person.dob().format(dice.pick(List.of(DAY_FIRST_SHORT, ISO, DAY_MONTH_NAME)))));
        }
        if (dice.chance(0.6)) {
            typed.add(new Identifier(IdentifierType.HANDLE, handle(person.handle(), printouts)));
        }
        if (person.employer() != null && dice.chance(0.3)) {
            typed.add(new Identifier(IdentifierType.EMPLOYER,
                    dice.chance(0.5) ? person.employer().english() : maybeSimplified(person.employer().chinese())));
        }
        if (person.plate() != null && dice.chance(0.5)) {
            String plate = person.plate();
            typed.add(new Identifier(IdentifierType.PLATE, dice.pick(List.of(plate, plate.toLowerCase(Locale.ROOT), plate.replace(" ", "")))));
        }
        return typed;
    }

    /**
     * Chinese (Traditional or Simplified) in about three profiles of four, English in about six of ten.
     * A required name is typed both ways and without the Western name, so it meets any printed form.
     */
    private List<String> names(PersonName name, boolean required) {
        if (required) {
            return List.of(maybeSimplified(name.chinese()), dice.pick(plainEnglishNames(name)));
        }
        double draw = dice.between(0, 99) / 100.0;
        List<String> names = new ArrayList<>();
        if (draw < 0.75) {
            names.add(maybeSimplified(name.chinese()));
        }
        if (draw >= 0.4) {
            names.add(englishName(name));
        }
        return names;
    }

    private String englishName(PersonName name) {
        List<String> forms = plainEnglishNames(name);
        String given = name.givenSpaced();
        if (name.hasWestern()) {
            forms.add(name.western() + " " + name.surnameRoman() + " " + given);
            // "Peter Au Yeung" would not meet a leak's "Peter AU YEUNG Tai Man": the normaliser pairs a Western name with one surname word.
            if (!name.surnameRoman().contains(" ")) {
                forms.add(name.western() + " " + name.surnameRoman());
            }
        }
        return dice.pick(forms);
    }

    /** "Chan Tai Man", "Tai Man Chan", "CHAN, Tai Man", "chan tai man". */
    private static List<String> plainEnglishNames(PersonName name) {
        String given = name.givenSpaced();
        return new ArrayList<>(List.of(name.surnameRoman() + " " + given, given + " " + name.surnameRoman(),
                name.upperSurname() + ", " + given, (name.surnameRoman() + " " + given).toLowerCase(Locale.ROOT)));
    }

    /** In another format than any leak printed, when one is left. */
    private String phone(Mobile phone, List<Printout> printouts) {
        String code = phone.countryCode();
        List<String> forms = new ArrayList<>(List.of("(" + code + ")" + phone.local(), "00" + code + " " + phone.spaced(),
                code + " " + phone.local(), "+" + code + " " + phone.spaced()));
        if (phone.isHongKong()) {
            forms.add(phone.local().substring(0, 4) + "-" + phone.local().substring(4));
        }
        printouts.forEach(printout -> printout.identifiers().stream()
                .filter(identifier -> identifier.type() == IdentifierType.PHONE)
                .forEach(identifier -> forms.remove(identifier.value())));
        return dice.pick(forms);
    }

    /** "a123456 3", "A123456(3)" or full-width "Ａ１２３４５６（３）" from a Chinese input method. */
    private String hkid(FictionalPerson person) {
        String bracketed = person.hkidBody() + "(" + person.hkidCheck() + ")";
        return switch (dice.between(0, 2)) {
            case 0 -> person.hkidBody().toLowerCase(Locale.ROOT) + " " + person.hkidCheck();
            case 1 -> bracketed;
            default -> fullWidth(bracketed);
        };
    }

    /** Gmail ignores dots and "+tags" and answers at googlemail.com; Outlook and Hotmail ignore "+tags". */
    private String email(String email) {
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        String tag = "+" + dice.pick(List.of("news", "shop", "hk", "2020"));
        List<String> forms = new ArrayList<>(List.of(email));
        if (domain.equals("gmail.com")) {
            forms.addAll(List.of(local.replace(".", "") + "@" + domain, local + tag + "@" + domain, local + "@googlemail.com"));
        } else if (domain.startsWith("outlook.") || domain.startsWith("hotmail.")) {
            forms.add(local + tag + "@" + domain);
        } else {
            forms.add(Character.toUpperCase(local.charAt(0)) + local.substring(1) + "@" + domain);
        }
        return dice.pick(forms);
    }

    private List<String> addresses(Home home) {
        double draw = dice.between(0, 99) / 100.0;
        List<String> addresses = new ArrayList<>();
        if (draw < 0.6) {
            addresses.add(AddressWriter.typedEnglish(home, dice));
        }
        if (draw >= 0.5) {
            addresses.add(maybeSimplified(AddressWriter.typedChinese(home, dice)));
        }
        return addresses;
    }

    /**
     * "@name" or "name"; "facebook.com/name" without dots only when that still meets every printed link,
     * i.e. the name has no dots or the leaks printed Facebook links, which also compare without dots.
     */
    private String handle(String handle, List<Printout> printouts) {
        boolean facebookMeets = !handle.contains(".") || printouts.stream()
                .noneMatch(printout -> printout.shows(Shown.HANDLE));
        List<String> forms = new ArrayList<>(List.of("@" + handle, handle));
        if (facebookMeets) {
            forms.add("facebook.com/" + handle.replace(".", ""));
        }
        return dice.pick(forms);
    }

    private String maybeSimplified(String traditional) {
        if (dice.chance(0.5)) {
            return traditional;
        }
        // Hong Kong variants first: 邨 is written 村 outside Hong Kong, and ICU leaves 峯 and 衞 alone.
        String standard = traditional.replace('邨', '村').replace('峯', '峰').replace('衞', '衛');
        return toSimplified.transliterate(standard);
    }

    private static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder(ascii.length());
        ascii.chars().forEach(c -> wide.append((char) (c >= '!' && c <= '~' ? c + 0xFEE0 : c)));
        return wide.toString();
    }
}
