package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;

/**
 * An earlier application for international protection by the same applicant in a Member State.
 *
 * <p>The first application ever lodged fixes the date at which the criteria are applied (Dublin III art. 7(2), AMMR
 * art. 24) and the State of the residual rule (Dublin III art. 3(2), AMMR art. 16(2)). Immutable and thread-safe.
 *
 * @param state where it was lodged or registered
 * @param lodgedOn the day it was lodged or registered
 * @param status where it stands
 */
public record PreviousApplication(MemberState state, LocalDate lodgedOn, Status status) {

    /**
     * Refuses a {@code null} value.
     *
     * @param state where it was lodged or registered
     * @param lodgedOn the day it was lodged or registered
     * @param status where it stands
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public PreviousApplication {
        Checks.nonNull(state, "previousApplication.state");
        Checks.nonNull(lodgedOn, "previousApplication.lodgedOn");
        Checks.nonNull(status, "previousApplication.status");
    }

    /**
     * Creates a previous application.
     *
     * @param state the State
     * @param lodgedOn the day
     * @param status the status
     * @return the application
     */
    public static PreviousApplication of(MemberState state, LocalDate lodgedOn, Status status) {
        return new PreviousApplication(state, lodgedOn, status);
    }

    /** Where an earlier application stands (Dublin III art. 18(1)(b)–(d)). */
    public enum Status {
        /** Under examination, no first decision on the substance. */
        PENDING,
        /** Withdrawn during examination. */
        WITHDRAWN,
        /** Rejected. */
        REJECTED,
        /** A first decision on the substance has been taken (relevant for art. 7(3)). */
        FIRST_DECISION_ON_SUBSTANCE
    }
}
