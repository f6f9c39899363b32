package org.exposurecheck.identity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Phones in E.164 via libphonenumber: "9123 4567", "+852 9123 4567", "(852)91234567", "00852…", "852…",
 * Macau (+853) and mainland (+86) too. A bare number is read as Hong Kong first, then as a mainland
 * mobile. Country codes written without "+" are made explicit before parsing, because libphonenumber
 * reads "00852…" with region HK as an international call from Mexico's prefix rules.
 *
 * <p>A number libphonenumber does not know as assigned is still read when it is <em>possible</em> for its
 * region: a subscriber number's length and the leading digits of the region's numbering plan (the metadata's
 * general pattern: in Hong Kong eight digits starting 2–9, not 85). Ranges open after the metadata was made,
 * and a person's own number must never be refused because a table is out of date; such a value carries
 * {@link Note#PHONE_NOT_KNOWN_ASSIGNED}. A bare number is only read that way as a Hong Kong one, because a
 * typo in one would otherwise often pass for some mainland fixed line.
 */
final class PhoneNormaliser {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    // The general pattern is not on PhoneNumberUtil's public API; this is the source PhoneNumberUtil itself reads.
    private static final MetadataSource METADATA = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    private static final Map<String, Pattern> PLAN_PATTERNS = new ConcurrentHashMap<>();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()/]");
    private static final Pattern BARE_COUNTRY_CODE = Pattern.compile("(852|853)\\d{8}|861\\d{10}");
    private static final String[] REGIONS = {"HK", "CN"};
    private static final String BARE_POSSIBLE_REGION = "HK";

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
            Optional<PhoneNumber> parsed = parse(number, region);
            if (parsed.isPresent() && PHONES.isValidNumber(parsed.get())) {
                return e164(parsed.get());
            }
        }
        // With a country code, the number's own region; without one, Hong Kong.
        return parse(number, BARE_POSSIBLE_REGION).filter(PhoneNormaliser::isPossible)
                .map(parsed -> e164(parsed).withNote(Note.PHONE_NOT_KNOWN_ASSIGNED))
                .orElseGet(() -> Normalised.invalid(Problem.PHONE_INVALID));
    }

    private static Optional<PhoneNumber> parse(String number, String region) {
        try {
            return Optional.of(PHONES.parse(number, region));
        } catch (NumberParseException unreadable) {
            // The caller tries the next reading; it reports one problem if none reads the number.
            return Optional.empty();
        }
    }

    private static Normalised e164(PhoneNumber number) {
        return Normalised.of(FormKind.PHONE, PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    /** A subscriber number's length for the region, and digits its numbering plan can hold. */
    private static boolean isPossible(PhoneNumber number) {
        if (!PHONES.isPossibleNumberForType(number, PhoneNumberType.FIXED_LINE_OR_MOBILE)) {
            return false;
        }
        String region = PHONES.getRegionCodeForCountryCode(number.getCountryCode());
        if (!PHONES.getSupportedRegions().contains(region)) {
            return false; // an unknown code, or a non-geographic one such as +800
        }
        PhoneMetadata metadata = METADATA.getMetadataForRegion(region);
        if (metadata == null) {
            return false;
        }
        Pattern plan = PLAN_PATTERNS.computeIfAbsent(region, r -> Pattern.compile(metadata.getGeneralDesc().getNationalNumberPattern()));
        return plan.matcher(PHONES.getNationalSignificantNumber(number)).matches();
    }
}
