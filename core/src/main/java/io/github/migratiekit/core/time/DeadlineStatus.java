package io.github.migratiekit.core.time;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;

/**
 * Where a deadline stands on a given day.
 *
 * @param on the day asked about
 * @param deadline the last day of the term
 * @param daysLeft days from {@code on} to the deadline: 0 on the last day, negative once it has passed
 */
public record DeadlineStatus(LocalDate on, LocalDate deadline, long daysLeft) {

    /**
     * Refuses a {@code null} value.
     *
     * @param on the day asked about
     * @param deadline the last day of the term
     * @param daysLeft days from {@code on} to the deadline: 0 on the last day, negative once it has passed
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public DeadlineStatus {
        Checks.nonNull(on, "deadlineStatus.on");
        Checks.nonNull(deadline, "deadlineStatus.deadline");
    }

    /**
     * Tells whether the term has ended before {@code on}.
     *
     * @return true when {@code daysLeft < 0}
     */
    public boolean lapsed() {
        return daysLeft < 0;
    }

    /**
     * Returns the number of days the deadline has been exceeded.
     *
     * @return {@code -daysLeft} when lapsed, else 0
     */
    public long daysOverdue() {
        return daysLeft < 0 ? -daysLeft : 0;
    }
}
