package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;

/**
 * A period during which the applicant lived continuously in a Member State (Dublin III art. 13(2)).
 *
 * <p>Immutable and thread-safe.
 *
 * @param state the Member State where the applicant lived
 * @param from the first day of the continuous residence
 * @param to the last day of the continuous residence, on or after {@code from}
 */
public record ResidencePeriod(MemberState state, LocalDate from, LocalDate to) {

    /**
     * Validates the period.
     *
     * @param state the Member State where the applicant lived
     * @param from the first day of the continuous residence
     * @param to the last day of the continuous residence, on or after {@code from}
     * @throws InvalidCaseException if {@code to} is before {@code from}
     */
    public ResidencePeriod {
        Checks.nonNull(state, "residencePeriod.state");
        Checks.nonNull(from, "residencePeriod.from");
        Checks.nonNull(to, "residencePeriod.to");
        if (to.isBefore(from)) {
            throw new InvalidCaseException("residencePeriod.to", "to " + to + " is before from " + from);
        }
    }

    /**
     * Creates a period.
     *
     * @param state the Member State where the applicant lived
     * @param from first day
     * @param to last day
     * @return the period
     * @throws InvalidCaseException if {@code to} is before {@code from}
     */
    public static ResidencePeriod of(MemberState state, LocalDate from, LocalDate to) {
        return new ResidencePeriod(state, from, to);
    }
}
