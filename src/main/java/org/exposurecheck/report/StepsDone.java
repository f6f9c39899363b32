package org.exposurecheck.report;

import com.ibm.icu.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exposurecheck.base.Bundles;
import org.exposurecheck.identity.IdentifierType;

/**
 * Which steps of the {@link Advice} (numbered from 1) a person has marked as done, from their saved profile's
 * checklist, so the printed summary can show them; {@link #NONE} for a check that was not saved.
 */
public record StepsDone(Map<IdentifierType, Set<Integer>> steps) {
    public static final StepsDone NONE = new StepsDone(Map.of());
    static final String DONE_KEY = "advice.done";

    public StepsDone {
        Map<IdentifierType, Set<Integer>> copy = new EnumMap<>(IdentifierType.class);
        steps.forEach((type, numbers) -> copy.put(type, Set.copyOf(numbers)));
        steps = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean isDone(IdentifierType type, int step) {
        return steps.getOrDefault(type, Set.of()).contains(step);
    }

    /** Step {@code step} of {@code item} as the summary prints it: marked as done when it is. */
    public String bullet(Advice.Item item, int step, Locale locale) {
        String text = item.steps().get(step - 1);
        if (!isDone(item.type(), step)) {
            return text;
        }
        return new MessageFormat(Bundles.get(Advice.BUNDLE, locale).getString(DONE_KEY), locale).format(Map.of("step", text));
    }
}
