package io.github.migratiekit.core.time.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.time.Holiday;
import io.github.migratiekit.core.time.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link WorkingDayCalendar} must satisfy. Extend this class in your own test sources, return
 * your calendar and the years it covers, and JUnit runs the checks. Published in core's test-jar.
 */
public abstract class WorkingDayCalendarContract {

    /** Returns the calendar under test. */
    protected abstract WorkingDayCalendar calendar();

    /** Returns the first year the calendar covers. */
    protected abstract int firstYear();

    /** Returns the last year the calendar covers. */
    protected abstract int lastYear();

    private org.quicktheories.core.Gen<LocalDate> days() {
        // keep a week's margin so that nextWorkingDay stays inside the covered years
        return TimeGenerators.dates(LocalDate.of(firstYear(), 1, 1), LocalDate.of(lastYear(), 12, 20));
    }

    @Test
    void weekendsAreNeverWorkingDays() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 500)).forAll(days()).checkAssert(d -> {
            if (WorkingDayCalendar.isWeekend(d)) {
                assertThat(calendar().isWorkingDay(d)).as("%s", d).isFalse();
            }
        });
    }

    @Test
    void aWorkingDayIsAWeekdayThatIsNoHoliday() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 500)).forAll(days()).checkAssert(d -> assertThat(
                        calendar().isWorkingDay(d))
                .as("%s", d)
                .isEqualTo(!WorkingDayCalendar.isWeekend(d)
                        && calendar().holidayOn(d).isEmpty()));
    }

    @Test
    void holidaysOfAYearAgreeWithHolidayOn() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 50))
                .forAll(org.quicktheories.generators.SourceDSL.integers().between(firstYear(), lastYear()))
                .checkAssert(year -> {
                    List<Holiday> list = calendar().holidays(year);
                    for (Holiday h : list) {
                        assertThat(h.date().getYear()).isEqualTo(year);
                        assertThat(calendar().holidayOn(h.date())).contains(h);
                    }
                    assertThat(list).isSortedAccordingTo(java.util.Comparator.comparing(Holiday::date));
                    long count = LocalDate.of(year, 1, 1)
                            .datesUntil(LocalDate.of(year + 1, 1, 1))
                            .filter(d -> calendar().holidayOn(d).isPresent())
                            .count();
                    assertThat(list).hasSize((int) count);
                });
    }

    @Test
    void nextWorkingDayIsTheFirstWorkingDayAfter() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 500)).forAll(days()).checkAssert(d -> {
            LocalDate next = calendar().nextWorkingDay(d);
            assertThat(next).isAfter(d);
            assertThat(calendar().isWorkingDay(next)).isTrue();
            for (LocalDate x = d.plusDays(1); x.isBefore(next); x = x.plusDays(1)) {
                assertThat(calendar().isWorkingDay(x))
                        .as("%s between %s and %s", x, d, next)
                        .isFalse();
            }
            assertThat(calendar().workingDayOnOrAfter(d)).isEqualTo(calendar().isWorkingDay(d) ? d : next);
        });
    }
}
