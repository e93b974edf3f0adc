package io.github.migratiekit.core.time;

import io.github.migratiekit.core.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A calendar of working days: every day that is not a Saturday, a Sunday or one of the calendar's holidays.
 *
 * <p>This is an extension point: a user may implement it for another Member State's calendar (Regulation 1182/71
 * rolls a time limit to the next working day of the State concerned). Implementations must be immutable and
 * thread-safe, and must satisfy the contract suite {@code WorkingDayCalendarContract} in core's test-jar.
 */
public interface WorkingDayCalendar {

    /**
     * Returns the calendar's name, e.g. {@code "Algemene termijnenwet"}.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the holiday on a day, if the day is one. Saturdays and Sundays are not holidays in this sense unless a
     * holiday falls on them (5 May 2024 was a Sunday and still the fifth of May).
     *
     * @param date the day
     * @return the holiday, or empty
     * @throws UnsupportedDateException if the calendar does not cover the day's year
     */
    Optional<Holiday> holidayOn(LocalDate date);

    /**
     * Returns the holidays of a year in date order.
     *
     * @param year the year
     * @return the holidays, possibly empty
     * @throws UnsupportedDateException if the calendar does not cover the year
     */
    List<Holiday> holidays(int year);

    /**
     * Returns what this calendar knows of the days equated with holidays by decree in a year. A calendar without
     * such days (the default) knows every year it covers.
     *
     * @param year the year
     * @return the coverage; {@link DecreeCoverage#isKnown()} is false when the year's equated days may be missing
     * @throws UnsupportedDateException if the calendar does not cover the year
     */
    default DecreeCoverage decreeCoverage(int year) {
        holidays(year);
        return DecreeCoverage.known(
                year,
                io.github.migratiekit.core.legal.LegalSource.of(name(), "", "")
                        .withVerification(
                                io.github.migratiekit.core.legal.Verification.VERIFIED,
                                "a calendar without days equated by decree"));
    }

    /**
     * Tells whether a day is a Saturday or Sunday.
     *
     * @param date the day
     * @return true on Saturdays and Sundays
     */
    static boolean isWeekend(LocalDate date) {
        Checks.nonNull(date, "date");
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /**
     * Tells whether a day is a working day: not a Saturday, Sunday or holiday.
     *
     * @param date the day
     * @return true on working days
     * @throws UnsupportedDateException if the calendar does not cover the day's year
     */
    default boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && holidayOn(date).isEmpty();
    }

    /**
     * Returns the first working day strictly after a day.
     *
     * @param date the day
     * @return the next working day
     * @throws UnsupportedDateException if the calendar does not cover the days searched
     */
    default LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Returns the day itself if it is a working day, else the next working day.
     *
     * @param date the day
     * @return the first working day on or after {@code date}
     * @throws UnsupportedDateException if the calendar does not cover the days searched
     */
    default LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }
}
