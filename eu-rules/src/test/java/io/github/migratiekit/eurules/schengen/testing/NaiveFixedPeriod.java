package io.github.migratiekit.eurules.schengen.testing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Naive oracle of the older rule "90 days in a 6-month period from the date of first entry" (CISA art. 20(1) before
 * 2013-10-18; the 2009 visa-waiver agreements), walking day by day through a materialised day set: a period opens on
 * an entry day (a day of presence after a day of absence) that falls after the previous period ended (CJEU C-241/05
 * Bot); the days of a stay keep counting in the period in which that stay began.
 */
public final class NaiveFixedPeriod {
    private static final int MAX = 90;
    private static final int MONTHS = 6;

    private final Set<Long> days;

    /**
     * Wraps a day set (e.g. {@link NaiveShortStay#days()}).
     *
     * @param days the counted days as epoch days
     */
    public NaiveFixedPeriod(Set<Long> days) {
        this.days = new HashSet<>(days);
    }

    private static long end(long start) {
        return LocalDate.ofEpochDay(start).plusMonths(MONTHS).toEpochDay() - 1;
    }

    /** Returns {start of the period governing d, count of presence in it up to d} for a day set. */
    private static long[] walk(Set<Long> set, long d) {
        long min = set.stream().mapToLong(Long::longValue).min().orElse(d);
        long start = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        for (long p = Math.min(min, d); p <= d; p++) {
            if (!set.contains(p)) {
                continue;
            }
            boolean entry = !set.contains(p - 1);
            if (start == Long.MIN_VALUE || (entry && p > end)) {
                start = p;
                end = end(p);
            }
        }
        long count = 0;
        for (long p = start; p <= d; p++) {
            if (set.contains(p)) {
                count++;
            }
        }
        return new long[] {start, count};
    }

    /**
     * Days counted in the period governing {@code d}, treating {@code d} as a day of presence to find the period.
     *
     * @param d the day
     * @return {periodStart, count of recorded presence in [periodStart, d]}
     */
    public long[] control(LocalDate d) {
        Set<Long> with = new HashSet<>(days);
        with.add(d.toEpochDay());
        long[] w = walk(with, d.toEpochDay());
        long recorded = 0;
        for (long p = w[0]; p <= d.toEpochDay(); p++) {
            if (days.contains(p)) {
                recorded++;
            }
        }
        return new long[] {w[0], recorded};
    }

    /**
     * The longest stay from {@code x}: each day of the stay added to the presence, the period recomputed.
     *
     * @param x the entry day
     * @return the maximum stay
     */
    public int maxStay(LocalDate x) {
        Set<Long> q = new HashSet<>(days);
        for (int j = 0; ; j++) {
            long day = x.toEpochDay() + j;
            q.add(day);
            if (walk(q, day)[1] > MAX) {
                return j;
            }
        }
    }

    /**
     * The days of presence whose count in their period exceeds 90.
     *
     * @return {count, first day or Long.MIN_VALUE}
     */
    public long[] unlawful() {
        long count = 0;
        long first = Long.MIN_VALUE;
        long min = days.stream().mapToLong(Long::longValue).min().orElse(0);
        long max = days.stream().mapToLong(Long::longValue).max().orElse(-1);
        long start = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        long c = 0;
        for (long p = min; p <= max; p++) {
            if (!days.contains(p)) {
                continue;
            }
            boolean entry = !days.contains(p - 1);
            if (start == Long.MIN_VALUE || (entry && p > end)) {
                start = p;
                end = end(p);
                c = 0;
            }
            c++;
            if (c > MAX) {
                count++;
                if (first == Long.MIN_VALUE) {
                    first = p;
                }
            }
        }
        return new long[] {count, first};
    }
}
