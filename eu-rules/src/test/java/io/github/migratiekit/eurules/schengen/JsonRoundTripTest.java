package io.github.migratiekit.eurules.schengen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.migratiekit.core.json.InvalidJsonException;
import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.eurules.schengen.testing.HistoryShape;
import io.github.migratiekit.eurules.schengen.testing.SchengenGenerators;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON write-then-read is identity for the Schengen values; bad JSON names the path. */
class JsonRoundTripTest {
    private static final ShortStayCalculator CALC = ShortStayCalculator.standard();

    @Test
    void historiesRoundTrip() {
        qt().withExamples(200)
                .forAll(SchengenGenerators.histories(HistoryShape.typical().withExcluded(2))
                        .mix(SchengenGenerators.histories(HistoryShape.typical().withStates(List.of("", "HR", "CY")))))
                .checkAssert(h -> assertThat(Json.read(Json.write(h), TravelHistory.class))
                        .isEqualTo(h));
    }

    @Test
    void staysRoundTrip() {
        qt().withExamples(200)
                .forAll(SchengenGenerators.stays(LocalDate.of(1990, 1, 1), LocalDate.of(2100, 1, 1), 400))
                .checkAssert(
                        s -> assertThat(Json.read(Json.write(s), Stay.class)).isEqualTo(s));
    }

    @Test
    void resultsRoundTrip() {
        qt().withExamples(100)
                .forAll(SchengenGenerators.histories(), integers().between(0, 1000))
                .checkAssert((h, q) -> {
                    LocalDate d = LocalDate.of(2016, 1, 1).plusDays(q);
                    ControlResult c = CALC.control(h, d);
                    assertThat(Json.read(Json.write(c), ControlResult.class)).isEqualTo(c);
                    PlanningResult p = CALC.plan(h, d, 10);
                    assertThat(Json.read(Json.write(p), PlanningResult.class)).isEqualTo(p);
                    CALC.worstWindow(h).ifPresent(w -> assertThat(Json.read(Json.write(w), WorstWindow.class))
                            .isEqualTo(w));
                });
    }

    @Test
    void bundledDataRoundTrips() {
        for (MembershipPeriod p : SchengenMembership.standard().periods()) {
            assertThat(Json.read(Json.write(p), MembershipPeriod.class)).isEqualTo(p);
        }
        for (ShortStayRule r : ShortStayRules.standard().rules()) {
            assertThat(Json.read(Json.write(r), ShortStayRule.class)).isEqualTo(r);
        }
    }

    @Test
    void badJsonNamesThePath() {
        assertThatThrownBy(() -> Json.read(
                        "{\"stays\":[{\"entry\":\"2025-01-01\",\"exit\":\"2025-02-30\"}],\"excluded\":[]}",
                        TravelHistory.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("stays");
    }
}
