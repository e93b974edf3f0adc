package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;

/**
 * The application being determined: the Member State where it was registered (lodged, in Dublin III's words), the
 * date, and whether the applicant needs no visa to enter that State.
 *
 * <p>The registration date selects the regime ({@link Regime#forRegistration}). Immutable and thread-safe.
 *
 * @param state the Member State where the application was registered: the determining (requesting) State
 * @param registeredOn the day it was registered; under Dublin III the day it was lodged, i.e. the day the form or the
 *     authorities' report reached the competent authority (CJEU C-670/16 Mengesteab)
 * @param visaWaivedInThisState whether the applicant's need for a visa to enter this State is waived (Dublin III art.
 *     14(2), AMMR art. 31(2))
 */
public record Application(MemberState state, java.time.LocalDate registeredOn, boolean visaWaivedInThisState) {

    /**
     * Refuses a {@code null} value.
     *
     * @param state the Member State where the application was registered: the determining (requesting) State
     * @param registeredOn the day it was registered; under Dublin III the day it was lodged, i.e. the day the form or the
     *     authorities' report reached the competent authority (CJEU C-670/16 Mengesteab)
     * @param visaWaivedInThisState whether the applicant's need for a visa to enter this State is waived (Dublin III art.
     *     14(2), AMMR art. 31(2))
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public Application {
        Checks.nonNull(state, "application.state");
        Checks.nonNull(registeredOn, "application.registeredOn");
    }

    /**
     * Creates an application.
     *
     * @param state the State
     * @param registeredOn the registration date
     * @return the application, with no visa waiver in that State
     */
    public static Application of(MemberState state, java.time.LocalDate registeredOn) {
        return new Application(state, registeredOn, false);
    }
}
