package io.github.migratiekit.statistics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.statistics.dataset.Catalogue;
import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.dataset.Interval;
import io.github.migratiekit.statistics.dataset.InvalidDatasetException;
import io.github.migratiekit.statistics.dataset.Observation;
import io.github.migratiekit.statistics.dataset.Relation;
import io.github.migratiekit.statistics.dataset.RoundingRule;
import io.github.migratiekit.statistics.dataset.SeriesBreak;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import io.github.migratiekit.statistics.dataset.Unit;
import io.github.migratiekit.statistics.dataset.Value;
import io.github.migratiekit.statistics.dataset.testing.StatisticsGenerators;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * What a recomputation reports besides its number (the cells, the basis, the formula with coefficients), the bounds
 * of a ratio whose numerator is not part of its denominator, and the edges where a range bound or a refusal changes.
 * Every expected value is worked out by hand in the comment next to it.
 */
class RecomputationDetailsTest {
    private static final Offset<Double> EXACT = Offset.offset(1e-9);

    private static Observation obs(String k, String v, Unit unit) {
        return Observation.of(
                StatPeriod.year(2023), Map.of("k", k), unit == Unit.PERCENT ? "p" : "n", unit, Value.parse(v));
    }

    private static Dataset dataset(List<Observation> obs, Relation r) {
        return new Dataset(
                "t",
                "test",
                StatisticsGenerators.sampleSource(),
                RoundingRule.of(0, 1, "test"),
                obs,
                List.of(r),
                List.of(),
                List.of());
    }

    private static Relation.Linear linear(String target, Relation.Term... terms) {
        return new Relation.Linear("ledger", "Tabel 1, p. 12", List.of(), Map.of("k", target), List.of(terms));
    }

    private static Relation.Term term(double coef, String k) {
        return new Relation.Term(coef, Map.of("k", k));
    }

    @Test
    void aFindingListsTheTargetAndEveryInputAndItsBasis() {
        // 100 + 40 − 30 = 110, printed 120 (all exact)
        Relation r = linear("end", term(1, "start"), term(1, "in"), term(-1, "out"));
        Dataset d = dataset(
                List.of(
                        obs("start", "100", Unit.PERSONS),
                        obs("in", "40", Unit.PERSONS),
                        obs("out", "30", Unit.PERSONS),
                        obs("end", "120", Unit.PERSONS)),
                r);
        Finding f = ConsistencyCheck.evaluate(d, r, Map.of()).orElseThrow();
        assertThat(f.cells()).hasSize(4);
        assertThat(f.cells().get(0)).contains("end");
        assertThat(f.cells().subList(1, 4)).anySatisfy(c -> assertThat(c).contains("start"));
        assertThat(f.cells().subList(1, 4)).anySatisfy(c -> assertThat(c).contains("out"));
        assertThat(f.basis()).isEqualTo("printed together in Test document, Tabel 1, p. 12");
        assertThat(f.message())
                .isEqualTo("ledger: printed 120, recomputed 110 from 100, 40, 30; no true values within the source's"
                        + " rounding give the printed figure (feasible 110)");
        assertThat(f.toString()).isEqualTo("INCONSISTENT t Test document, Tabel 1, p. 12: " + f.message());
    }

    @Test
    void coefficientsOtherThanOneAreWrittenOut() {
        // −100 + 2 × 40 − 2 × 30 − 10 = −90, printed 0
        Relation r = linear("end", term(-1, "start"), term(2, "in"), term(-2, "out"), term(-1, "x"));
        Dataset d = dataset(
                List.of(
                        obs("start", "100", Unit.PERSONS),
                        obs("in", "40", Unit.PERSONS),
                        obs("out", "30", Unit.PERSONS),
                        obs("x", "10", Unit.PERSONS),
                        obs("end", "0", Unit.PERSONS)),
                r);
        Finding f = ConsistencyCheck.evaluate(d, r, Map.of()).orElseThrow();
        assertThat(f.computed()).isCloseTo(-90, EXACT);
        assertThat(f.arithmetic()).startsWith("−100 + 2 × 40 − 2 × 30 − 10 = -90; printed 0");
        // a first term with a coefficient: −2 × 40 + 0.5 × 30 = −65, printed 0
        Relation first = linear("end", term(-2, "in"), term(0.5, "out"));
        Finding g = ConsistencyCheck.evaluate(dataset(d.observations(), first), first, Map.of())
                .orElseThrow();
        assertThat(g.arithmetic()).startsWith("−2 × 40 + 0.5 × 30 = -65; printed 0");
        Relation positive = linear("end", term(3, "in"), term(1, "out"));
        assertThat(ConsistencyCheck.evaluate(dataset(d.observations(), positive), positive, Map.of())
                        .orElseThrow()
                        .arithmetic())
                .startsWith("3 × 40 + 30 = 150; printed 0");
    }

