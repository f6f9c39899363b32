package org.exposurecheck.base;

import java.util.Arrays;
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

    /** This refusal's sentence when {@code failure} (an I/O or database failure) caused it: its own explanation becomes {@code {detail}}. */
    default Sentence sentenceBecause(Exception failure, Object... namesAndValues) {
        Object[] withDetail = Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        withDetail[namesAndValues.length] = "detail";
        withDetail[namesAndValues.length + 1] = failure.getMessage();
        return sentence(withDetail);
    }
}
