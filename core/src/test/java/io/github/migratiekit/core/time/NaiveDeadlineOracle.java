package io.github.migratiekit.core.time;

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
 * rolls with the holiday list of {@code atw-feestdagen-2024-2028.csv} (generated separately from the rules, see its
 * provenance file) instead of {@link AtwCalendar}. Valid for dates in 2024–2028 only.
 */
final class NaiveDeadlineOracle {
    static final Set<LocalDate> HOLIDAYS = loadHolidays();

    private NaiveDeadlineOracle() {}

    static boolean working(LocalDate d) {
        if (d.getYear() < 2024 || d.getYear() > 2028) {
            throw new IllegalArgumentException("oracle covers 2024-2028 only: " + d);
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
    }

    /** The raw end: clock days = days from start to start+term; each non-suspended day after start uses one. */
    static LocalDate rawEnd(DeadlineRequest r) {
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

    static boolean inAtwScope(Period p) {
        long approxDays = p.toTotalMonths() * 31 + p.getDays();
        return p.getYears() == 0
                && (p.toTotalMonths() == 0 ? p.getDays() <= 90 : p.toTotalMonths() <= 3)
                && approxDays <= 93;
    }

    static LocalDate finalEnd(DeadlineRequest r) {
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
                Objects.requireNonNull(NaiveDeadlineOracle.class.getResourceAsStream("/atw-feestdagen-2024-2028.csv")),
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
