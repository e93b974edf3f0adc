package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.time.Deadline;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One time limit of a Dublin procedure, as it stands on a day: the step, the event it runs from, its last day
 * (counted under Dublin III art. 42), whether it was met, is open or has lapsed, and what lapsing means.
 *
 * <p>Immutable and thread-safe.
 *
 * @param step what must happen, e.g. {@code "transfer"}
 * @param article the article that sets the limit, e.g. {@code "art. 29(1)"}
 * @param source the full citation, with any caveat
 * @param trigger the event the limit runs from, e.g. {@code "acceptance on 2025-08-31"}
 * @param deadline the computed deadline with its explanation
 * @param status met, open or lapsed on the day of the report
 * @param doneOn the day the step was taken, if it was
 * @param daysLeft days from the report day to the last day (negative once lapsed)
 * @param consequence what happens when the limit lapses, citing its article
 */
public record TimeLimit(
        String step,
        String article,
        LegalSource source,
        String trigger,
        Deadline deadline,
        Status status,
        Optional<LocalDate> doneOn,
        long daysLeft,
        String consequence) {

    /**
     * Refuses a {@code null} value.
     *
     * @param step what must happen, e.g. {@code "transfer"}
     * @param article the article that sets the limit, e.g. {@code "art. 29(1)"}
     * @param source the full citation, with any caveat
     * @param trigger the event the limit runs from, e.g. {@code "acceptance on 2025-08-31"}
     * @param deadline the computed deadline with its explanation
     * @param status met, open or lapsed on the day of the report
     * @param doneOn the day the step was taken, if it was
     * @param daysLeft days from the report day to the last day (negative once lapsed)
     * @param consequence what happens when the limit lapses, citing its article
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public TimeLimit {
        Checks.nonNull(step, "timeLimit.step");
        Checks.nonNull(article, "timeLimit.article");
        Checks.nonNull(source, "timeLimit.source");
        Checks.nonNull(trigger, "timeLimit.trigger");
        Checks.nonNull(deadline, "timeLimit.deadline");
        Checks.nonNull(status, "timeLimit.status");
        Checks.nonNull(doneOn, "timeLimit.doneOn");
        Checks.nonNull(consequence, "timeLimit.consequence");
    }

    /** Where a time limit stands on the day of the report. */
    public enum Status {
        /** The step was taken on or before the last day. */
        MET,
        /** The step has not been taken and the last day has not passed. */
        OPEN,
        /** The last day passed without the step, or the step was taken late: the consequence applies. */
        LAPSED
    }
}
