package org.exposurecheck.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth as ISO dates. Accepts 1990-05-01 (also with / or .), 01/05/1990 and 1/5/1990 (day first,
 * as written in Hong Kong), 1990年5月1日, and "1 May 1990". A two-digit year is refused rather than guessed.
 */
final class DobNormaliser {
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号號]?");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\\.?,? (\\d{4})");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile("([a-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");
    private static final int EARLIEST_YEAR = 1900;

    private DobNormaliser() {
    }

    static Normalised normalise(String raw, LocalDate today) {
        String text = Text.lower(Text.clean(raw));
        Matcher m;
        if ((m = YEAR_FIRST.matcher(text)).matches() || (m = CHINESE.matcher(text)).matches()) {
            return date(m.group(1), m.group(2), m.group(3), today);
        }
        if ((m = DAY_FIRST.matcher(text)).matches()) {
            return date(m.group(3), m.group(2), m.group(1), today);
        }
        if ((m = DAY_MONTH_NAME.matcher(text)).matches()) {
            return namedMonthDate(m.group(3), m.group(2), m.group(1), today);
        }
        if ((m = MONTH_NAME_DAY.matcher(text)).matches()) {
            return namedMonthDate(m.group(3), m.group(1), m.group(2), today);
        }
        return Normalised.invalid(Problem.DOB_FORMAT);
    }

    private static Normalised namedMonthDate(String year, String monthName, String day, LocalDate today) {
        for (Month month : Month.values()) {
            String full = Text.lower(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            if (full.equals(monthName) || full.substring(0, 3).equals(monthName)) {
                return date(year, Integer.toString(month.getValue()), day, today);
            }
        }
        return Normalised.invalid(Problem.DOB_FORMAT);
    }

    private static Normalised date(String year, String month, String day, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException impossible) {
            return Normalised.invalid(Problem.DOB_IMPOSSIBLE);
        }
        if (date.getYear() < EARLIEST_YEAR || date.isAfter(today)) {
            return Normalised.invalid(Problem.DOB_OUT_OF_RANGE);
        }
        return Normalised.of(FormKind.DOB, date.toString());
    }
}
