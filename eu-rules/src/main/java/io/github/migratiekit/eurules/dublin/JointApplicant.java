package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;

/**
 * A family member or minor unmarried sibling who applied in the same Member State at the same time or close enough
 * for the procedures to be conducted together (Dublin III art. 11, AMMR art. 28).
 *
 * <p>Immutable and thread-safe.
 *
 * @param dateOfBirth the person's date of birth (for "the oldest of them", art. 11(b))
 * @param indicatedState the State the criteria indicate for this person's own application
 */
public record JointApplicant(LocalDate dateOfBirth, MemberState indicatedState) {

    /**
     * Refuses a {@code null} value.
     *
     * @param dateOfBirth the person's date of birth (for "the oldest of them", art. 11(b))
     * @param indicatedState the State the criteria indicate for this person's own application
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public JointApplicant {
        Checks.nonNull(dateOfBirth, "jointApplicant.dateOfBirth");
        Checks.nonNull(indicatedState, "jointApplicant.indicatedState");
    }

    /**
     * Creates a joint applicant.
     *
     * @param dateOfBirth the date of birth
     * @param indicatedState the State the criteria indicate for this person
     * @return the joint applicant
     */
    public static JointApplicant of(LocalDate dateOfBirth, MemberState indicatedState) {
        return new JointApplicant(dateOfBirth, indicatedState);
    }
}
