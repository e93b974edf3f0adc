package io.github.migratiekit.core.time.testing;

import io.github.migratiekit.core.time.CategoricalExtension;
import io.github.migratiekit.core.time.DeadlineCalculus;
import io.github.migratiekit.core.time.DeadlineRequest;
import io.github.migratiekit.core.time.Extension;
import io.github.migratiekit.core.time.Suspension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An independent, deliberately naive reference for deadlines: it walks day by day, skipping every suspended day, and
 * rolls with the holiday list of {@code atw-feestdagen-2024-2028.csv} (generated separately from the rules of the
 * Algemene termijnenwet art. 3, see its provenance file beside it) instead of {@code AtwCalendar}. Valid for dates in
 * 2024–2028 only.
 *
 * <p>Use it as the oracle of your own deadline properties: compare {@code Deadlines.compute(request)} with
 * {@link #finalEnd(DeadlineRequest)} for requests whose dates lie in 2024–2028 and whose calendar is the Atw calendar
 * (e.g. from {@link TimeGenerators#deadlineRequests()}).
 */
public final class NaiveDeadlineOracle {
    /** The Atw holidays of 2024–2028 (art. 3(1)–(3), incl. the days equated by royal decree), from the CSV file. */
    public static final Set<LocalDate> HOLIDAYS = loadHolidays();

    private NaiveDeadlineOracle() {}

    /**
     * Returns whether a day is a working day under the Atw: not a Saturday, a Sunday or a listed holiday.
     *
     * @param d a day in 2024–2028
     * @return whether it is a working day
     * @throws IllegalArgumentException if the day lies outside 2024–2028
     */
    public static boolean working(LocalDate d) {
        if (d.getYear() < 2024 || d.getYear() > 2028) {
            throw new IllegalArgumentException("oracle covers 2024-2028 only: " + d);
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
    }

    /**
     * Returns the raw end of the term, before any roll: the clock days are the days from the start to start + term
     * (plus every extension); each day after the start that is not suspended uses one.
     *
     * @param r the request
     * @return the last day of the term before rolling
     */
    public static LocalDate rawEnd(DeadlineRequest r) {
        Set<LocalDate> suspended = new HashSet<>();
        for (Suspension s : r.suspensions()) {
            for (LocalDate d = s.start(); !d.isAfter(s.end()); d = d.plusDays(1)) {
                suspended.add(d);
            }
        }
        LocalDate clockEnd = r.start().plus(r.term());
        for (CategoricalExtension c : r.categoricalExtensions()) {
            clockEnd = clockEnd.plus(c.length());
        }
        for (Extension e : r.extensions()) {
            clockEnd = clockEnd.plus(e.length());
        }
        long clockDays = ChronoUnit.DAYS.between(r.start(), clockEnd);
        LocalDate d = r.start();
        long counted = 0;
        while (counted < clockDays) {
            d = d.plusDays(1);
            if (!suspended.contains(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * Returns whether the Atw applies to a term of this length (art. 4(a): not to terms of more than 90 days, twelve
     * weeks or three months).
     *
     * @param p the term
     * @return whether the Atw applies to it
     */
    public static boolean inAtwScope(Period p) {
        long approxDays = p.toTotalMonths() * 31 + p.getDays();
        return p.getYears() == 0
                && (p.toTotalMonths() == 0 ? p.getDays() <= 90 : p.toTotalMonths() <= 3)
                && approxDays <= 93;
    }

    /**
     * Returns the last day of the term after the roll of the request's calculus (Atw art. 1(1) and the two working
     * days of art. 2, or Regulation 1182/71 art. 3(4) and (5); none under Dublin III art. 42), counted naively day by
     * day.
     *
     * @param r the request; its dates must lie in 2024–2028
     * @return the deadline
     */
    public static LocalDate finalEnd(DeadlineRequest r) {
        LocalDate raw = rawEnd(r);
        boolean rolls = r.calculus() == DeadlineCalculus.EU_REGULATION_1182_71
                || (r.calculus() == DeadlineCalculus.DUTCH_STATUTORY && inAtwScope(r.term()));
        if (!rolls) {
            return raw;
        }
        LocalDate e = raw;
        while (!working(e)) {
            e = e.plusDays(1);
        }
        long termDays = ChronoUnit.DAYS.between(r.start(), r.start().plus(r.term()));
        long minLength = r.calculus() == DeadlineCalculus.DUTCH_STATUTORY ? 3 : 2;
        if (termDays >= minLength) {
            while (true) {
                int working = 0;
                for (LocalDate d = r.start().plusDays(1); !d.isAfter(e); d = d.plusDays(1)) {
                    if (working(d)) {
                        working++;
                    }
                }
                if (working >= 2) {
                    break;
                }
                e = e.plusDays(1);
                while (!working(e)) {
                    e = e.plusDays(1);
                }
            }
        }
        return e;
    }

    private static Set<LocalDate> loadHolidays() {
        Set<LocalDate> set = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(NaiveDeadlineOracle.class.getResourceAsStream("atw-feestdagen-2024-2028.csv")),
                StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    set.add(LocalDate.parse(line.substring(0, 10)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }
}