    @Test
    void aLargeSumAgreesWithinFloatingPointPrecision() {
        // 1 000 000.1 + 0.2 is 1 000 000.3 up to 1.2e-10 in binary floating point: not a finding
        Relation r = linear("sum", term(1, "a"), term(1, "b"));
        Dataset d = dataset(
                List.of(
                        obs("a", "1000000.1", Unit.RATIO),
                        obs("b", "0.2", Unit.RATIO),
                        obs("sum", "1000000.3", Unit.RATIO)),
                r);
        assertThat(ConsistencyCheck.evaluate(d, r, Map.of())).isEmpty();
    }

    @Test
    void aRatioOfSeparateFiguresDividesTheirRanges() {
        // 30~10 / 60~10: numerator 25..35, denominator 55..65 (not containing the numerator's cells), so the share
        // lies in 100 × 25/65 .. 100 × 35/55 = 38.46% .. 63.64%; printed 90 → outside: an error
        Relation ratio = new Relation.Ratio(
                "share",
                "Tabel 1, p. 12",
                List.of(),
                Map.of("k", "pct"),
                List.of(Map.of("k", "a")),
                List.of(Map.of("k", "b")));
        Dataset d = dataset(
                List.of(
                        obs("a", "30~10", Unit.PERSONS),
                        obs("b", "60~10", Unit.PERSONS),
                        obs("pct", "90", Unit.PERCENT)),
                ratio);
        Finding f = ConsistencyCheck.evaluate(d, ratio, Map.of()).orElseThrow();
        assertThat(f.computed()).isCloseTo(50, EXACT);
        assertThat(f.feasible().lo()).isCloseTo(100.0 * 25 / 65, EXACT);
        assertThat(f.feasible().hi()).isCloseTo(100.0 * 35 / 55, EXACT);
        assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
        // nested (a share of a + b) uses the correlation: 25 / (25 + 65) .. 35 / (35 + 55)
        Relation nested = new Relation.Ratio(
                "share",
                "Tabel 1, p. 12",
                List.of(),
                Map.of("k", "pct"),
                List.of(Map.of("k", "a")),
                List.of(Map.of("k", "a"), Map.of("k", "b")));
        Finding n = ConsistencyCheck.evaluate(dataset(d.observations(), nested), nested, Map.of())
                .orElseThrow();
        assertThat(n.computed()).isCloseTo(100.0 / 3, EXACT);
        assertThat(n.feasible().lo()).isCloseTo(100.0 * 25 / 90, EXACT);
        assertThat(n.feasible().hi()).isCloseTo(100.0 * 35 / 90, EXACT);
        // a numerator that shares only one cell with the denominator is not nested: a / (a' + b) by plain division
        Relation partly = new Relation.Ratio(
                "share",
                "Tabel 1, p. 12",
                List.of(),
                Map.of("k", "pct"),
                List.of(Map.of("k", "a"), Map.of("k", "b")),
                List.of(Map.of("k", "b")));
        Finding p = ConsistencyCheck.evaluate(dataset(d.observations(), partly), partly, Map.of())
                .orElseThrow();
        // (25 + 55) / 65 .. (35 + 65) / 55
        assertThat(p.feasible().lo()).isCloseTo(100.0 * 80 / 65, EXACT);
        assertThat(p.feasible().hi()).isCloseTo(100.0 * 100 / 55, EXACT);
    }

