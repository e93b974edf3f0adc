/**
 * Procedures as state machines over immutable events: asylum (tracks, intention and view, decisions, appeal, track
 * changes and side intake), the border asylum procedure, family reunification of asylum status holders (nareis),
 * regular residence, naturalisation and departure.
 *
 * <p>The state of a case is a pure fold of its events ({@link io.github.migratiekit.core.procedure.Procedures#fold});
 * an event that is not allowed in the current state is rejected with an {@link
 * io.github.migratiekit.core.procedure.InvalidTransitionException} naming the state and the event. Every state
 * reports its running, met and lapsed deadlines ({@link io.github.migratiekit.core.procedure.ProcedureState#report}),
 * computed with {@code core.time} and explained step by step.
 */
@NullMarked
package io.github.migratiekit.core.procedure;

import org.jspecify.annotations.NullMarked;
