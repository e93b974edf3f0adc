package org.example.calendar;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.time.AtwCalendar;
import io.github.migratiekit.core.time.Holiday;
import io.github.migratiekit.core.time.HolidayKind;
import io.github.migratiekit.core.time.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tester's own {@link WorkingDayCalendar}: the Dutch Atw calendar plus the days on which one office is closed
 * every year (e.g. 24 and 31 December).
 *
 * <p>This is an example of the extension point, not a legal calendar: a statutory term under the Algemene
 * termijnenwet does not move for an office's own closing days. Useful for planning (on which day can the office act?)
 * and, above all, to show that a custom calendar passes Migratiekit's {@code WorkingDayCalendarContract}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AtwWithClosingDays implements WorkingDayCalendar {
    private static final LegalSource OFFICE_RULE = LegalSource.of("Office closing days (internal rule)", "", "")
            .withNote("not a legal source: the office's own planning rule");

    private final WorkingDayCalendar atw;
    private final String closingName;
    private final Set<MonthDay> closingDays;

    private AtwWithClosingDays(WorkingDayCalendar atw, String closingName, Set<MonthDay> closingDays) {
        this.atw = atw;
        this.closingName = closingName;
        this.closingDays = Set.copyOf(closingDays);
    }

    /**
     * Creates the calendar.
     *
     * @param closingName the name given to a closing day, e.g. {@code "office closed"}
     * @param closingDays the days of the year on which the office is closed
     * @return the calendar
     * @throws IllegalArgumentException if {@code closingName} is blank
     */
    public static AtwWithClosingDays of(String closingName, Set<MonthDay> closingDays) {
        if (closingName.isBlank()) {
            throw new IllegalArgumentException("closingName must not be blank");
        }
        return new AtwWithClosingDays(AtwCalendar.standard(), closingName, closingDays);
    }

    /**
     * Returns the days of the year on which the office is closed.
     *
     * @return the closing days
     */
    public Set<MonthDay> closingDays() {
        return closingDays;
    }

    @Override
    public String name() {
        return atw.name() + " + " + closingName;
    }

    @Override
    public Optional<Holiday> holidayOn(LocalDate date) {
        Optional<Holiday> statutory = atw.holidayOn(date); // also checks that the year is covered
        if (statutory.isPresent()) {
            return statutory;
        }
        if (closingDays.contains(MonthDay.from(date))) {
            return Optional.of(new Holiday(date, closingName, HolidayKind.PUBLIC_HOLIDAY, OFFICE_RULE));
        }
        return Optional.empty();
    }

    @Override
    public List<Holiday> holidays(int year) {
        List<Holiday> all = new ArrayList<>(atw.holidays(year));
        TreeSet<LocalDate> taken = new TreeSet<>();
        all.forEach(h -> taken.add(h.date()));
        for (MonthDay md : closingDays) {
            if (md.isValidYear(year) && !taken.contains(md.atYear(year))) {
                all.add(new Holiday(md.atYear(year), closingName, HolidayKind.PUBLIC_HOLIDAY, OFFICE_RULE));
            }
        }
        all.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return name();
    }
}
