package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as stored or exchanged: the kind of procedure and its events. This is the JSON form the CLI reads: {@code
 * {"kind": "ASYLUM", "events": [{"type": "application-lodged", "date": "2024-03-04"}, …]}}.
 *
 * <p>Immutable and thread-safe; JSON round-trips exactly.
 *
 * @param kind the kind of procedure the case starts as
 * @param events the events in the order they happened
 */
public record ProcedureCase(ProcedureKind kind, List<ProcedureEvent> events) {

    /**
     * Copies the events.
     *
     * @param kind the kind of procedure the case starts as
     * @param events the events in the order they happened
     */
    public ProcedureCase {
        Checks.nonNull(kind, "procedureCase.kind");
        Checks.nonNull(events, "procedureCase.events");
        events = List.copyOf(events);
    }

    /**
     * Folds all events.
     *
     * @return the state after the last event
     * @throws InvalidTransitionException for the first event that is not allowed
     */
    public ProcedureState fold() {
        return Procedures.fold(kind, events);
    }

    /**
     * Folds the events that happened on or before a day: the case as it stood on that day.
     *
     * @param on the day
     * @return the state on that day
     * @throws InvalidTransitionException for the first event that is not allowed
     */
    public ProcedureState foldUntil(LocalDate on) {
        return Procedures.fold(
                kind, events.stream().filter(e -> !e.date().isAfter(on)).toList());
    }
}
