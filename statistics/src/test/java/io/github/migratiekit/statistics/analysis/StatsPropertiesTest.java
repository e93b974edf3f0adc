package io.github.migratiekit.statistics.analysis;

import static io.github.migratiekit.statistics.dataset.testing.StatisticsGenerators.counts;
import static io.github.migratiekit.statistics.dataset.testing.StatisticsGenerators.partitions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.migratiekit.statistics.dataset.Catalogue;
import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.dataset.Interval;
import io.github.migratiekit.statistics.dataset.InvalidDatasetException;
import io.github.migratiekit.statistics.dataset.Observation;
import io.github.migratiekit.statistics.dataset.SeriesBreak;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import io.github.migratiekit.statistics.dataset.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class StatsPropertiesTest {

    @Test
    void sharesOfAPartitionSumTo100() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(partitions(50_000))
                .assuming(parts ->
                        parts.stream().mapToDouble(o -> o.value().point()).sum() > 0)
                .checkAssert(parts -> {
                    List<Derived> shares = Stats.shares("generated", parts);
                    double sum = shares.stream().mapToDouble(Derived::value).sum();
                    assertThat(sum).isCloseTo(100, Offset.offset(1e-9));
                    // printed to whole points, the shares sum to 100 within one point per part (rounding)
                    double printed = shares.stream()
                            .mapToDouble(d -> d.rounded(0).doubleValue())
                            .sum();
                    assertThat(Math.abs(printed - 100)).isLessThanOrEqualTo(0.5 * shares.size());
                    shares.forEach(
                            d -> assertThat(d.range().contains(d.value())).isTrue());
                });
    }

    @Test
    void changeAppliedToTheEarlierValueGivesTheLaterValue() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(integers().between(1, 1_000_000), integers().between(0, 1_000_000))
                .checkAssert((a, b) -> {
                    YearOnYear y = Stats.change(Value.exact(a), Value.exact(b));
                    assertThat(a + y.absolute().value()).isEqualTo((double) b);
                    assertThat(a * (1 + y.percent().value() / 100)).isCloseTo(b, Offset.offset(1e-6 * (1 + b)));
                    assertThat(y.percent().isExact()).isTrue();
                });
    }

    @Test
    void censoredValuesNeverTurnIntoExactNumbers() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(partitions(10_000))
                .checkAssert(parts -> {
                    List<Observation> withCensored = new ArrayList<>(parts);
                    withCensored.add(Observation.of(
                            StatPeriod.year(2023),
                            Map.of("category", "small"),
                            "count",
                            io.github.migratiekit.statistics.dataset.Unit.PERSONS,
                            Value.parse("<10")));
                    Derived total = Stats.total("generated", withCensored);
                    assertThat(total.isExact()).isFalse();
                    assertThat(total.range().width()).isGreaterThanOrEqualTo(8);
                });
    }

    @Test
    void totalRangeContainsEveryTrueSum() {
        // oracle: draw true values inside each printed value's range and add them naively
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(partitions(50_000), integers().between(0, 1000))
                .checkAssert((parts, seed) -> {
                    Derived total = Stats.total("generated", parts);
                    java.util.Random r = new java.util.Random(seed);
                    double sum = 0;
                    for (Observation o : parts) {
                        Interval i = o.value().range();
                        sum += i.lo() + r.nextDouble() * i.width();
                    }
                    assertThat(total.range().contains(sum)).isTrue();
                });
    }

    @Test
    void grantRateRangesContainEveryTrueRateAndNationalNeverExceedsEurostat() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(
                        counts(20_000),
                        counts(20_000),
                        counts(5_000),
                        integers().between(0, 1000))
                .assuming((g, r, o, s) -> g.range().lo() + r.range().lo() > 0)
                .checkAssert((g, r, o, seed) -> {
                    Derived eu = GrantRates.eurostat(g, r);
                    Derived nat = GrantRates.national(g, r, o);
                    assertThat(nat.value()).isLessThanOrEqualTo(eu.value() + 1e-9);
                    java.util.Random rnd = new java.util.Random(seed);
                    double tg = draw(g.range(), rnd);
                    double tr = draw(r.range(), rnd);
                    double to = draw(o.range(), rnd);
                    assertThat(eu.range().contains(100 * tg / (tg + tr))).isTrue();
                    assertThat(nat.range().contains(100 * tg / (tg + tr + to))).isTrue();
                });
    }

    private static double draw(Interval i, java.util.Random r) {
        return i.lo() + r.nextDouble() * i.width();
    }

    @Test
    void weightedMeanRangeAgreesWithBruteForceOverTheCorners() {
        // oracle: Σc·m/Σc is linear-fractional, so its extremes over a box lie at corners; enumerate all corners
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(
                        lists().of(integers().between(0, 500)).ofSizeBetween(1, 5),
                        lists().of(integers().between(0, 300)).ofSize(5))
                .checkAssert((cs, ms) -> {
                    List<Interval> counts = new ArrayList<>();
                    List<Interval> means = new ArrayList<>();
                    for (int i = 0; i < cs.size(); i++) {
                        counts.add(Interval.of(cs.get(i) + 1, cs.get(i) + 11));
                        means.add(Interval.of(ms.get(i) / 100.0, ms.get(i) / 100.0 + 0.01));
                    }
                    Interval fast = ConsistencyCheck.weightedMeanRange(counts, means);
                    double lo = Double.POSITIVE_INFINITY;
                    double hi = Double.NEGATIVE_INFINITY;
                    int n = counts.size();
                    for (int mask = 0; mask < (1 << n); mask++) {
                        double num = 0;
                        double den = 0;
                        double numLo = 0;
                        for (int i = 0; i < n; i++) {
                            double c = (mask >> i & 1) == 1
                                    ? counts.get(i).hi()
                                    : counts.get(i).lo();
                            num += c * means.get(i).hi();
                            numLo += c * means.get(i).lo();
                            den += c;
                        }
                        hi = Math.max(hi, num / den);
                        lo = Math.min(lo, numLo / den);
                    }
                    assertThat(fast.lo()).isCloseTo(lo, Offset.offset(1e-9));
                    assertThat(fast.hi()).isCloseTo(hi, Offset.offset(1e-9));
                });
    }

    @Test
    void perCapitaScalesWithTheBase() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(counts(100_000), integers().between(1, 20_000_000))
                .checkAssert((c, pop) -> {
                    Derived per1000 = Stats.perCapita(c, pop, 1000);
                    Derived per100k = Stats.perCapita(c, pop, 100_000);
                    assertThat(per100k.value())
                            .isCloseTo(100 * per1000.value(), Offset.offset(1e-9 * (1 + per100k.value())));
                    assertThat(per1000.isExact()).isEqualTo(c.isExact());
                });
    }

    @Test
    void perCapitaWithTheMunicipalPopulationTable() {
        // CBS 70072NED: Amsterdam's population on 1 January 2024; a rate per 1000 inhabitants
        Dataset pop = Catalogue.standard().get("cbs-municipalities-population-2024");
        Observation amsterdam = pop.get(Map.of("municipality", "Amsterdam"));
        long inhabitants = amsterdam.value().printed().orElseThrow().longValueExact();
        Derived rate = Stats.perCapita(Value.parse("1360"), inhabitants, 1000);
        assertThat(rate.value()).isCloseTo(1360 * 1000.0 / inhabitants, Offset.offset(1e-12));
        assertThatThrownBy(() -> Stats.perCapita(Value.exact(1), 0, 1000)).isInstanceOf(InvalidDatasetException.class);
    }

    @Test
    void yearOnYearAcrossADocumentedBreakIsFlagged() {
        // Staat van het Consulaire 2024, annex: 2023 registered in a new system, not comparable with 2022
        Dataset d = Catalogue.standard().get("consulaire2024-consular-assistance");
        YearOnYear across = Stats.yearOnYear(d, Map.of("category", "financiele_nood"), StatPeriod.year(2023));
        assertThat(across.comparable()).isFalse();
        assertThat(across.crossesBreak().orElseThrow().lines()).contains("from p. 28");
        YearOnYear before = Stats.yearOnYear(d, Map.of("category", "financiele_nood"), StatPeriod.year(2022));
        assertThat(before.comparable()).isTrue();
    }

    @Test
    void rebasingScalesOnlyThePeriodsBeforeTheBreak() {
        SeriesBreak br = new SeriesBreak(StatPeriod.year(2023), "new system", "L1");
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200))
                .forAll(
                        integers().between(1, 10_000),
                        integers().between(1, 10_000),
                        integers().between(1, 10_000))
                .checkAssert((v2022, oldLink, newLink) -> {
                    SortedMap<StatPeriod, Double> s = new TreeMap<>();
                    s.put(StatPeriod.year(2022), (double) v2022);
                    s.put(StatPeriod.year(2023), 5.0);
                    SortedMap<StatPeriod, Double> out = Stats.rebase(s, br, oldLink, newLink);
                    assertThat(out.get(StatPeriod.year(2023))).isEqualTo(5.0);
                    assertThat(out.get(StatPeriod.year(2022)))
                            .isCloseTo((double) v2022 * newLink / oldLink, Offset.offset(1e-9 * v2022 * newLink));
                });
        assertThatThrownBy(() -> Stats.rebase(Map.of(), br, 0, 1)).isInstanceOf(InvalidDatasetException.class);
    }

    @Test
    void grantRateOfAYearUnderEachDefinition() {
        Catalogue cat = Catalogue.standard();
        GrantRate nat = GrantRates.forYear(cat, 2023, GrantRateDefinition.NATIONAL);
        assertThat(nat.datasetId()).isEqualTo(GrantRates.NATIONAL_DECISIONS);
        assertThat(nat.explanation().steps()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(nat.rate().isExact()).isFalse();
        // Eurostat 2016, Netherlands: positive / (positive + rejected), from the bundled Eurostat extract
        GrantRate eu2016 = GrantRates.forYear(cat, 2016, GrantRateDefinition.EUROSTAT);
        assertThat(eu2016.granted().value()).isEqualTo(20810);
        assertThat(eu2016.rate().value())
                .isCloseTo(100 * 20810 / (20810 + eu2016.rejected().value()), Offset.offset(1e-9));
        assertThatThrownBy(() -> GrantRates.forYear(cat, 2016, GrantRateDefinition.NATIONAL))
                .isInstanceOf(GrantRateNotComputableException.class)
                .hasMessageStartingWith("--definition");
        assertThat(GrantRates.evaluate(cat, 2016, GrantRateDefinition.NATIONAL))
                .isInstanceOf(GrantRateResult.NotComputable.class);
        assertThatThrownBy(() -> GrantRates.forYear(cat, 2019, GrantRateDefinition.EUROSTAT))
                .isInstanceOf(io.github.migratiekit.core.InvalidInputException.class)
                .hasMessageStartingWith("--year");
    }

    @Test
    void shareOfARoundedPartIsARange() {
        Value part = Value.rounded(new BigDecimal("15360"), BigDecimal.TEN);
        Value rest = Value.rounded(new BigDecimal("49050"), BigDecimal.TEN);
        List<Observation> obs = List.of(
                Observation.of(
                        StatPeriod.year(2023),
                        Map.of("k", "a"),
                        "count",
                        io.github.migratiekit.statistics.dataset.Unit.PERSONS,
                        part),
                Observation.of(
                        StatPeriod.year(2023),
                        Map.of("k", "b"),
                        "count",
                        io.github.migratiekit.statistics.dataset.Unit.PERSONS,
                        rest));
        Derived share = Stats.shares("t", obs).get(0);
        assertThat(share.isExact()).isFalse();
        assertThat(share.range().contains(100 * 15355.0 / (15355 + 49055))).isTrue();
    }
}
