package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;

/**
 * The applicant: date of birth, nationality and whether he or she is unaccompanied. No name or identity number: the
 * rules do not need them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dateOfBirth the date of birth
 * @param nationality an ISO 3166 alpha-2 code of a third country, or {@code "STATELESS"}; the Dublin rules apply only
 *     to third-country nationals and stateless persons (Dublin III art. 1, AMMR art. 1)
 * @param unaccompanied true for a minor who arrived, or was left, without the adult responsible for him or her
 *     (Dublin III art. 2(j)); ignored for an adult
 */
public record Applicant(LocalDate dateOfBirth, String nationality, boolean unaccompanied) {
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}|STATELESS");
    private static final java.util.Set<String> UNION_CITIZENS_AND_ASSOCIATES = java.util.Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "GR", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT",
            "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "NO", "CH", "LI");

    /**
     * Validates the applicant.
     *
     * @param dateOfBirth the date of birth
     * @param nationality an ISO 3166 alpha-2 code of a third country, or {@code "STATELESS"}; the Dublin rules apply
     *     only to third-country nationals and stateless persons (Dublin III art. 1, AMMR art. 1)
     * @param unaccompanied true for a minor who arrived, or was left, without the adult responsible for him or her
     *     (Dublin III art. 2(j)); ignored for an adult
     * @throws InvalidCaseException if the nationality is not a two-letter code or {@code STATELESS}, or is the code
     *     of a state bound by the Dublin rules (its nationals are not third-country nationals)
     */
    public Applicant {
        Checks.nonNull(dateOfBirth, "applicant.dateOfBirth");
        Checks.nonNull(nationality, "applicant.nationality");
        if (!CODE.matcher(nationality).matches()) {
            throw new InvalidCaseException(
                    "applicant.nationality",
                    "expected an upper-case ISO 3166 alpha-2 code or STATELESS, got '" + nationality + "'");
        }
        if (UNION_CITIZENS_AND_ASSOCIATES.contains(nationality)) {
            throw new InvalidCaseException(
                    "applicant.nationality",
                    nationality + " is a state bound by the Dublin rules; they apply only to third-country nationals"
                            + " and stateless persons (Dublin III art. 1)");
        }
    }

    /**
     * Creates an applicant.
     *
     * @param dateOfBirth the date of birth
     * @param nationality the nationality code or {@code STATELESS}
     * @param unaccompanied whether unaccompanied
     * @return the applicant
     * @throws InvalidCaseException if the nationality is invalid
     */
    public static Applicant of(LocalDate dateOfBirth, String nationality, boolean unaccompanied) {
        return new Applicant(dateOfBirth, nationality, unaccompanied);
    }

    /**
     * Tells whether the applicant was a minor (under 18) on a day.
     *
     * @param on the day
     * @return true if younger than 18 on that day
     */
    public boolean minorOn(LocalDate on) {
        return Period.between(dateOfBirth, on).getYears() < 18;
    }
}
