package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;

/**
 * A decision under the discretionary clauses (Dublin III art. 17, AMMR art. 35).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind which clause
 * @param state the State that decided to examine the application (sovereignty) or that accepted the humanitarian
 *     request
 * @param decidedOn the day of the decision
 */
public record DiscretionaryDecision(Kind kind, MemberState state, LocalDate decidedOn) {

    /**
     * Refuses a {@code null} value.
     *
     * @param kind which clause
     * @param state the State that decided to examine the application (sovereignty) or that accepted the humanitarian
     *     request
     * @param decidedOn the day of the decision
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public DiscretionaryDecision {
        Checks.nonNull(kind, "discretionaryDecision.kind");
        Checks.nonNull(state, "discretionaryDecision.state");
        Checks.nonNull(decidedOn, "discretionaryDecision.decidedOn");
    }

    /**
     * Creates a decision.
     *
     * @param kind the clause
     * @param state the State
     * @param decidedOn the day
     * @return the decision
     */
    public static DiscretionaryDecision of(Kind kind, MemberState state, LocalDate decidedOn) {
        return new DiscretionaryDecision(kind, state, decidedOn);
    }

    /** Which discretionary clause. */
    public enum Kind {
        /** A State decided to examine an application lodged with it (Dublin III art. 17(1), AMMR art. 35(1)). */
        SOVEREIGNTY,
        /** A State accepted a humanitarian request to bring relatives together (art. 17(2), AMMR art. 35(2)). */
        HUMANITARIAN_ACCEPTED
    }
}
