package io.github.migratiekit.core.time;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * The result of counting a term: the last day, the raw day before any working-day roll, how it was counted, and the
 * explanation of every step with its source.
 *
 * <p>Immutable and thread-safe; JSON round-trips exactly.
 *
 * @param label what the deadline is for
 * @param start the day of the event from which the term ran
 * @param term the statutory term before suspensions and extensions
 * @param calculus how the term was counted
 * @param rawDeadline the end after suspensions and extensions, before any working-day roll
 * @param deadline the last day of the term
 * @param suspendedDays the number of suspended days that moved the end
 * @param explanation the steps, each with its source
 */
public record Deadline(
        String label,
        LocalDate start,
        Period term,
        DeadlineCalculus calculus,
        LocalDate rawDeadline,
        LocalDate deadline,
        long suspendedDays,
        Explanation explanation) {

    /**
     * Refuses a {@code null} value.
     *
     * @param label what the deadline is for
     * @param start the day of the event from which the term ran
     * @param term the statutory term before suspensions and extensions
     * @param calculus how the term was counted
     * @param rawDeadline the end after suspensions and extensions, before any working-day roll
     * @param deadline the last day of the term
     * @param suspendedDays the number of suspended days that moved the end
     * @param explanation the steps, each with its source
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public Deadline {
        Checks.nonNull(label, "deadline.label");
        Checks.nonNull(start, "deadline.start");
        Checks.nonNull(term, "deadline.term");
        Checks.nonNull(calculus, "deadline.calculus");
        Checks.nonNull(rawDeadline, "deadline.rawDeadline");
        Checks.nonNull(deadline, "deadline.deadline");
        Checks.nonNull(explanation, "deadline.explanation");
    }

    /**
     * Returns where this deadline stands on a day.
     *
     * @param on the day
     * @return the status: days left (negative when overdue)
     */
    public DeadlineStatus statusOn(LocalDate on) {
        return new DeadlineStatus(on, deadline, ChronoUnit.DAYS.between(on, deadline));
    }
}
