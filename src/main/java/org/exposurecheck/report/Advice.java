package org.exposurecheck.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.exposurecheck.base.Bundles;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.RecordMatch;

/**
 * What to do about each kind of exposed detail: a title and a few concrete steps, in plain and calm
 * language, from the {@code advice} bundle (en, zh-HK, zh-CN). A detail counts as exposed when it
 * matched or when a matched record lists it: the person's record holds it either way.
 */
public final class Advice {
    static final String BUNDLE = "org.exposurecheck.report.advice";
    private static final int MAX_STEPS = 6;

    /** One piece of advice: the kind of detail, a heading and its steps. */
    public record Item(IdentifierType type, String title, List<String> steps) {
    }

    private Advice() {
    }

    /** The kinds of detail a report shows as exposed, in the canonical order. */
    public static Set<IdentifierType> exposedTypes(ExposureReport report) {
        Set<IdentifierType> types = EnumSet.noneOf(IdentifierType.class);
        for (RecordMatch match : report.matches()) {
            types.addAll(match.matchedTypes());
            types.addAll(match.record().types());
        }
        return types;
    }

    public static List<Item> forTypes(Collection<IdentifierType> types, Locale locale) {
        ResourceBundle bundle = Bundles.get(BUNDLE, locale);
        List<Item> items = new ArrayList<>();
        for (IdentifierType type : EnumSet.copyOf(types)) {
            List<String> steps = new ArrayList<>();
            for (int i = 1; i <= MAX_STEPS && bundle.containsKey(stepKey(type, i)); i++) {
                steps.add(bundle.getString(stepKey(type, i)));
            }
            items.add(new Item(type, bundle.getString(titleKey(type)), steps));
        }
        return items;
    }

    public static String titleKey(IdentifierType type) {
        return "advice." + type.id() + ".title";
    }

    public static String stepKey(IdentifierType type, int step) {
        return "advice." + type.id() + "." + step;
    }
}
