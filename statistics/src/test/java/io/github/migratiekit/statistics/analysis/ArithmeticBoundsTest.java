package io.github.migratiekit.statistics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.dataset.InvalidDatasetException;
import io.github.migratiekit.statistics.dataset.Observation;
import io.github.migratiekit.statistics.dataset.Relation;
import io.github.migratiekit.statistics.dataset.RoundingRule;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import io.github.migratiekit.statistics.dataset.Unit;
import io.github.migratiekit.statistics.dataset.Value;
import io.github.migratiekit.statistics.dataset.testing.StatisticsGenerators;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The recomputed figures and range bounds, against values worked out by hand: the consistency check's recomputation
 * of each relation kind, the bounds of shares and of grant rates.
 */
class ArithmeticBoundsTest {
    private static final Offset<Double> EXACT = Offset.offset(1e-9);

    private static Observation obs(String k, String v, String measure, Unit unit) {
        return Observation.of(StatPeriod.year(2023), Map.of("k", k), measure, unit, Value.parse(v));
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

    @Test
    void linearRecomputesTheSignedSum() {
        // 100 + 40 − 30 = 110, printed 120 (all exact): an inconsistency, computed 110 exactly
        Relation r = new Relation.Linear(
                "ledger",
                "Tabel 1, p. 12",
                List.of(),
                Map.of("k", "end"),
                List.of(
                        new Relation.Term(1, Map.of("k", "start")),
                        new Relation.Term(1, Map.of("k", "in")),
                        new Relation.Term(-1, Map.of("k", "out"))));
        Dataset d = dataset(
                List.of(
                        obs("start", "100", "n", Unit.PERSONS),
                        obs("in", "40", "n", Unit.PERSONS),
                        obs("out", "30", "n", Unit.PERSONS),
                        obs("end", "120", "n", Unit.PERSONS)),
                r);
        Finding f = ConsistencyCheck.evaluate(d, r, Map.of()).orElseThrow();
        assertThat(f.computed()).isCloseTo(110, EXACT);
        assertThat(f.feasible().lo()).isCloseTo(110, EXACT);
        assertThat(f.feasible().hi()).isCloseTo(110, EXACT);
        assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
        assertThat(f.arithmetic()).startsWith("100 + 40 − 30 = 110; printed 120");
        // the same relation on an assumed identity is only unreconciled
        Relation assumed = new Relation.Linear(
                "ledger",
                "Tabel 1, p. 12",
                List.of(),
                Map.of("k", "end"),
                ((Relation.Linear) r).terms(),
                new Relation.Basis(Relation.Basis.Kind.REFERENCE_DATES, "positions of other dates"));
        Finding u = ConsistencyCheck.evaluate(d, assumed, Map.of()).orElseThrow();
        assertThat(u.severity()).isEqualTo(Finding.Severity.UNRECONCILED);
        assertThat(u.basis()).isEqualTo("reference dates: positions of other dates");
        // printed 110: agrees, nothing to report
        Dataset ok = dataset(
                List.of(
                        obs("start", "100", "n", Unit.PERSONS),
                        obs("in", "40", "n", Unit.PERSONS),
                        obs("out", "30", "n", Unit.PERSONS),
                        obs("end", "110", "n", Unit.PERSONS)),
                r);
        assertThat(ConsistencyCheck.evaluate(ok, r, Map.of())).isEmpty();
    }

    @Test
    void ratioChangeAndMeanRecomputeTheirPoints() {
        // 30 / (30 + 90) = 25%, printed 40
        Relation ratio = new Relation.Ratio(
                "share",
                "Tabel 1, p. 12",
                List.of(),
                Map.of("k", "pct"),
                List.of(Map.of("k", "a")),
                List.of(Map.of("k", "a"), Map.of("k", "b")));
        Dataset d = dataset(
                List.of(
                        obs("a", "30", "n", Unit.PERSONS),
                        obs("b", "90", "n", Unit.PERSONS),
                        obs("pct", "40", "p", Unit.PERCENT)),
                ratio);
        Finding f = ConsistencyCheck.evaluate(d, ratio, Map.of()).orElseThrow();
        assertThat(f.computed()).isCloseTo(25, EXACT);
        assertThat(f.feasible().lo()).isCloseTo(25, EXACT);
        // 80 → 100 = +25%, printed 10
        Relation change = new Relation.Change(
                "change", "Tabel 1, p. 12", List.of(), Map.of("k", "chg"), Map.of("k", "from"), Map.of("k", "to"));
        Dataset c = dataset(
                List.of(
                        obs("from", "80", "n", Unit.PERSONS),
                        obs("to", "100", "n", Unit.PERSONS),
                        obs("chg", "10", "p", Unit.PERCENT)),
                change);
        assertThat(ConsistencyCheck.evaluate(c, change, Map.of()).orElseThrow().computed())
                .isCloseTo(25, EXACT);
        // (10 × 2 + 30 × 4) / (10 + 30) = 3.5, printed 5
        Relation mean = new Relation.Mean(
                "mean",
                "Tabel 1, p. 12",
                List.of(),
                Map.of("k", "avg"),
                List.of(Map.of("k", "c1"), Map.of("k", "c2")),
                List.of(Map.of("k", "m1"), Map.of("k", "m2")));
        Dataset m = dataset(
                List.of(
                        obs("c1", "10", "n", Unit.PERSONS),
                        obs("c2", "30", "n", Unit.PERSONS),
                        obs("m1", "2", "avg", Unit.RATIO),
                        obs("m2", "4", "avg", Unit.RATIO),
                        obs("avg", "5", "avg", Unit.RATIO)),
                mean);
        Finding fm = ConsistencyCheck.evaluate(m, mean, Map.of()).orElseThrow();
        assertThat(fm.computed()).isCloseTo(3.5, EXACT);
        assertThat(fm.arithmetic()).startsWith("(10 × 2 + 30 × 4) / (10 + 30) = 3.5");
    }

    @Test
    void shareBoundsFollowTheRoundingOfThePartAndTheRest() {
        // parts 10~10 (5..15) and 30~10 (25..35): share of the first lies in 5/40 .. 15/40 = 12.5% .. 37.5%
        List<Observation> parts = List.of(obs("a", "10~10", "n", Unit.PERSONS), obs("b", "30~10", "n", Unit.PERSONS));
        List<Derived> s = Stats.shares("t", parts);
        assertThat(s.get(0).value()).isCloseTo(25, EXACT);
        assertThat(s.get(0).range().lo()).isCloseTo(12.5, EXACT);
        assertThat(s.get(0).range().hi()).isCloseTo(37.5, EXACT);
        assertThat(s.get(1).range().lo()).isCloseTo(62.5, EXACT);
        assertThat(s.get(1).range().hi()).isCloseTo(87.5, EXACT);
        // a censored part <5 (1..4) next to 10~10 (5..15): 1 / (1 + 15) = 6.25% .. 4 / (4 + 5) = 44.44%
        List<Derived> z =
                Stats.shares("t", List.of(obs("a", "<5", "n", Unit.PERSONS), obs("b", "10~10", "n", Unit.PERSONS)));
        assertThat(z.get(0).range().lo()).isCloseTo(100.0 / 16, EXACT);
        assertThat(z.get(0).range().hi()).isCloseTo(400.0 / 9, EXACT);
        // exact parts give exact shares: 1 of 4
        List<Derived> e =
                Stats.shares("t", List.of(obs("a", "1", "n", Unit.PERSONS), obs("b", "3", "n", Unit.PERSONS)));
        assertThat(e.get(0).range().lo()).isCloseTo(25, EXACT);
        assertThat(e.get(0).range().hi()).isCloseTo(25, EXACT);
        assertThatThrownBy(() ->
                        Stats.shares("t", List.of(obs("a", "0", "n", Unit.PERSONS), obs("b", "0", "n", Unit.PERSONS))))
                .isInstanceOf(InvalidDatasetException.class);
    }

    @Test
    void grantRateBoundsFollowTheRounding() {
        // Figuur 66, 2023: 14 040 / 25 860 = 54.29%; with ±5 per count the rate lies in
        // 14035 / (14035 + 10835 + 995) .. 14045 / (14045 + 10825 + 985)
        Derived nat = GrantRates.national(Value.parse("14040~10"), Value.parse("10830~10"), Value.parse("990~10"));
        assertThat(nat.value()).isCloseTo(100.0 * 14040 / 25860, EXACT);
        assertThat(nat.range().lo()).isCloseTo(100.0 * 14035 / 25865, EXACT);
        assertThat(nat.range().hi()).isCloseTo(100.0 * 14045 / 25855, EXACT);
        // Eurostat NL 2016: 20 810 positive, exact here: 20810 / (20810 + 9190)
        Derived eu = GrantRates.eurostat(Value.exact(20810), Value.exact(9190));
        assertThat(eu.range().lo()).isCloseTo(100.0 * 20810 / 30000, EXACT);
        assertThat(eu.range().hi()).isCloseTo(100.0 * 20810 / 30000, EXACT);
        assertThat(GrantRates.eurostat(Value.exact(0), Value.exact(1)).value()).isCloseTo(0, EXACT);
        assertThatThrownBy(() -> GrantRates.eurostat(Value.exact(0), Value.exact(0)))
                .isInstanceOf(InvalidDatasetException.class);
        assertThatThrownBy(() -> GrantRates.national(Value.parse("0~10"), Value.exact(0), Value.exact(0)))
                .isInstanceOf(InvalidDatasetException.class);
    }
}
