package io.github.migratiekit.statistics.dataset;

import static io.github.migratiekit.statistics.dataset.testing.StatisticsGenerators.counts;
import static io.github.migratiekit.statistics.dataset.testing.StatisticsGenerators.percentages;
import static io.github.migratiekit.statistics.dataset.testing.StatisticsGenerators.periods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.json.Json;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void tokensRoundTrip() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(counts(100_000))
                .checkAssert(v -> assertThat(Value.parse(v.token())).isEqualTo(v));
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(percentages())
                .checkAssert(v -> assertThat(Value.parse(v.token())).isEqualTo(v));
    }

    @Test
    void valuesRoundTripThroughJson() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(counts(100_000))
                .checkAssert(
                        v -> assertThat(Json.read(Json.write(v), Value.class)).isEqualTo(v));
    }

    @Test
    void periodsRoundTripThroughTextAndJson() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(periods())
                .checkAssert(p -> {
                    assertThat(StatPeriod.parse(p.text())).isEqualTo(p);
                    assertThat(Json.read(Json.write(p), StatPeriod.class)).isEqualTo(p);
                    assertThat(p.endInclusive()).isAfterOrEqualTo(p.start());
                });
    }

    @Test
    void printedValueLiesInItsRange() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(counts(100_000))
                .checkAssert(v -> {
                    assertThat(v.range().contains(v.point())).isTrue();
                    // only exact figures (or corrections to exact figures) are exact
                    assertThat(v.isExact())
                            .isEqualTo(v instanceof Value.Exact
                                    || (v instanceof Value.Corrected c && c.corrected() instanceof Value.Exact));
                });
    }

    @Test
    void disclosureControlStandsForOneToFour() {
        // De Staat van Migratie 2024, L3645: counts of 1–4 are shown as "<5"
        Value v = Value.parse("<5");
        assertThat(v.range()).isEqualTo(Interval.of(1, 4));
        assertThat(v.printed()).isEmpty();
        assertThat(v.isExact()).isFalse();
    }

    @Test
    void tenUnderTheDisclosureRuleCoversFiveToFourteen() {
        // L3645: 5–10 are rounded up to 10; 11–14 round to 10 as well
        Value ten = RoundingRule.of(10, 1, "svm").interpret(BigDecimal.TEN, Unit.PERSONS);
        for (int n = 5; n <= 14; n++) {
            assertThat(ten.range().contains(n)).as("%d", n).isTrue();
        }
        assertThat(ten.range().contains(4)).isFalse();
    }

    @Test
    void correctionKeepsBothFiguresAndComputesWithTheCorrectedOne() {
        // IND Jaarverslag 2016, L1508 and L1521: 18.170 in the tables, 18.250 after analysis
        Value v = Value.parse("18170!18250");
        assertThat(v).isInstanceOf(Value.Corrected.class);
        assertThat(((Value.Corrected) v).reported().point()).isEqualTo(18170);
        assertThat(v.point()).isEqualTo(18250);
    }

    @Test
    void roundingRuleReadsOffGridCountsAsPrinted() {
        RoundingRule svm = RoundingRule.of(10, 1, "svm");
        Value v = svm.interpret(new BigDecimal("18807"), Unit.PERSONS);
        assertThat(v).isEqualTo(Value.exact(18807));
        assertThat(svm.offGrid(v, Unit.PERSONS)).isTrue();
        assertThat(svm.interpret(new BigDecimal("1.20"), Unit.RATIO).range().width())
                .isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void badTokensAreTypedErrors() {
        assertThatThrownBy(() -> Value.parse("12a")).isInstanceOf(InvalidDatasetException.class);
        assertThatThrownBy(() -> Value.parse("<1")).isInstanceOf(InvalidDatasetException.class);
        assertThatThrownBy(() -> Value.parse("10~0")).isInstanceOf(InvalidDatasetException.class);
        assertThatThrownBy(() -> Value.parse("1!2!3")).isInstanceOf(InvalidDatasetException.class);
        assertThatThrownBy(() -> StatPeriod.parse("2023-H3"))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("period");
        assertThatThrownBy(() -> Interval.of(2, 1)).isInstanceOf(InvalidDatasetException.class);
    }
}
