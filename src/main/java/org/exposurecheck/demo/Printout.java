package org.exposurecheck.demo;

import java.util.List;
import java.util.Set;
import org.exposurecheck.identity.Identifier;

/**
 * One person as one leak record prints them: the identifiers, and which details they reveal, so a
 * persona can be made to share a strong identifier with it and a hard negative can be aimed at it.
 */
record Printout(List<Identifier> identifiers, Set<Shown> shown) {
    /** HANDLE is an Instagram or Telegram link, compared with its dots; FACEBOOK_HANDLE is compared without them. */
    enum Shown { CHINESE_NAME, PHONE, FULL_HKID, MASKED_HKID, EMAIL, ADDRESS, DOB, HANDLE, FACEBOOK_HANDLE }

    Printout {
        identifiers = List.copyOf(identifiers);
        shown = Set.copyOf(shown);
    }

    boolean shows(Shown detail) {
        return shown.contains(detail);
    }
}