    @Test
    void aNestedRatioWithAZeroRestIsBoundedByZeroAndOneHundred() {
        // a = 5~10 (0..10), b = 0: the share of a is 100% when a > 0, and its lower bound falls to 0 (a could be 0);
        // 0 / (0 + 0) is left at the bound instead of dividing by zero
        Relation nested = new Relation.Ratio(
                "share",
                "Tabel 1, p. 12",
                List.of(),
                Map.of("k", "pct"),
                List.of(Map.of("k", "a")),
                List.of(Map.of("k", "a"), Map.of("k", "b")));
        Dataset d = dataset(
                List.of(obs("a", "5~10", Unit.PERSONS), obs("b", "0", Unit.PERSONS), obs("pct", "10", Unit.PERCENT)),
                nested);
        Finding f = ConsistencyCheck.evaluate(d, nested, Map.of()).orElseThrow();
        assertThat(f.feasible().lo()).isCloseTo(0, EXACT);
        assertThat(f.feasible().hi()).isCloseTo(100, EXACT);
        // the share of b: 0 / (0 + a) with a up to 10, and its upper bound when a could be 0 is 100%
        Relation ofB = new Relation.Ratio(
                "share",
                "Tabel 1, p. 12",
                List.of(),
                Map.of("k", "pct"),
                List.of(Map.of("k", "b")),
                List.of(Map.of("k", "a"), Map.of("k", "b")));
        Finding g = ConsistencyCheck.evaluate(dataset(d.observations(), ofB), ofB, Map.of())
                .orElseThrow();
        assertThat(g.feasible().lo()).isCloseTo(0, EXACT);
        assertThat(g.feasible().hi()).isCloseTo(100, EXACT);
    }

    @Test
    void sharesAtTheEdgesOfTheirRanges() {
        // Stats.shares with parts 5~10 (0..10) and 0: the first share lies in 0..100%, the second in 0..100%
        List<Derived> s = Stats.shares("t", List.of(obs("a", "5~10", Unit.PERSONS), obs("b", "0", Unit.PERSONS)));
        assertThat(s.get(0).value()).isCloseTo(100, EXACT);
        assertThat(s.get(0).range().lo()).isCloseTo(0, EXACT);
        assertThat(s.get(0).range().hi()).isCloseTo(100, EXACT);
        assertThat(s.get(1).value()).isCloseTo(0, EXACT);
        assertThat(s.get(1).range().lo()).isCloseTo(0, EXACT);
        assertThat(s.get(1).range().hi()).isCloseTo(100, EXACT);
        assertThat(s.get(0).formula()).isEqualTo("100 × 5~10 / (5~10 + 0)");
        assertThatThrownBy(() -> Stats.shares("t", List.of(obs("a", "0", Unit.PERSONS), obs("b", "0", Unit.PERSONS))))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("the total is zero");
    }

    @Test
    void totalsNameTheirTerms() {
        Derived t = Stats.total("t", List.of(obs("a", "10~10", Unit.PERSONS), obs("b", "<5", Unit.PERSONS)));
        // 10~10 is 5..15 and <5 is 1..4 (point: its midpoint 2.5): 6..19 around 12.5
        assertThat(t.formula()).isEqualTo("10~10 + <5");
        assertThat(t.value()).isCloseTo(12.5, EXACT);
        assertThat(t.range().lo()).isCloseTo(6, EXACT);
        assertThat(t.range().hi()).isCloseTo(19, EXACT);
        assertThat(t.isExact()).isFalse();
        assertThat(t.toString()).isEqualTo("12.5 (range [6, 19])");
        Derived exact = Stats.total("t", List.of(obs("a", "10", Unit.PERSONS), obs("b", "2.5", Unit.PERSONS)));
        assertThat(exact.isExact()).isTrue();
        assertThat(exact.toString()).isEqualTo("12.5");
    }

