package io.github.migratiekit.core.time;

import java.time.Period;

/** Comparisons of terms expressed as {@link Period}s. */
final class Terms {
    private Terms() {}

    /**
     * Tells whether period {@code a} is longer than {@code b}. Periods of the same unit (days only, or months and
     * years only) compare exactly; mixed periods compare by average length (a month of 30.436875 days).
     */
    static boolean longerThan(Period a, Period b) {
        if (a.toTotalMonths() == 0 && b.toTotalMonths() == 0) {
            return a.getDays() > b.getDays();
        }
        if (a.getDays() == 0 && b.getDays() == 0) {
            return a.toTotalMonths() > b.toTotalMonths();
        }
        return averageDays(a) > averageDays(b);
    }

    private static double averageDays(Period p) {
        return p.toTotalMonths() * 30.436875 + p.getDays();
    }

    /**
     * Tells whether the Atw applies to a term by its length: art. 4(a) excludes terms of more than 90 days, more
     * than twelve weeks, more than three months, or one or more years.
     */
    static boolean withinAtwScope(Period term) {
        if (term.getYears() > 0) {
            return false;
        }
        long months = term.toTotalMonths();
        int days = term.getDays();
        if (months == 0) {
            return days <= 90;
        }
        return months < 3 || (months == 3 && days == 0);
    }

    /** A term in words, e.g. "6 months", "4 weeks", "90 days". */
    static String describe(Period term) {
        StringBuilder sb = new StringBuilder();
        if (term.getYears() != 0) {
            sb.append(term.getYears()).append(term.getYears() == 1 ? " year" : " years");
        }
        if (term.getMonths() != 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(term.getMonths()).append(term.getMonths() == 1 ? " month" : " months");
        }
        int days = term.getDays();
        if (days != 0 || sb.length() == 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (days % 7 == 0 && days != 0) {
                sb.append(days / 7).append(days == 7 ? " week" : " weeks");
            } else {
                sb.append(days).append(days == 1 ? " day" : " days");
            }
        }
        return sb.toString();
    }
}
