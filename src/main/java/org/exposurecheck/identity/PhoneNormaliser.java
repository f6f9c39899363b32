package org.exposurecheck.identity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/**
 * Phones in E.164 via libphonenumber: "9123 4567", "+852 9123 4567", "(852)91234567", "00852…", "852…",
 * Macau (+853) and mainland (+86) too. A bare number is read as Hong Kong first, then as a mainland
 * mobile. Country codes written without "+" are made explicit before parsing, because libphonenumber
 * reads "00852…" with region HK as an international call from Mexico's prefix rules.
 */
final class PhoneNormaliser {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()/]");
    private static final Pattern BARE_COUNTRY_CODE = Pattern.compile("(852|853)\\d{8}|861\\d{10}");
    private static final String[] REGIONS = {"HK", "CN"};

    private PhoneNormaliser() {
    }

    static Normalised normalise(String raw) {
        String number = SEPARATORS.matcher(Text.clean(raw)).replaceAll("");
        if (number.startsWith("00")) {
            number = "+" + number.substring(2);
        } else if (BARE_COUNTRY_CODE.matcher(number).matches()) {
            number = "+" + number;
        }
        if (!number.matches("\\+?\\d{5,15}")) {
            return Normalised.invalid(Problem.PHONE_INVALID);
        }
        for (String region : REGIONS) {
            try {
                PhoneNumber parsed = PHONES.parse(number, region);
                if (PHONES.isValidNumber(parsed)) {
                    return Normalised.of(FormKind.PHONE, PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
                }
            } catch (NumberParseException unreadable) {
                // Try the next region; the caller gets one problem if none reads it.
            }
        }
        return Normalised.invalid(Problem.PHONE_INVALID);
    }
}
