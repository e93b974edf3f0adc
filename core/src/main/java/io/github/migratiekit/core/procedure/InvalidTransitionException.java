package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.InvalidInputException;

/**
 * Thrown when an event is not allowed in the state of a case: the message names the kind of procedure, the phase,
 * the event and why. The state the event was applied to is unchanged (states are immutable).
 */
public class InvalidTransitionException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** The kind of procedure the case was in when the event was rejected. */
    private final ProcedureKind kind;

    /** The phase the case was in when the event was rejected. */
    private final Phase phase;

    /** The type of the event that was not allowed in that phase. */
    private final EventType event;

    /**
     * Creates the exception.
     *
     * @param field the path of the event, e.g. {@code "events[3]"}
     * @param kind the kind of procedure
     * @param phase the phase the case was in
     * @param event the event that was rejected
     * @param reason why
     */
    public InvalidTransitionException(String field, ProcedureKind kind, Phase phase, EventType event, String reason) {
        super(
                field,
                "event '" + event.jsonName() + "' is not allowed in phase " + phase + " of the " + kind + " procedure: "
                        + reason);
        this.kind = kind;
        this.phase = phase;
        this.event = event;
    }

    /**
     * Returns the kind of procedure.
     *
     * @return the kind
     */
    public ProcedureKind kind() {
        return kind;
    }

    /**
     * Returns the phase the case was in.
     *
     * @return the phase
     */
    public Phase phase() {
        return phase;
    }

    /**
     * Returns the rejected event's type.
     *
     * @return the event type
     */
    public EventType event() {
        return event;
    }
}
