package org.example.calendar;

import io.github.migratiekit.core.time.Holiday;
import io.github.migratiekit.core.time.WorkingDayCalendar;
import io.github.migratiekit.core.time.testing.WorkingDayCalendarContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The smallest possible calendar, with no holidays at all, also satisfies the contract. */
class WeekendsOnlyCalendarContractTest extends WorkingDayCalendarContract {

    /** Monday to Friday are working days, always. */
    static final class WeekendsOnly implements WorkingDayCalendar {
        @Override
        public String name() {
            return "weekends only";
        }

        @Override
        public Optional<Holiday> holidayOn(LocalDate date) {
            return Optional.empty();
        }

        @Override
        public List<Holiday> holidays(int year) {
            return List.of();
        }
    }

    @Override
    protected WorkingDayCalendar calendar() {
        return new WeekendsOnly();
    }

    @Override
    protected int firstYear() {
        return 2000;
    }

    @Override
    protected int lastYear() {
        return 2050;
    }
}
