package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The state of a case on a day: its phase, its terms (running, lapsed and met), the one that lapses next, the events
 * that may follow, and the history of the case with sources.
 *
 * @param kind the kind of procedure (a border case admitted to the regular procedure reports {@code ASYLUM})
 * @param phase the phase the case is in after its last event
 * @param on the day the report is made for; the status of each term and its days left are as of this day
 * @param track the asylum track, if any
 * @param outcome the last first-instance outcome, if any
 * @param deadlines every term the case's events started, in the order they started
 * @param next the running term that ends first, if any
 * @param allowedNext the types of event allowed next in the current phase
 * @param history one step per event, with its source
 */
public record CaseReport(
        ProcedureKind kind,
        Phase phase,
        LocalDate on,
        Optional<Track> track,
        Optional<Outcome> outcome,
        List<DeadlineReport> deadlines,
        Optional<DeadlineReport> next,
        List<EventType> allowedNext,
        Explanation history) {

    /**
     * Copies the lists.
     *
     * @param kind the kind of procedure (a border case admitted to the regular procedure reports {@code ASYLUM})
     * @param phase the phase the case is in after its last event
     * @param on the day the report is made for; the status of each term and its days left are as of this day
     * @param track the asylum track, if any
     * @param outcome the last first-instance outcome, if any
     * @param deadlines every term the case's events started, in the order they started
     * @param next the running term that ends first, if any
     * @param allowedNext the types of event allowed next in the current phase
     * @param history one step per event, with its source
     */
    public CaseReport {
        Checks.nonNull(kind, "caseReport.kind");
        Checks.nonNull(phase, "caseReport.phase");
        Checks.nonNull(on, "caseReport.on");
        Checks.nonNull(track, "caseReport.track");
        Checks.nonNull(outcome, "caseReport.outcome");
        Checks.nonNull(deadlines, "caseReport.deadlines");
        Checks.nonNull(next, "caseReport.next");
        Checks.nonNull(allowedNext, "caseReport.allowedNext");
        Checks.nonNull(history, "caseReport.history");
        deadlines = List.copyOf(deadlines);
        allowedNext = List.copyOf(allowedNext);
    }
}
