package io.github.migratiekit.eurules.schengen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.migratiekit.eurules.schengen.testing.HistoryShape;
import io.github.migratiekit.eurules.schengen.testing.NaiveFixedPeriod;
import io.github.migratiekit.eurules.schengen.testing.NaiveShortStay;
import io.github.migratiekit.eurules.schengen.testing.SchengenGenerators;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The older rule kept by the 2009 visa-waiver agreements (legal-rules.md §A.5), computed on intervals, agrees with
 * the day-by-day oracle {@link NaiveFixedPeriod} for Brazilian nationals after 2013-10-18.
 */
class FixedPeriodOracleTest {
    private static final ShortStayCalculator CALC = ShortStayCalculator.standard();

    @Test
    void controlPlanningAndUnlawfulDaysAgreeWithTheOracle() {
        qt().withExamples(150)
                .forAll(
                        SchengenGenerators.histories(HistoryShape.typical().withSizes(8, 150, 120))
                                .map(h -> h.withNationality("BRA")),
                        integers().between(-100, 1200))
                .checkAssert((h, q) -> {
                    LocalDate anchor = h.stays().isEmpty()
                            ? LocalDate.of(2020, 1, 1)
                            : h.stays().get(0).entry();
                    LocalDate d = anchor.plusDays(q);
                    NaiveFixedPeriod naive = new NaiveFixedPeriod(
                            NaiveShortStay.of(h, SchengenMembership.standard()).days());
                    ControlResult c = CALC.control(h, d);
                    assertThat(c.ruleId()).isEqualTo("visa-waiver-2009");
                    long[] expected = naive.control(d);
                    assertThat(c.windowStart()).isEqualTo(LocalDate.ofEpochDay(expected[0]));
                    assertThat(c.daysUsed()).isEqualTo((int) expected[1]);
                    long[] bad = naive.unlawful();
                    assertThat(c.unlawfulDays()).isEqualTo((int) bad[0]);
                    assertThat(c.firstUnlawfulDay())
                            .isEqualTo(
                                    bad[1] == Long.MIN_VALUE
                                            ? Optional.empty()
                                            : Optional.of(LocalDate.ofEpochDay(bad[1])));
                    int k = naive.maxStay(d);
                    assertThat(CALC.plan(h, d, 1).maxStayDays()).isEqualTo(k);
                });
    }
}
