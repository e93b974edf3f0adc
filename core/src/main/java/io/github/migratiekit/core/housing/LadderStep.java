package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;

/**
 * A municipality's position on the intervention ladder after one period.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the half year just ended
 * @param met whether the taakstelling counted as met in it
 * @param step the step (trede) after the period: 0 after a met period, one higher after a miss
 * @param interventionPossible whether the step has reached the province's intervention threshold, so that the
 *     province may move towards indeplaatsstelling (Gemeentewet art. 124)
 */
public record LadderStep(TaakstellingPeriod period, boolean met, int step, boolean interventionPossible) {

    /**
     * Refuses a {@code null} value.
     *
     * @param period the half year just ended
     * @param met whether the taakstelling counted as met in it
     * @param step the step (trede) after the period: 0 after a met period, one higher after a miss
     * @param interventionPossible whether the step has reached the province's intervention threshold, so that the
     *     province may move towards indeplaatsstelling (Gemeentewet art. 124)
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public LadderStep {
        Checks.nonNull(period, "ladderStep.period");
    }
}
