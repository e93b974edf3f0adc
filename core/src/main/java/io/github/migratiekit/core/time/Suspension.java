package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period during which a decision term stands still (Awb art. 4:15): every day from {@code start} to {@code end},
 * both included, is a suspended day.
 *
 * <p>Overlapping or touching suspensions count each day once. Immutable and thread-safe.
 *
 * @param start the first suspended day
 * @param end the last suspended day, on or after {@code start}
 * @param ground the legal ground
 */
public record Suspension(LocalDate start, LocalDate end, SuspensionGround ground) {

    /**
     * Validates the period.
     *
     * @param start the first suspended day
     * @param end the last suspended day, on or after {@code start}
     * @param ground the legal ground
     * @throws InvalidInputException if {@code end} is before {@code start}
     */
    public Suspension {
        Checks.nonNull(start, "suspension.start");
        Checks.nonNull(end, "suspension.end");
        Checks.nonNull(ground, "suspension.ground");
        if (end.isBefore(start)) {
            throw new InvalidInputException("suspension.end", "end " + end + " is before start " + start);
        }
    }

    /**
     * Creates a suspension.
     *
     * @param start the first suspended day
     * @param end the last suspended day
     * @param ground the ground
     * @return the suspension
     * @throws InvalidInputException if {@code end} is before {@code start}
     */
    public static Suspension of(LocalDate start, LocalDate end, SuspensionGround ground) {
        return new Suspension(start, end, ground);
    }

    /**
     * Returns the number of suspended days.
     *
     * @return at least 1
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    @Override
    public String toString() {
        return start + "/" + end + ":" + ground;
    }
}
