package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A departure from the territory of the Member States.
 *
 * <p>Used by Dublin III art. 12(4) ("as long as the applicant has not left the territories"), art. 19(2) (left for at
 * least three months: earlier applications no longer count) and art. 19(3) (left in compliance with a return
 * decision). Immutable and thread-safe.
 *
 * @param left the day the applicant left
 * @param returned the day the applicant came back, if known
 * @param underReturnDecision whether the applicant left in compliance with a return decision or removal order issued
 *     after an application was withdrawn or rejected (Dublin III art. 19(3))
 */
public record Departure(LocalDate left, Optional<LocalDate> returned, boolean underReturnDecision) {

    /**
     * Validates the dates.
     *
     * @param left the day the applicant left
     * @param returned the day the applicant came back, if known
     * @param underReturnDecision whether the applicant left in compliance with a return decision or removal order
     *     issued after an application was withdrawn or rejected (Dublin III art. 19(3))
     * @throws InvalidCaseException if {@code returned} is before {@code left}
     */
    public Departure {
        Checks.nonNull(left, "departure.left");
        Checks.nonNull(returned, "departure.returned");
        if (returned.isPresent() && returned.get().isBefore(left)) {
            throw new InvalidCaseException("departure.returned", "returned " + returned.get() + " before left " + left);
        }
    }

    /**
     * Creates a departure.
     *
     * @param left the day of leaving
     * @param returned the day of return
     * @return the departure, not under a return decision
     */
    public static Departure of(LocalDate left, LocalDate returned) {
        Checks.nonNull(left, "left");
        Checks.nonNull(returned, "returned");
        return new Departure(left, Optional.of(returned), false);
    }
}
