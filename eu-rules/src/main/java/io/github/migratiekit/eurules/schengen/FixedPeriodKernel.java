package io.github.migratiekit.eurules.schengen;

import java.time.LocalDate;

/**
 * The pre-2013 rule on presence intervals: at most M days in a period of some months from the date of first entry.
 *
 * <p>A period starts on the first entry (the start of a presence interval) after the previous period ended (CJEU
 * C-241/05 Bot). Days of a stay that began within a period keep counting in that period, also after its last day,
 * until the next entry: a new period never starts without an entry. Intervals as in {@link Kernel}.
 */
final class FixedPeriodKernel {
    private FixedPeriodKernel() {}

    static int periodEnd(int start, int months) {
        return Math.toIntExact(LocalDate.ofEpochDay(start).plusMonths(months).toEpochDay() - 1);
    }

    /**
     * The start of the period that governs {@code day}, treating {@code day} as a day of presence.
     */
    static int periodStart(int[] s, int[] e, int lo, int hi, int day, int months) {
        int start = Kernel.NONE;
        int end = Kernel.NONE;
        int i = lo;
        while (i < hi && s[i] <= day) {
            if (start == Kernel.NONE || s[i] > end) {
                start = s[i];
                end = periodEnd(start, months);
            }
            i++;
        }
        if (start == Kernel.NONE) {
            return day;
        }
        if (day <= end) {
            return start;
        }
        // after the period: a continuation of a stay that began within it, or a new entry on this day
        int run = i - 1; // the last interval starting on or before day
        boolean continuing = e[run] >= day - 1;
        return continuing ? start : day;
    }

    /** Days counted in the governing period up to and including {@code day}. */
    static int used(int[] s, int[] e, int lo, int hi, int day, int months) {
        return Kernel.count(s, e, lo, hi, periodStart(s, e, lo, hi, day, months), day);
    }

    /** The maximum stay from {@code entry}. */
    static int maxStay(int[] s, int[] e, int lo, int hi, int entry, int months, int m) {
        int start = periodStart(s, e, lo, hi, entry, months);
        return Math.max(0, m - Kernel.count(s, e, lo, hi, start, entry - 1));
    }

    /** The first day on or after {@code from} from which a stay of at least n days may start. */
    static int earliestEntry(int[] s, int[] e, int lo, int hi, int from, int n, int months, int m) {
        int x = from;
        while (maxStay(s, e, lo, hi, x, months, m) < n) {
            x++;
        }
        return x;
    }

    /** Unlawful days in {@code [from, to]}: days whose count in their period exceeds M. */
    static void unlawful(int[] s, int[] e, int lo, int hi, int months, int m, int from, int to, int[] out) {
        int total = 0;
        int first = Kernel.NONE;
        int end = Kernel.NONE;
        int c = 0;
        for (int i = lo; i < hi; i++) {
            if (end == Kernel.NONE || s[i] > end) {
                end = periodEnd(s[i], months);
                c = 0;
            }
            int len = e[i] - s[i] + 1;
            // days s[i]..e[i] carry counts c+1..c+len; those above m are unlawful
            int bad = Math.max(s[i], s[i] + Math.max(0, m - c));
            int a = Math.max(bad, from);
            int b = Math.min(e[i], to);
            if (a <= b) {
                total += b - a + 1;
                if (first == Kernel.NONE) {
                    first = a;
                }
            }
            c += len;
        }
        out[0] = total;
        out[1] = first;
    }
}
