package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;

/**
 * One municipality's realisation in a period: the position carried in and the number housed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the municipality's CBS code, {@code GM} followed by four digits
 * @param openingPosition the backlog (positive) or lead (negative) at the start of the period
 * @param housed the status holders housed in the period; not negative
 */
public record Realisation(String code, long openingPosition, long housed) {

    /**
     * Validates the components.
     *
     * @param code the municipality's CBS code, {@code GM} followed by four digits
     * @param openingPosition the backlog (positive) or lead (negative) at the start of the period
     * @param housed the status holders housed in the period; not negative
     * @throws InvalidHousingInputException if the code is malformed or the number housed negative
     */
    public Realisation {
        Checks.nonNull(code, "realisation.code");
        if (!Municipality.isCode(code)) {
            throw new InvalidHousingInputException("realisation.code", "not a CBS code GMdddd: '" + code + "'");
        }
        if (housed < 0) {
            throw new InvalidHousingInputException(
                    "realisation[" + code + "].housed", "must not be negative, was " + housed);
        }
    }

    /**
     * Creates a realisation.
     *
     * @param code the municipality's CBS code, {@code GM} followed by four digits
     * @param openingPosition the backlog (positive) or lead (negative) carried in
     * @param housed the number housed
     * @return the realisation
     * @throws InvalidHousingInputException if the code is malformed or the number housed negative
     */
    public static Realisation of(String code, long openingPosition, long housed) {
        return new Realisation(code, openingPosition, housed);
    }
}
