package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One term of a case as it stands on the report day.
 *
 * @param id the kind of term, e.g. {@code "appeal-period"}
 * @param label the term in words
 * @param start the day of the event from which it runs
 * @param deadline its last day
 * @param status running, lapsed, met or met late
 * @param daysLeft days from the report day to the last day (0 on the last day, negative once passed)
 * @param stoppedOn the day of the event that ended it, if any
 * @param consequence what follows when it ends unused
 * @param explanation how the last day was computed and what follows, with sources
 * @param warnings what the computation had to assume (e.g. a decision ground not stated); empty when nothing
 */
public record DeadlineReport(
        String id,
        String label,
        LocalDate start,
        LocalDate deadline,
        TermStatus status,
        long daysLeft,
        Optional<LocalDate> stoppedOn,
        String consequence,
        Explanation explanation,
        List<String> warnings) {

    /**
     * Refuses a {@code null} value and copies the warnings.
     *
     * @param id the kind of term, e.g. {@code "appeal-period"}
     * @param label the term in words
     * @param start the day of the event from which it runs
     * @param deadline its last day
     * @param status running, lapsed, met or met late
     * @param daysLeft days from the report day to the last day (0 on the last day, negative once passed)
     * @param stoppedOn the day of the event that ended it, if any
     * @param consequence what follows when it ends unused
     * @param explanation how the last day was computed and what follows, with sources
     * @param warnings what the computation had to assume; empty when nothing
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public DeadlineReport {
        Checks.nonNull(id, "deadlineReport.id");
        Checks.nonNull(label, "deadlineReport.label");
        Checks.nonNull(start, "deadlineReport.start");
        Checks.nonNull(deadline, "deadlineReport.deadline");
        Checks.nonNull(status, "deadlineReport.status");
        Checks.nonNull(stoppedOn, "deadlineReport.stoppedOn");
        Checks.nonNull(consequence, "deadlineReport.consequence");
        Checks.nonNull(explanation, "deadlineReport.explanation");
        Checks.nonNull(warnings, "deadlineReport.warnings");
        warnings = List.copyOf(warnings);
    }

    /**
     * Creates a report without warnings (the form before warnings were added).
     *
     * @param id the kind of term, e.g. {@code "appeal-period"}
     * @param label the term in words
     * @param start the day of the event from which it runs
     * @param deadline its last day
     * @param status running, lapsed, met or met late
     * @param daysLeft days from the report day to the last day (0 on the last day, negative once passed)
     * @param stoppedOn the day of the event that ended it, if any
     * @param consequence what follows when it ends unused
     * @param explanation how the last day was computed and what follows, with sources
     */
    public DeadlineReport(
            String id,
            String label,
            LocalDate start,
            LocalDate deadline,
            TermStatus status,
            long daysLeft,
            Optional<LocalDate> stoppedOn,
            String consequence,
            Explanation explanation) {
        this(id, label, start, deadline, status, daysLeft, stoppedOn, consequence, explanation, List.of());
    }
}
