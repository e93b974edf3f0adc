package org.example.schengen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.eurules.schengen.ControlResult;
import io.github.migratiekit.eurules.schengen.ShortStayCalculator;
import io.github.migratiekit.eurules.schengen.testing.SchengenGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * A tester's own property on top of the published Schengen generators: a travel agency prints "days remaining" and
 * the EC-style overstay figure side by side, and wants them never to contradict each other.
 */
class TravelAgencyPropertiesTest {
    private final ShortStayCalculator calc = ShortStayCalculator.standard();

    @Test
    void remainingAndOverstayNeverContradictEachOther() {
        qt().withExamples(200)
                .forAll(SchengenGenerators.histories(), SourceDSL.integers().between(0, 3000))
                .checkAssert((history, offset) -> {
                    LocalDate day = LocalDate.of(2018, 1, 1).plusDays(offset);
                    ControlResult c = calc.control(history, day);
                    assertThat(c.daysUsed()).isBetween(0, 180);
                    assertThat(c.daysRemaining()).isEqualTo(Math.max(0, 90 - c.daysUsed()));
                    if (c.overstayDays() > 0) {
                        assertThat(c.daysRemaining()).isZero();
                    }
                });
    }
}
