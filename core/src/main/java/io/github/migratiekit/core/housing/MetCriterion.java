package io.github.migratiekit.core.housing;

/**
 * When a municipality counts as having met its taakstelling for the intervention ladder. The Introductiedossier
 * Migratie (§4.5) does not say whether "behalen" is judged against the corrected task (including carry-over) or the
 * period's own share, so the choice is explicit.
 */
public enum MetCriterion {
    /** Met when no backlog remains at the end of the period: {@code closingPosition <= 0}. */
    CORRECTED_TASK,
    /** Met when at least the period's own share was housed: {@code housed >= task}, carry-over ignored. */
    PERIOD_SHARE;

    /**
     * Applies the criterion to a ledger line.
     *
     * @param line the period's ledger line
     * @return whether the task counts as met
     */
    public boolean isMet(LedgerLine line) {
        return this == CORRECTED_TASK ? line.metCorrectedTask() : line.metPeriodShare();
    }
}
