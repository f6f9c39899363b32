package org.exposurecheck.demo;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exposurecheck.demo.Printout.Shown;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;

/**
 * How a doxxing site prints a person: which details it has (name always, phone 90%, HKID 60% of which
 * half masked, address 70%, date of birth 40%, e-mail 30%, handle 40%) and in which of the formats
 * such sites used. Every format is one the normaliser reads, so a missed match is the matcher's fault.
 */
final class LeakPrinter {
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Dice dice;

    LeakPrinter(Dice dice) {
        this.dice = dice;
    }

    Printout print(FictionalPerson person) {
        boolean phone = dice.chance(0.9);
        boolean hkid = dice.chance(0.6);
        boolean masked = hkid && dice.chance(0.5);
        boolean email = dice.chance(0.3);
        // Without a phone the record must still pin the person down, by a full HKID or an e-mail.
        if (!phone && (!hkid || masked) && !email) {
            if (dice.chance(0.5)) {
                email = true;
            } else {
                hkid = true;
                masked = false;
            }
        }
        Set<Shown> shown = EnumSet.noneOf(Shown.class);
        List<Identifier> printed = new ArrayList<>();
        String name = name(person.name());
        printed.add(new Identifier(IdentifierType.NAME, name));
        if (name.contains(person.name().chinese())) {
            shown.add(Shown.CHINESE_NAME);
        }
        if (phone) {
            printed.add(new Identifier(IdentifierType.PHONE, phone(person.phone())));
            shown.add(Shown.PHONE);
        }
        if (hkid) {
            printed.add(new Identifier(IdentifierType.HKID, masked ? maskedHkid(person) : fullHkid(person)));
            shown.add(masked ? Shown.MASKED_HKID : Shown.FULL_HKID);
        }
        if (email) {
            printed.add(new Identifier(IdentifierType.EMAIL, person.email()));
            shown.add(Shown.EMAIL);
        }
        if (dice.chance(0.7)) {
            double script = dice.between(0, 99) / 100.0;
            if (script < 0.6) {
                printed.add(new Identifier(IdentifierType.ADDRESS, AddressWriter.printedEnglish(person.home())));
            }
            if (script >= 0.45) {
                printed.add(new Identifier(IdentifierType.ADDRESS, AddressWriter.printedChinese(person.home())));
            }
            shown.add(Shown.ADDRESS);
        }
        if (dice.chance(0.4)) {
            printed.add(new Identifier(IdentifierType.DOB, dice.chance(0.5) ? person.dob().format(DAY_FIRST)
                    : person.dob().getYear() + "年" + person.dob().getMonthValue() + "月" + person.dob().getDayOfMonth() + "日"));
            shown.add(Shown.DOB);
        }
        if (dice.chance(0.4)) {
            boolean facebook = dice.chance(0.35);
            printed.add(new Identifier(IdentifierType.HANDLE, facebook ? facebookLink(person.handle()) : link(person.handle())));
            shown.add(facebook ? Shown.FACEBOOK_HANDLE : Shown.HANDLE);
        }
        if (person.employer() != null && dice.chance(0.9)) {
            printed.add(new Identifier(IdentifierType.EMPLOYER, dice.chance(0.5) ? person.employer().english() : person.employer().chinese()));
        }
        if (person.plate() != null && dice.chance(0.9)) {
            printed.add(new Identifier(IdentifierType.PLATE, dice.chance(0.7) ? person.plate() : person.plate().replace(" ", "")));
        }
        return new Printout(printed, shown);
    }

    /** Chinese characters in at least nine records out of ten, as on the real sites. */
    private String name(PersonName name) {
        String official = name.upperSurname() + " " + name.givenSpaced();
        List<String> forms = new ArrayList<>();
        if (dice.chance(0.93)) {
            forms.add(name.chinese());
            forms.add(name.chinese() + " " + official);
            if (name.hasWestern()) {
                forms.add(name.chinese() + " " + name.western() + " " + official);
            }
        } else {
            forms.add(official);
            forms.add(name.surnameRoman() + " " + name.givenHyphenated());
            if (name.hasWestern()) {
                forms.add(name.western() + " " + official);
            }
        }
        return dice.pick(forms);
    }

    private String phone(Mobile phone) {
        String code = "+" + phone.countryCode();
        List<String> forms = phone.isHongKong()
                ? List.of(phone.spaced(), phone.local(), code + " " + phone.spaced(), code + "-" + phone.local())
                // A Macau number printed without its code would read as a Hong Kong one.
                : List.of(code + " " + phone.spaced(), code + "-" + phone.local());
        return dice.pick(forms);
    }

    private String fullHkid(FictionalPerson person) {
        return dice.chance(0.6) ? person.hkidBody() + "(" + person.hkidCheck() + ")" : person.hkid();
    }

    /** "A123***(3)", "A1234**(*)" or "A123XXX(X)". */
    private String maskedHkid(FictionalPerson person) {
        String body = person.hkidBody();
        int letters = body.length() - 6;
        return switch (dice.between(0, 2)) {
            case 0 -> body.substring(0, letters + 3) + "***(" + person.hkidCheck() + ")";
            case 1 -> body.substring(0, letters + 4) + "**(*)";
            default -> body.substring(0, letters + 3) + "XXX(X)";
        };
    }

    /** Instagram, or Telegram when the name has no dots (Telegram names cannot). */
    private String link(String handle) {
        if (!handle.contains(".") && dice.chance(0.4)) {
            return "https://t.me/" + handle;
        }
        return "https://www.instagram.com/" + handle + "/?igshid=" + dice.letters(ALPHANUMERIC, 12);
    }

    /** Facebook ignores dots and case, so its links often differ from the name the person types: "Chan.Taiman". */
    private String facebookLink(String handle) {
        List<String> parts = new ArrayList<>();
        for (String part : handle.split("\\.")) {
            parts.add(part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return "https://www.facebook.com/" + String.join(dice.chance(0.5) ? "." : "", parts);
    }
}
