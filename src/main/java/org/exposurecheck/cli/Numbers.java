package org.exposurecheck.cli;

import java.util.Locale;

/** Number formats for reports: 1.0e14 for guess spaces, grouped GPU-years. */
final class Numbers {
    private Numbers() {
    }

    static String scientific(double value) {
        return String.format(Locale.ROOT, "%.1e", value);
    }

    static String years(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 0.1) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2g", value);
    }
}
