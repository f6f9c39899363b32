package org.exposurecheck.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social-media handles: "@name", "https://t.me/name", "https://www.instagram.com/name/?igshid=…",
 * facebook.com/first.last, x.com/name, twitter.com/name. The canonical form is the lower-case user
 * name without the platform, because people reuse one name across platforms and often type it bare.
 * Facebook ignores dots in user names, so a Facebook link yields the dot-free name, and a bare name
 * with dots yields both (it may be a Facebook name).
 */
final class HandleNormaliser {
    private static final Pattern URL = Pattern.compile(
            "(?:https?://)?(?:www\\.|m\\.|mobile\\.)?([a-z0-9.-]+\\.[a-z]{2,})/+(?:#!/)?@?([^/?#]+).*");
    private static final Map<String, Platform> HOSTS = Map.of(
            "t.me", Platform.OTHER, "telegram.me", Platform.OTHER, "instagram.com", Platform.OTHER,
            "instagr.am", Platform.OTHER, "x.com", Platform.OTHER, "twitter.com", Platform.OTHER,
            "facebook.com", Platform.FACEBOOK, "fb.com", Platform.FACEBOOK, "threads.net", Platform.OTHER);
    private static final Pattern NAME = Pattern.compile("[a-z0-9._]{1,64}");

    private enum Platform { FACEBOOK, OTHER, UNKNOWN }

    private HandleNormaliser() {
    }

    static Normalised normalise(String raw) {
        String text = Text.lower(Text.clean(raw));
        String name;
        Platform platform;
        Matcher url = URL.matcher(text);
        if (url.matches()) {
            platform = HOSTS.get(url.group(1));
            if (platform == null) {
                return Normalised.invalid(Problem.HANDLE_INVALID);
            }
            name = url.group(2);
        } else {
            platform = Platform.UNKNOWN;
            name = text.startsWith("@") ? text.substring(1) : text;
        }
        if (!NAME.matcher(name).matches() || name.replace(".", "").replace("_", "").isEmpty()) {
            return Normalised.invalid(Problem.HANDLE_INVALID);
        }
        List<CanonicalForm> forms = new ArrayList<>();
        if (platform != Platform.FACEBOOK) {
            forms.add(new CanonicalForm(FormKind.HANDLE, name));
        }
        if (platform == Platform.FACEBOOK || platform == Platform.UNKNOWN && name.contains(".")) {
            forms.add(new CanonicalForm(FormKind.HANDLE, name.replace(".", "")));
        }
        return Normalised.of(forms);
    }
}
