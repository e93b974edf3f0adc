package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.legal.LegalSource;
import java.util.function.Predicate;

/**
 * One row of a procedure's transition table: in phase {@code from}, event {@code event} leads to phase {@code to},
 * on the legal basis {@code source}, when {@code enabled} holds for the state; {@code effect} records the terms and
 * the history the event brings.
 *
 * @param from the phase the case is in
 * @param event the type of event
 * @param to the phase after the event (the same phase for events that do not move the case)
 * @param source the legal basis of the transition
 * @param enabled when the event is allowed in {@code from} (e.g. an appeal only after an adverse decision)
 * @param effect what the event does to the case besides the phase
 */
record Transition(
        Phase from, EventType event, Phase to, LegalSource source, Predicate<ProcedureState> enabled, Effect effect) {

    /** What an event does to the case: terms started and ended, facts recorded, history written. */
    @FunctionalInterface
    interface Effect {
        /**
         * Applies the event to the draft of the next state.
         *
         * @param d the draft; {@code d.before()} is the state the event is applied to
         * @throws InvalidTransitionException if the event breaks a rule of the procedure
         */
        void apply(Draft d);
    }
}
