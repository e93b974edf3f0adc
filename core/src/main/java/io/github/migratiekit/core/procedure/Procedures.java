package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.time.ProcedureTerms;
import java.util.List;

/**
 * Entry points: the initial state of a case, and the fold of a list of events into the state of the case.
 *
 * <p>Stateless and thread-safe. Folding is pure: the same events give an equal state, and folding them one at a time
 * with {@link ProcedureState#apply(ProcedureEvent)} gives the same state as folding them all at once.
 */
public final class Procedures {
    private Procedures() {}

    /**
     * Returns the state of a case before any event, with the bundled procedure terms.
     *
     * @param kind the kind of procedure
     * @return the initial state
     */
    public static ProcedureState start(ProcedureKind kind) {
        Checks.nonNull(kind, "kind");
        return ProcedureState.initial(kind, ProcedureTerms.standard());
    }

    /**
     * Returns the state of a case before any event, with the given procedure terms.
     *
     * @param kind the kind of procedure
     * @param terms the procedure terms (e.g. corrected after a change in the law)
     * @return the initial state
     */
    public static ProcedureState start(ProcedureKind kind, ProcedureTerms terms) {
        Checks.nonNull(kind, "kind");
        Checks.nonNull(terms, "terms");
        return ProcedureState.initial(kind, terms);
    }

    /**
     * Folds events, in order, into the state of a case.
     *
     * @param kind the kind of procedure
     * @param events the events in the order they happened
     * @return the state after the last event
     * @throws InvalidTransitionException naming {@code events[i]} for the first event that is not allowed
     */
    public static ProcedureState fold(ProcedureKind kind, List<? extends ProcedureEvent> events) {
        Checks.nonNull(kind, "kind");
        Checks.nonNull(events, "events");
        return fold(start(kind), events);
    }

    /**
     * Folds further events into a state.
     *
     * @param state the state to start from
     * @param events the events in order
     * @return the state after the last event
     * @throws InvalidTransitionException naming {@code events[i]} (counted in {@code events}) for the first event
     *     that is not allowed
     */
    public static ProcedureState fold(ProcedureState state, List<? extends ProcedureEvent> events) {
        Checks.nonNull(state, "state");
        Checks.nonNull(events, "events");
        ProcedureState s = state;
        for (int i = 0; i < events.size(); i++) {
            s = s.apply(events.get(i), "events[" + i + "]");
        }
        return s;
    }
}
