package org.exposurecheck.report;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.exposurecheck.base.Bundles;

/** Where to get help, in the reader's language: names and contacts of organisations that help people at risk. */
public final class Helplines {
    private static final String BUNDLE = "org.exposurecheck.report.advice";
    private static final List<String> IDS = List.of("accessnow", "frontline", "cpj");

    /** One helpline: who, for whom, and how to reach them. */
    public record Helpline(String name, String description, String contact) {
    }

    private Helplines() {
    }

    public static List<Helpline> all(Locale locale) {
        ResourceBundle bundle = Bundles.get(BUNDLE, locale);
        return IDS.stream().map(id -> new Helpline(bundle.getString("helpline." + id + ".name"),
                bundle.getString("helpline." + id + ".description"), bundle.getString("helpline." + id + ".contact"))).toList();
    }

    public static List<String> ids() {
        return IDS;
    }
}
