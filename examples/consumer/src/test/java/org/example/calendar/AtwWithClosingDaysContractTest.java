package org.example.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.time.AtwCalendar;
import io.github.migratiekit.core.time.WorkingDayCalendar;
import io.github.migratiekit.core.time.testing.TimeGenerators;
import io.github.migratiekit.core.time.testing.WorkingDayCalendarContract;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Our calendar passes Migratiekit's published contract for every {@link WorkingDayCalendar} (the inherited tests),
 * plus one property of our own against an independent oracle.
 */
class AtwWithClosingDaysContractTest extends WorkingDayCalendarContract {
    // 24 and 31 December, and a leap day, which exists only every fourth year
    private static final Set<MonthDay> CLOSED = Set.of(MonthDay.of(12, 24), MonthDay.of(12, 31), MonthDay.of(2, 29));
    private static final AtwWithClosingDays CALENDAR = AtwWithClosingDays.of("office closed", CLOSED);

    @Override
    protected WorkingDayCalendar calendar() {
        return CALENDAR;
    }

    @Override
    protected int firstYear() {
        return AtwCalendar.FIRST_YEAR;
    }

    @Override
    protected int lastYear() {
        return AtwCalendar.LAST_YEAR;
    }

    @Test
    void aWorkingDayIsAnAtwWorkingDayOnWhichTheOfficeIsOpen() {
        // oracle: the definition, written out day by day; checked on every closing day too
        qt().withExamples(1000)
                .forAll(TimeGenerators.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2032, 12, 31)))
                .checkAssert(d -> assertThat(CALENDAR.isWorkingDay(d))
                        .as("%s", d)
                        .isEqualTo(AtwCalendar.standard().isWorkingDay(d) && !CLOSED.contains(MonthDay.from(d))));
        for (int year = 2020; year <= 2032; year++) {
            assertThat(CALENDAR.isWorkingDay(LocalDate.of(year, 12, 24))).isFalse();
            assertThat(CALENDAR.isWorkingDay(LocalDate.of(year, 12, 31))).isFalse();
        }
    }
}
