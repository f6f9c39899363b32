package org.exposurecheck.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The Cantonese sound keys names are compared by ({@link CantoneseSound}), for code outside this package that
 * must reason about names without normalising them: the attacker model asks whether an e-mail address or
 * a handle is spelled from the person's name.
 */
public final class NameSounds {
    private NameSounds() {
    }

    /** The key of one romanised word: "Chan", "chan" and "Chen" all give {@code c-an}; a non-syllable keeps its letters. */
    public static String keyOf(String romanisedWord) {
        return CantoneseSound.ofRomanised(romanisedWord);
    }

    /**
     * The syllable keys of each sound-key form among a name's canonical forms ("c-an m-an t-ai" → [c-an, m-an, t-ai]);
     * forms in Chinese characters are left out, since N1 also emits their readings as sound-key forms.
     */
    public static List<List<String>> syllablesOfForms(Collection<String> nameForms) {
        List<List<String>> syllables = new ArrayList<>();
        for (String form : nameForms) {
            if (!Text.containsHan(form) && form.contains("-")) {
                syllables.add(List.of(form.split(" ")));
            }
        }
        return syllables;
    }
}
