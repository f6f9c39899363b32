package org.exposurecheck.base;

import java.util.Locale;

/** A reason something is refused, with its sentence in a bundle of three languages; implemented by enums. */
public interface Refusal {
    String name();

    /** The bundle holding the sentences, e.g. {@code org.exposurecheck.pack.refusals}. */
    String bundle();

    default String messageKey() {
        return "refusal." + name().toLowerCase(Locale.ROOT);
    }

    /** This refusal's sentence; {@code namesAndValues} alternates argument names and values. */
    default Sentence sentence(Object... namesAndValues) {
        return Sentence.of(bundle(), messageKey(), namesAndValues);
    }
}
