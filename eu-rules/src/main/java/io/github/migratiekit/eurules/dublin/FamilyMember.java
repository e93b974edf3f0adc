package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A family member or relative of the applicant present in a Member State.
 *
 * <p>Immutable and thread-safe.
 *
 * @param relation how the person is related to the applicant
 * @param state the Member State where the person is
 * @param status the person's legal status there
 * @param presentSince since when the person has had that status there; a person present only after the first
 *     application counts only under the family-evidence exception (Dublin III art. 7(3))
 * @param formed where the family was formed (for spouses, partners and children: Dublin III art. 2(g) requires the
 *     family to have existed in the country of origin; the AMMR also accepts a family formed before arrival)
 * @param wishInWriting whether the applicant and the person expressed their wish in writing (Dublin III arts. 9, 10,
 *     AMMR arts. 26, 27)
 * @param canTakeCare whether, after an individual examination, the person can take care of an unaccompanied minor
 *     (relatives: Dublin III art. 8(2), AMMR art. 25(3))
 * @param evidenceProducedOn when evidence of this person's presence was produced, if after the first application
 *     (Dublin III art. 7(3))
 */
public record FamilyMember(
        Relation relation,
        MemberState state,
        Status status,
        LocalDate presentSince,
        Formed formed,
        boolean wishInWriting,
        boolean canTakeCare,
        Optional<LocalDate> evidenceProducedOn) {

    /**
     * Refuses a {@code null} value.
     *
     * @param relation how the person is related to the applicant
     * @param state the Member State where the person is
     * @param status the person's legal status there
     * @param presentSince since when the person has had that status there; a person present only after the first
     *     application counts only under the family-evidence exception (Dublin III art. 7(3))
     * @param formed where the family was formed (for spouses, partners and children: Dublin III art. 2(g) requires the
     *     family to have existed in the country of origin; the AMMR also accepts a family formed before arrival)
     * @param wishInWriting whether the applicant and the person expressed their wish in writing (Dublin III arts. 9, 10,
     *     AMMR arts. 26, 27)
     * @param canTakeCare whether, after an individual examination, the person can take care of an unaccompanied minor
     *     (relatives: Dublin III art. 8(2), AMMR art. 25(3))
     * @param evidenceProducedOn when evidence of this person's presence was produced, if after the first application
     *     (Dublin III art. 7(3))
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public FamilyMember {
        Checks.nonNull(relation, "familyMember.relation");
        Checks.nonNull(state, "familyMember.state");
        Checks.nonNull(status, "familyMember.status");
        Checks.nonNull(presentSince, "familyMember.presentSince");
        Checks.nonNull(formed, "familyMember.formed");
        Checks.nonNull(evidenceProducedOn, "familyMember.evidenceProducedOn");
    }

    /**
     * Creates a family member present since a date, family formed in the country of origin, wish in writing.
     *
     * @param relation the relation
     * @param state the State
     * @param status the status
     * @param presentSince since when
     * @return the family member
     */
    public static FamilyMember of(Relation relation, MemberState state, Status status, LocalDate presentSince) {
        return new FamilyMember(
                relation, state, status, presentSince, Formed.IN_COUNTRY_OF_ORIGIN, true, true, Optional.empty());
    }

    /** How the person is related to the applicant. */
    public enum Relation {
        /** Spouse (family member, art. 2(g)). */
        SPOUSE,
        /** Unmarried partner in a stable relationship (family member where national law treats them alike). */
        PARTNER,
        /** Minor unmarried child (family member). */
        MINOR_CHILD,
        /** Father or mother (family member of a minor applicant). */
        PARENT,
        /** Another adult responsible for a minor applicant by law or practice (family member). */
        RESPONSIBLE_ADULT,
        /** Brother or sister. */
        SIBLING,
        /** Adult aunt, uncle or grandparent (relative, art. 2(h)). */
        RELATIVE
    }

    /** The person's legal status in the Member State. */
    public enum Status {
        /** Allowed to reside as a beneficiary of international protection (Dublin III art. 9, AMMR art. 26). */
        BENEFICIARY,
        /** An applicant whose application has had no first decision on the substance (art. 10 / 27). */
        APPLICANT,
        /** An applicant whose application has had a first decision on the substance. */
        APPLICANT_DECIDED,
        /** Legally present on another ground (a residence permit). */
        LEGALLY_PRESENT,
        /** Not legally present. */
        NOT_LEGALLY_PRESENT;

        /**
         * Tells whether a person with this status is legally present.
         *
         * @return false only for {@link #NOT_LEGALLY_PRESENT}
         */
        public boolean legallyPresent() {
            return this != NOT_LEGALLY_PRESENT;
        }
    }

    /** Where the family was formed. */
    public enum Formed {
        /** In the country of origin. */
        IN_COUNTRY_OF_ORIGIN,
        /** In transit, before arriving on the territory of the Member States. */
        BEFORE_ARRIVAL,
        /** After arriving on the territory of the Member States. */
        AFTER_ARRIVAL
    }
}
