package io.github.migratiekit.eurules.schengen.testing;

import io.github.migratiekit.eurules.schengen.ExcludedPeriod;
import io.github.migratiekit.eurules.schengen.SchengenMembership;
import io.github.migratiekit.eurules.schengen.Stay;
import io.github.migratiekit.eurules.schengen.TravelHistory;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The naive day-set oracle of the 90/180 rule: every counted day of every stay is materialised in a set, and every
 * question is answered by looking at days one by one, straight from the formal model (Schengen Borders Code art.
 * 6(1); legal-rules.md §A.2). Slow on purpose; used by the property suites and as the benchmark baseline.
 */
public final class NaiveShortStay {
    /** The window length. */
    public static final int WINDOW = 180;
    /** The limit. */
    public static final int MAX = 90;

    private final Set<Long> days;
    private final long min;
    private final long max;

    private NaiveShortStay(Set<Long> days) {
        this.days = days;
        this.min = days.stream().mapToLong(Long::longValue).min().orElse(0);
        this.max = days.stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    /**
     * Materialises the counted days of a history: each day of each stay, if its State (when named) applied the
     * acquis that day, and not in an excluded period.
     *
     * @param history the history
     * @param membership the membership table
     * @return the oracle
     */
    public static NaiveShortStay of(TravelHistory history, SchengenMembership membership) {
        Set<Long> excluded = new HashSet<>();
        for (ExcludedPeriod p : history.excluded()) {
            for (LocalDate d = p.start(); !d.isAfter(p.end()); d = d.plusDays(1)) {
                excluded.add(d.toEpochDay());
            }
        }
        Set<Long> days = new HashSet<>();
        for (Stay s : history.stays()) {
            for (LocalDate d = s.entry(); !d.isAfter(s.exit()); d = d.plusDays(1)) {
                boolean counts = s.state().isEmpty()
                        || membership.isSchengenState(s.state().get(), d);
                if (counts && !excluded.contains(d.toEpochDay())) {
                    days.add(d.toEpochDay());
                }
            }
        }
        return new NaiveShortStay(days);
    }

    /**
     * Returns the counted days.
     *
     * @return the epoch days, unmodifiable
     */
    public Set<Long> days() {
        return Collections.unmodifiableSet(days);
    }

    /**
     * Days of stay in the 180 days ending on {@code d}.
     *
     * @param d the day
     * @return the count
     */
    public int used(LocalDate d) {
        return used(d.toEpochDay());
    }

    private int used(long d) {
        int c = 0;
        for (long q = d - WINDOW + 1; q <= d; q++) {
            if (days.contains(q)) {
                c++;
            }
        }
        return c;
    }

    /**
     * The longest lawful stay from {@code e}: day by day, each day of the stay added to the presence, the window
     * ending on it counted.
     *
     * @param e the entry day
     * @return the maximum stay
     */
    public int maxStay(LocalDate e) {
        long entry = e.toEpochDay();
        for (int j = 0; ; j++) {
            int c = 0;
            for (long q = entry + j - WINDOW + 1; q <= entry + j; q++) {
                if (q >= entry || days.contains(q)) {
                    c++;
                }
            }
            if (c > MAX) {
                return j;
            }
        }
    }

    /**
     * The first day on or after {@code from} from which a stay of at least {@code n} days is lawful.
     *
     * @param from the first day tried
     * @param n the minimum stay
     * @return the day
     */
    public LocalDate earliestEntry(LocalDate from, int n) {
        for (LocalDate x = from; ; x = x.plusDays(1)) {
            if (maxStay(x) >= n) {
                return x;
            }
        }
    }

    /**
     * The days of presence on which more than 90 days were used.
     *
     * @return the count
     */
    public int unlawfulDays() {
        int c = 0;
        for (long p : days) {
            if (used(p) > MAX) {
                c++;
            }
        }
        return c;
    }

    /**
     * The first unlawful day.
     *
     * @return the day, or empty
     */
    public Optional<LocalDate> firstUnlawfulDay() {
        for (long p = min; p <= max; p++) {
            if (days.contains(p) && used(p) > MAX) {
                return Optional.of(LocalDate.ofEpochDay(p));
            }
        }
        return Optional.empty();
    }

    /**
     * The earliest window end with the most days, and that number.
     *
     * @return {@code {windowEndEpochDay, days}}, or empty without presence
     */
    public Optional<long[]> worst() {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        long bestDay = 0;
        int best = -1;
        for (long d = min; d <= max + WINDOW - 1; d++) {
            int u = used(d);
            if (u > best) {
                best = u;
                bestDay = d;
            }
        }
        return Optional.of(new long[] {bestDay, best});
    }
}