    @Test
    void refusalsAtZero() {
        // a per-capita rate needs a positive population and base
        assertThatThrownBy(() -> Stats.perCapita(Value.exact(10), 0, 1000))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("population");
        assertThatThrownBy(() -> Stats.perCapita(Value.exact(10), 1000, 0))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("population");
        // 10 per 1000 of 1: 10 000 per 1000 inhabitants
        assertThat(Stats.perCapita(Value.exact(10), 1, 1000).value()).isCloseTo(10_000, EXACT);
        // rebasing needs two positive link values
        SeriesBreak br = Catalogue.standard().datasets().stream()
                .flatMap(ds -> ds.breaks().stream())
                .findFirst()
                .orElseThrow();
        Map<StatPeriod, Double> series = Map.of(StatPeriod.year(2000), 1.0);
        assertThatThrownBy(() -> Stats.rebase(series, br, 0, 1))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("rebase.basis");
        assertThatThrownBy(() -> Stats.rebase(series, br, 1, 0))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("rebase.basis");
        // a grant rate over no decisions is refused as such, not as a broken interval
        assertThatThrownBy(() -> GrantRates.eurostat(Value.exact(0), Value.exact(0)))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("grant-rate")
                .hasMessageContaining("the number of decisions can be zero");
        // one grant and nothing else: 100%
        assertThat(GrantRates.eurostat(Value.exact(1), Value.exact(0)).value()).isCloseTo(100, EXACT);
    }

    @Test
    void aRefusedGrantRateCarriesItsReason() {
        // De Staat van Migratie 2024 §4.2.3: Figuur 66 counts Dublin decisions among the rejections
        GrantRateNotComputableException e = org.junit.jupiter.api.Assertions.assertThrows(
                GrantRateNotComputableException.class,
                () -> GrantRates.forYear(Catalogue.standard(), 2023, GrantRateDefinition.EUROSTAT));
        assertThat(e.result().year()).isEqualTo(2023);
        assertThat(e.result().definition()).isEqualTo(GrantRateDefinition.EUROSTAT);
        assertThat(e.result().reason()).contains("Dublin");
        assertThat(e.getMessage()).startsWith("--definition: eurostat is not computable for 2023 from ");
        assertThat(GrantRateDefinition.EUROSTAT.formula())
                .isEqualTo("grants / (grants + rejections); Dublin and other non-substantive decisions left out");
        assertThat(GrantRateDefinition.NATIONAL.formula())
                .isEqualTo("grants / all decisions, including non-substantive and Dublin decisions");
        assertThat(e.result().explanation().toString())
                .contains("Definition: " + GrantRateDefinition.EUROSTAT.formula());
    }

    @Test
    void aZeroCoefficientIsWrittenWithoutASign() {
        // 0 × 40 + 0 × 30 = 0, printed 5
        Relation r = linear("end", term(0, "in"), term(0, "out"));
        Dataset d = dataset(
                List.of(obs("in", "40", Unit.PERSONS), obs("out", "30", Unit.PERSONS), obs("end", "5", Unit.PERSONS)),
                r);
        assertThat(ConsistencyCheck.evaluate(d, r, Map.of()).orElseThrow().arithmetic())
                .startsWith("0 × 40 + 0 × 30 = 0; printed 5");
    }

    @Test
    void aWeightedMeanOfOneRowWhoseCountMayBeZeroIsItsMeanRange() {
        // one row, count 0~10 (−5..5, so 0..5 as a weight), mean 2..4: Σ c·m / Σ c is the mean itself whenever
        // c > 0, so the range is 2..4; c = 0 gives no mean at all and must not count
        Interval r = ConsistencyCheck.weightedMeanRange(List.of(Interval.of(-5, 5)), List.of(Interval.of(2, 4)));
        assertThat(r.lo()).isCloseTo(2, EXACT);
        assertThat(r.hi()).isCloseTo(4, EXACT);
        // two rows: counts 0..10 and exactly 10, means 1 and 3: from (0·1 + 10·3)/10 = 3 down to (10·1 + 10·3)/20 = 2
        Interval two = ConsistencyCheck.weightedMeanRange(
                List.of(Interval.of(0, 10), Interval.exactly(10)), List.of(Interval.exactly(1), Interval.exactly(3)));
        assertThat(two.lo()).isCloseTo(2, EXACT);
        assertThat(two.hi()).isCloseTo(3, EXACT);
    }
}
