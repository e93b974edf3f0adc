package io.github.migratiekit.core.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.housing.testing.HousingGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class InterventionLadderTest {

    /** Oracle: the step after period i is the number of consecutive misses ending at i (counted backwards). */
    private static int trailingMisses(List<LedgerLine> lines, int upTo, MetCriterion c) {
        int n = 0;
        for (int i = upTo; i >= 0 && !c.isMet(lines.get(i)); i--) {
            n++;
        }
        return n;
    }

    @Test
    void theStepIsTheNumberOfConsecutiveMisses() {
        // Introductiedossier §4.5: not met -> one step up; met -> back to step 0
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(
                        HousingGenerators.ledgerHistories(10, 100),
                        Generate.longRange(-50, 50),
                        Generate.enumValues(MetCriterion.class),
                        Generate.range(1, 5))
                .checkAssert((entries, opening, criterion, threshold) -> {
                    List<LedgerLine> lines = TaakstellingLedger.run(opening, entries);
                    InterventionLadder ladder = InterventionLadder.of(threshold, criterion);
                    List<LadderStep> steps = ladder.climb(lines);
                    assertThat(steps).hasSize(lines.size());
                    for (int i = 0; i < steps.size(); i++) {
                        int expected = trailingMisses(lines, i, criterion);
                        assertThat(steps.get(i).step()).isEqualTo(expected);
                        assertThat(steps.get(i).interventionPossible()).isEqualTo(expected >= threshold);
                        // pure: the step after a prefix does not depend on what comes later
                        assertThat(ladder.stepAfter(lines.subList(0, i + 1))).isEqualTo(expected);
                    }
                });
    }

    @Test
    void threeMissesThenAHit() {
        TaakstellingPeriod p = TaakstellingPeriod.parse("2023-I");
        List<LedgerLine> lines = TaakstellingLedger.run(
                0,
                List.of(
                        LedgerEntry.of(p, 10, 5),
                        LedgerEntry.of(p.next(), 10, 8),
                        LedgerEntry.of(p.next().next(), 10, 9),
                        LedgerEntry.of(p.next().next().next(), 10, 40)));
        List<LadderStep> steps = InterventionLadder.illustrative().climb(lines);
        assertThat(steps).extracting(LadderStep::step).containsExactly(1, 2, 3, 0);
        assertThat(steps.get(2).interventionPossible()).isTrue();
        assertThat(InterventionLadder.illustrative().explain(lines).toString())
                .contains("indeplaatsstelling")
                .contains("Gemeentewet art. 124");
        // judged on the own share only, the last three periods differ: housed 8 < 10, 9 < 10, 40 >= 10
        assertThat(InterventionLadder.of(3, MetCriterion.PERIOD_SHARE).climb(lines))
                .extracting(LadderStep::step)
                .containsExactly(1, 2, 3, 0);
        assertThatThrownBy(() -> InterventionLadder.of(0, MetCriterion.CORRECTED_TASK))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("interventionStep:");
    }

    @Test
    void criteriaDifferWhenABacklogIsCarried() {
        TaakstellingPeriod p = TaakstellingPeriod.parse("2024-I");
        // own share met (20 of 20) but a backlog of 15 carried in remains
        LedgerLine l = TaakstellingLedger.line(p, 15, 20, 20);
        assertThat(MetCriterion.PERIOD_SHARE.isMet(l)).isTrue();
        assertThat(MetCriterion.CORRECTED_TASK.isMet(l)).isFalse();
    }
}
