package org.exposurecheck.identity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Emails: trimmed, NFKC, lower-case. Gmail ignores dots and "+tags" (and googlemail.com is gmail.com);
 * Outlook/Hotmail and Proton ignore "+tags". Dots elsewhere are significant and kept.
 */
final class EmailNormaliser {
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");
    private static final Set<String> GMAIL = Set.of("gmail.com", "googlemail.com");
    private static final Set<String> PLUS_TAG_DOMAINS = Set.of("outlook.com", "outlook.com.hk", "hotmail.com",
            "hotmail.com.hk", "live.com", "proton.me", "protonmail.com", "protonmail.ch", "pm.me");

    private EmailNormaliser() {
    }

    static Normalised normalise(String raw) {
        String email = Text.lower(Text.clean(raw)).replaceFirst("^mailto:", "");
        if (!SHAPE.matcher(email).matches()) {
            return Normalised.invalid(Problem.EMAIL_INVALID);
        }
        int at = email.lastIndexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (GMAIL.contains(domain)) {
            local = withoutPlusTag(local).replace(".", "");
            domain = "gmail.com";
        } else if (PLUS_TAG_DOMAINS.contains(domain)) {
            local = withoutPlusTag(local);
        }
        if (local.isEmpty()) {
            return Normalised.invalid(Problem.EMAIL_INVALID);
        }
        return Normalised.of(FormKind.EMAIL, local + "@" + domain);
    }

    private static String withoutPlusTag(String local) {
        int plus = local.indexOf('+');
        return plus < 0 ? local : local.substring(0, plus);
    }
}
