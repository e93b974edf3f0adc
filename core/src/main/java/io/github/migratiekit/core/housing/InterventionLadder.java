package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.util.ArrayList;
import java.util.List;

/**
 * The province's intervention ladder (interventieladder) in its inter-administrative supervision of the taakstelling,
 * as a pure function of the realisation history.
 *
 * <p>Introductiedossier Migratie §4.5: a municipality that does not meet its taakstelling climbs one step; one that
 * meets it returns to step 0; only after several misses in a row does the province move to supervisory action and,
 * ultimately, indeplaatsstelling bij taakverwaarlozing (Gemeentewet art. 124). So {@code step' = met ? 0 : step + 1}.
 *
 * <p>The number of steps before intervention is not given in the source and differs per province; it is a parameter
 * ({@link #interventionStep()}), and so is what "met" means ({@link #criterion()}). {@link #illustrative()} is an
 * example configuration, not a sourced one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param interventionStep the step at which the province may intervene; at least 1
 * @param criterion when a period counts as met
 */
public record InterventionLadder(int interventionStep, MetCriterion criterion) {

    /**
     * Validates the components.
     *
     * @param interventionStep the step at which the province may intervene; at least 1
     * @param criterion when a period counts as met
     * @throws InvalidHousingInputException if the intervention step is less than 1
     */
    public InterventionLadder {
        Checks.nonNull(criterion, "interventionLadder.criterion");
        if (interventionStep < 1) {
            throw new InvalidHousingInputException("interventionStep", "must be at least 1, was " + interventionStep);
        }
    }

    /**
     * Creates a ladder.
     *
     * @param interventionStep the step at which the province may intervene
     * @param criterion when a period counts as met
     * @return the ladder
     * @throws InvalidHousingInputException if the intervention step is less than 1
     */
    public static InterventionLadder of(int interventionStep, MetCriterion criterion) {
        return new InterventionLadder(interventionStep, criterion);
    }

    /**
     * An illustrative ladder: intervention possible after three misses in a row, judged against the corrected task.
     * Not sourced: check the province's own policy rule.
     *
     * @return the ladder
     */
    public static InterventionLadder illustrative() {
        return new InterventionLadder(3, MetCriterion.CORRECTED_TASK);
    }

    /**
     * Climbs the ladder over a history of ledger lines, starting at step 0.
     *
     * @param history the ledger lines, oldest first
     * @return the position after each period
     */
    public List<LadderStep> climb(List<LedgerLine> history) {
        List<LadderStep> steps = new ArrayList<>(history.size());
        int step = 0;
        for (LedgerLine line : history) {
            boolean met = criterion.isMet(line);
            step = met ? 0 : step + 1;
            steps.add(new LadderStep(line.period(), met, step, step >= interventionStep));
        }
        return steps;
    }

    /**
     * Returns the step after the whole history.
     *
     * @param history the ledger lines, oldest first
     * @return the step, 0 for an empty history
     */
    public int stepAfter(List<LedgerLine> history) {
        List<LadderStep> steps = climb(history);
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).step();
    }

    /**
     * Explains the ladder over a history.
     *
     * @param history the ledger lines, oldest first
     * @return one step per period
     */
    public Explanation explain(List<LedgerLine> history) {
        Explanation.Builder b = Explanation.builder();
        for (LadderStep s : climb(history)) {
            String text = s.period() + ": taakstelling "
                    + (s.met() ? "met, back to step 0" : "not met, up to step " + s.step()) + " ("
                    + (criterion == MetCriterion.CORRECTED_TASK
                            ? "judged on the corrected task"
                            : "judged on the period's own share")
                    + ")";
            b.step(text, HousingSources.INTRODUCTIEDOSSIER_4_5);
            if (s.interventionPossible()) {
                b.step(
                        "Step " + s.step() + " reaches the intervention threshold of " + interventionStep
                                + ": the province may intervene (indeplaatsstelling)",
                        HousingSources.GEMEENTEWET_124);
            }
        }
        return b.build();
    }
}
