package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One period of a taakstelling ledger.
 *
 * <p>Positions follow the published convention: positive is a backlog (achterstand), negative a lead (voorsprong).
 * {@code correctedTask = task + openingPosition}; {@code closingPosition = correctedTask − housed}, which is the next
 * period's opening position.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the half year
 * @param openingPosition the backlog (positive) or lead (negative) carried into the period
 * @param task the period's own taakstelling
 * @param correctedTask the gecorrigeerde taakstelling: task + backlog − lead (may be negative when a lead exceeds
 *     the task)
 * @param housed the status holders housed in the period
 * @param closingPosition the backlog (positive) or lead (negative) carried out of the period
 * @param percentage housed ÷ corrected task × 100, to one decimal; empty when the corrected task is not positive
 */
public record LedgerLine(
        TaakstellingPeriod period,
        long openingPosition,
        long task,
        long correctedTask,
        long housed,
        long closingPosition,
        Optional<BigDecimal> percentage) {

    /**
     * Refuses a {@code null} value.
     *
     * @param period the half year
     * @param openingPosition the backlog (positive) or lead (negative) carried into the period
     * @param task the period's own taakstelling
     * @param correctedTask the gecorrigeerde taakstelling: task + backlog − lead (may be negative when a lead exceeds
     *     the task)
     * @param housed the status holders housed in the period
     * @param closingPosition the backlog (positive) or lead (negative) carried out of the period
     * @param percentage housed ÷ corrected task × 100, to one decimal; empty when the corrected task is not positive
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public LedgerLine {
        Checks.nonNull(period, "ledgerLine.period");
        Checks.nonNull(percentage, "ledgerLine.percentage");
    }

    /**
     * Returns whether the corrected task was fully met (no backlog remains at the end of the period).
     *
     * @return {@code closingPosition <= 0}
     */
    public boolean metCorrectedTask() {
        return closingPosition <= 0;
    }

    /**
     * Returns whether at least the period's own share was housed, ignoring carry-over.
     *
     * @return {@code housed >= task}
     */
    public boolean metPeriodShare() {
        return housed >= task;
    }
}
