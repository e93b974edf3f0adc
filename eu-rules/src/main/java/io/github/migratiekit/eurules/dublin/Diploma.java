package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;

/**
 * A diploma or qualification issued by an education establishment in a Member State (AMMR art. 30).
 *
 * <p>Immutable and thread-safe.
 *
 * @param issuingState the State where the establishment is
 * @param issuedOn the day it was issued
 * @param studyMonths the length of the studies that led to it, in months, positive
 */
public record Diploma(MemberState issuingState, LocalDate issuedOn, int studyMonths) {

    /**
     * Validates the study length.
     *
     * @param issuingState the State where the establishment is
     * @param issuedOn the day it was issued
     * @param studyMonths the length of the studies that led to it, in months, positive
     * @throws InvalidCaseException if {@code studyMonths} is not positive
     */
    public Diploma {
        Checks.nonNull(issuingState, "diploma.issuingState");
        Checks.nonNull(issuedOn, "diploma.issuedOn");
        if (studyMonths <= 0) {
            throw new InvalidCaseException("diploma.studyMonths", "must be positive, was " + studyMonths);
        }
    }

    /**
     * Creates a diploma.
     *
     * @param issuingState the State
     * @param issuedOn the issue date
     * @param studyMonths the length of study in months
     * @return the diploma
     * @throws InvalidCaseException if {@code studyMonths} is not positive
     */
    public static Diploma of(MemberState issuingState, LocalDate issuedOn, int studyMonths) {
        return new Diploma(issuingState, issuedOn, studyMonths);
    }
}
