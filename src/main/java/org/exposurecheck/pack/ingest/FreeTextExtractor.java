package org.exposurecheck.pack.ingest;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exposurecheck.identity.Hkid;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;

/**
 * Finds identifiers in a post's free text. Labelled values ({@code 姓名：陳大文}) are taken by their label,
 * which is the only way to find names, addresses, dates of birth, employers and plates. Anywhere else in
 * the text it finds phone numbers (libphonenumber's matcher: Hong Kong, Macau with its code, mainland
 * mobiles), HKIDs with a valid check digit and masked HKIDs, e-mail addresses, and social-media links and
 * {@code @handles}. Text is NFKC-normalised first, so full-width digits and colons read as ASCII.
 */
final class FreeTextExtractor {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern HKID = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]{1,2})[ ]?([0-9]{6})[ ]?(?:\\(([0-9A])\\)|([0-9A]))(?![A-Za-z0-9])");
    private static final Pattern MASKED_HKID = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{1,2}[0-9]{2,5}[*xX]{1,4}[ ]?(?:\\([0-9A*xX]\\)|[0-9A*xX])?(?![A-Za-z0-9*])");
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern SOCIAL_LINK = Pattern.compile(
            "(?:https?://)?(?:www\\.|m\\.)?(?:t\\.me|telegram\\.me|instagram\\.com|facebook\\.com|fb\\.com|twitter\\.com|x\\.com)/[^\\s，。,;；)）]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@/])@[A-Za-z0-9_.]{3,30}(?![\\w@])");
    /** Dates written with separators look like phone numbers to a matcher: "2001-05-12" has eight digits. */
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}");
    private static final Set<IdentifierType> SCANNED_IN_LABELS = Set.of(IdentifierType.PHONE, IdentifierType.EMAIL, IdentifierType.HKID);

    private final LabelSet labels;

    FreeTextExtractor(Map<IdentifierType, List<String>> labelOverrides) {
        this.labels = new LabelSet(labelOverrides);
    }

    List<Identifier> extract(String rawText) {
        String text = Normalizer.normalize(rawText, Normalizer.Form.NFKC);
        Set<Identifier> found = new LinkedHashSet<>();
        StringBuilder unlabelled = new StringBuilder(text.length());
        for (String line : text.split("\\R")) {
            StringBuilder rest = new StringBuilder(line);
            for (LabelSet.Labelled labelled : labels.find(line)) {
                found.addAll(labelledValues(labelled));
                for (int i = labelled.start(); i < labelled.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
            unlabelled.append(rest).append('\n');
        }
        found.addAll(scan(unlabelled.toString()));
        return new ArrayList<>(found);
    }

    /**
     * A phone, e-mail or HKID label may introduce several values ("電話：9123 4567 / 6234 5678"), so its
     * value is scanned; when the scan finds nothing, the whole value is kept and the normaliser says why
     * it cannot be read. Other types take the value as written.
     */
    private List<Identifier> labelledValues(LabelSet.Labelled labelled) {
        if (SCANNED_IN_LABELS.contains(labelled.type()) || labelled.type() == IdentifierType.HANDLE) {
            List<Identifier> scanned = scan(labelled.value()).stream().filter(id -> id.type() == labelled.type()).toList();
            if (!scanned.isEmpty()) {
                return scanned;
            }
        }
        return List.of(new Identifier(labelled.type(), labelled.value()));
    }

    private static List<Identifier> scan(String text) {
        List<Identifier> found = new ArrayList<>();
        String rest = text;
        rest = take(rest, SOCIAL_LINK, IdentifierType.HANDLE, found);
        rest = take(rest, EMAIL, IdentifierType.EMAIL, found);
        rest = take(rest, MENTION, IdentifierType.HANDLE, found);
        Matcher hkid = HKID.matcher(rest);
        StringBuilder withoutHkids = new StringBuilder(rest);
        while (hkid.find()) {
            String check = hkid.group(3) != null ? hkid.group(3) : hkid.group(4);
            if (Hkid.checkCharacter(hkid.group(1) + hkid.group(2)) == check.charAt(0)) {
                found.add(new Identifier(IdentifierType.HKID, hkid.group()));
                blank(withoutHkids, hkid.start(), hkid.end());
            }
        }
        rest = take(withoutHkids.toString(), MASKED_HKID, IdentifierType.HKID, found);
        phones(rest, found);
        return found;
    }

    /** Hong Kong numbers, and any number written with its country code; then mainland mobiles written without it. */
    private static void phones(String text, List<Identifier> found) {
        StringBuilder rest = new StringBuilder(text);
        for (PhoneNumberMatch match : PHONES.findNumbers(text, "HK", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            if (!DATE_LIKE.matcher(match.rawString()).matches()) {
                found.add(new Identifier(IdentifierType.PHONE, match.rawString()));
                blank(rest, match.start(), match.end());
            }
        }
        for (PhoneNumberMatch match : PHONES.findNumbers(rest.toString(), "CN", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            if (match.number().getCountryCode() == 86 && PHONES.getNumberType(match.number()) == PhoneNumberUtil.PhoneNumberType.MOBILE) {
                found.add(new Identifier(IdentifierType.PHONE, "+86 " + PHONES.getNationalSignificantNumber(match.number())));
            }
        }
    }

    private static String take(String text, Pattern pattern, IdentifierType type, List<Identifier> found) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder rest = new StringBuilder(text);
        while (matcher.find()) {
            found.add(new Identifier(type, matcher.group()));
            blank(rest, matcher.start(), matcher.end());
        }
        return rest.toString();
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }
}
