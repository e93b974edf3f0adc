package io.github.migratiekit.core.time;

import io.github.migratiekit.core.time.testing.WorkingDayCalendarContract;

/** The Atw calendar satisfies the contract every {@link WorkingDayCalendar} must satisfy. */
class WorkingDayCalendarContractTest extends WorkingDayCalendarContract {
    @Override
    protected WorkingDayCalendar calendar() {
        return AtwCalendar.standard();
    }

    @Override
    protected int firstYear() {
        return AtwCalendar.FIRST_YEAR;
    }

    @Override
    protected int lastYear() {
        return AtwCalendar.LAST_YEAR;
    }
}
