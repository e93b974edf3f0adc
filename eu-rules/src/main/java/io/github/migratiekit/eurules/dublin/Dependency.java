package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;

/**
 * A relation of dependency between the applicant and a child, sibling or parent legally resident in a Member State
 * (Dublin III art. 16, AMMR art. 34).
 *
 * <p>Immutable and thread-safe.
 *
 * @param relation the relative's relation to the applicant
 * @param state where the relative legally resides
 * @param applicantIsDependent true if the applicant depends on the relative, false if the relative depends on the
 *     applicant
 * @param ground why
 * @param tiesExistedBefore whether the family ties existed in the country of origin (Dublin III) or before arrival
 *     (AMMR)
 * @param relativeCanTakeCare whether the one who gives care is able to
 * @param consentInWriting whether the persons expressed their desire in writing
 * @param applicantUnableToTravel whether the applicant's health prevents travel to the relative's State for a
 *     significant period (Dublin III art. 16(2)): the State where the applicant is then stays responsible
 */
public record Dependency(
        Relation relation,
        MemberState state,
        boolean applicantIsDependent,
        Ground ground,
        boolean tiesExistedBefore,
        boolean relativeCanTakeCare,
        boolean consentInWriting,
        boolean applicantUnableToTravel) {

    /**
     * Refuses a {@code null} value.
     *
     * @param relation the relative's relation to the applicant
     * @param state where the relative legally resides
     * @param applicantIsDependent true if the applicant depends on the relative, false if the relative depends on the
     *     applicant
     * @param ground why
     * @param tiesExistedBefore whether the family ties existed in the country of origin (Dublin III) or before arrival
     *     (AMMR)
     * @param relativeCanTakeCare whether the one who gives care is able to
     * @param consentInWriting whether the persons expressed their desire in writing
     * @param applicantUnableToTravel whether the applicant's health prevents travel to the relative's State for a
     *     significant period (Dublin III art. 16(2)): the State where the applicant is then stays responsible
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public Dependency {
        Checks.nonNull(relation, "dependency.relation");
        Checks.nonNull(state, "dependency.state");
        Checks.nonNull(ground, "dependency.ground");
    }

    /**
     * Creates a dependency that meets every condition.
     *
     * @param relation the relation
     * @param state the State
     * @param ground the ground
     * @return the dependency, with the applicant dependent on the relative
     */
    public static Dependency of(Relation relation, MemberState state, Ground ground) {
        return new Dependency(relation, state, true, ground, true, true, true, false);
    }

    /** The relative's relation to the applicant. */
    public enum Relation {
        /** A child. */
        CHILD,
        /** A brother or sister. */
        SIBLING,
        /** A father or mother. */
        PARENT
    }

    /** The ground of dependency. */
    public enum Ground {
        /** Pregnancy. */
        PREGNANCY,
        /** A new-born child. */
        NEW_BORN_CHILD,
        /** Serious illness. */
        SERIOUS_ILLNESS,
        /** Severe disability. */
        SEVERE_DISABILITY,
        /** Severe psychological trauma (AMMR art. 34 only). */
        SEVERE_TRAUMA,
        /** Old age. */
        OLD_AGE
    }
}
