package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;

/**
 * What happened in one period for one municipality (or a province, or the country): the taakstelling set for the
 * period and the number of status holders housed in it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the half year the taakstelling applies to
 * @param task the taakstelling of the period (its own share, before carry-over); not negative
 * @param housed the status holders housed in the period (including HAR and KSO placements that count); not negative
 */
public record LedgerEntry(TaakstellingPeriod period, long task, long housed) {

    /**
     * Validates the components.
     *
     * @param period the half year the taakstelling applies to
     * @param task the taakstelling of the period (its own share, before carry-over); not negative
     * @param housed the status holders housed in the period (including HAR and KSO placements that count); not negative
     * @throws InvalidHousingInputException if the task or the number housed is negative
     */
    public LedgerEntry {
        Checks.nonNull(period, "ledgerEntry.period");
        if (task < 0) {
            throw new InvalidHousingInputException("entry[" + period + "].task", "must not be negative, was " + task);
        }
        if (housed < 0) {
            throw new InvalidHousingInputException(
                    "entry[" + period + "].housed", "must not be negative, was " + housed);
        }
    }

    /**
     * Creates an entry.
     *
     * @param period the half year the taakstelling applies to
     * @param task the taakstelling of the period
     * @param housed the number housed in it
     * @return the entry
     * @throws InvalidHousingInputException if a number is negative
     */
    public static LedgerEntry of(TaakstellingPeriod period, long task, long housed) {
        return new LedgerEntry(period, task, housed);
    }
}
