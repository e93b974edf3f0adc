package io.github.migratiekit.statistics.dataset.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.dataset.Interval;
import io.github.migratiekit.statistics.dataset.Observation;
import io.github.migratiekit.statistics.dataset.Relation;
import io.github.migratiekit.statistics.dataset.RoundingRule;
import io.github.migratiekit.statistics.dataset.SeriesBreak;
import io.github.migratiekit.statistics.dataset.SourceRef;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import io.github.migratiekit.statistics.dataset.Unit;
import io.github.migratiekit.statistics.dataset.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the statistics types, for testers who extend the property suites (shipped in the
 * module's test-jar).
 */
public final class StatisticsGenerators {
    private StatisticsGenerators() {}

    /**
     * Periods of every kind between 1990 and 2040.
     *
     * @return the generator
     */
    public static Gen<StatPeriod> periods() {
        Gen<Integer> years = integers().between(1990, 2040);
        return Generate.oneOf(
                years.map(StatPeriod::year),
                years.zip(integers().between(1, 2), (y, h) -> StatPeriod.parse(y + "-H" + h)),
                years.zip(integers().between(1, 4), (y, q) -> StatPeriod.parse(y + "-Q" + q)),
                years.zip(integers().between(1, 12), (y, m) -> StatPeriod.parse(String.format("%d-%02d", y, m))),
                years.zip(
                        integers().between(1, 365),
                        (y, d) -> StatPeriod.parse(
                                java.time.LocalDate.ofYearDay(y, d).toString())));
    }

    /**
     * Exact counts in {@code [0, max]}.
     *
     * @param max the largest count
     * @return the generator
     */
    public static Gen<Value> exactCounts(int max) {
        return integers().between(0, max).map(i -> Value.exact(i));
    }

    /**
     * Counts rounded to a step, as a source would print them ({@code k × step} for k ≥ 1).
     *
     * @param max the largest true count
     * @param step the rounding step, e.g. 10
     * @return the generator
     */
    public static Gen<Value> roundedCounts(int max, int step) {
        return integers()
                .between(1, Math.max(1, max / step))
                .map(k -> Value.rounded(BigDecimal.valueOf((long) k * step), BigDecimal.valueOf(step)));
    }

    /**
     * Disclosure-controlled counts: {@code "<5"} or {@code "<10"}.
     *
     * @return the generator
     */
    public static Gen<Value> censoredCounts() {
        return Generate.pick(List.of(Value.parse("<5"), Value.parse("<10")));
    }

    /**
     * Reported-and-corrected counts such as {@code 18170!18250}.
     *
     * @param max the largest count
     * @return the generator
     */
    public static Gen<Value> correctedCounts(int max) {
        return exactCounts(max).zip(exactCounts(max), (a, b) -> Value.parse(a.token() + "!" + b.token()));
    }

    /**
     * Any count value: exact, rounded to tens or fives, censored, or corrected.
     *
     * @param max the largest count
     * @return the generator
     */
    public static Gen<Value> counts(int max) {
        return Generate.oneOf(
                exactCounts(max),
                roundedCounts(max, 10),
                roundedCounts(max, 5),
                censoredCounts(),
                correctedCounts(max));
    }

    /**
     * Percentages printed in whole points or with one decimal.
     *
     * @return the generator
     */
    public static Gen<Value> percentages() {
        return Generate.oneOf(
                integers().between(-100, 300).map(i -> Value.rounded(BigDecimal.valueOf(i), BigDecimal.ONE)),
                integers()
                        .between(-1000, 3000)
                        .map(i -> Value.rounded(BigDecimal.valueOf(i, 1), new BigDecimal("0.1"))));
    }

    /**
     * Intervals with bounds in {@code [-1e6, 1e6]}.
     *
     * @return the generator
     */
    public static Gen<Interval> intervals() {
        return integers()
                .between(-1_000_000, 1_000_000)
                .zip(integers().between(0, 10_000), (lo, w) -> Interval.of(lo, (double) lo + w));
    }

    /**
     * A source reference of the kind the bundled datasets carry.
     *
     * @return a fixed, valid source
     */
    public static SourceRef sampleSource() {
        return new SourceRef(
                "Test document",
                "Tabel 1",
                Optional.empty(),
                Optional.of("12"),
                "Test publisher",
                2024,
                "test licence",
                Optional.of("IND"),
                "");
    }

    /**
     * A partition: 2 to 8 count values of one unit, as the parts of a total.
     *
     * @param max the largest count
     * @return the generator
     */
    public static Gen<List<Observation>> partitions(int max) {
        return lists().of(counts(max)).ofSizeBetween(2, 8).map(values -> {
            List<Observation> out = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                out.add(Observation.of(
                        StatPeriod.year(2023), Map.of("category", "c" + i), "count", Unit.PERSONS, values.get(i)));
            }
            return out;
        });
    }

    /**
     * Datasets: a grid of 1–6 categories × 1–6 years of count values, a printed total per year with its sum relation,
     * and optionally a series break.
     *
     * @param max the largest count
     * @return the generator
     */
    public static Gen<Dataset> datasets(int max) {
        Gen<List<Value>> cells = lists().of(counts(max)).ofSize(36);
        return integers()
                .between(1, 6)
                .zip(integers().between(1, 6), cells, Generate.booleans(), (cats, years, values, withBreak) -> {
                    List<Observation> obs = new ArrayList<>();
                    int k = 0;
                    for (int y = 0; y < years; y++) {
                        for (int c = 0; c < cats; c++) {
                            obs.add(Observation.of(
                                    StatPeriod.year(2015 + y),
                                    Map.of("category", "c" + c),
                                    "count",
                                    Unit.PERSONS,
                                    values.get(k++)));
                        }
                        obs.add(Observation.of(
                                StatPeriod.year(2015 + y),
                                Map.of("category", "total"),
                                "count",
                                Unit.PERSONS,
                                Value.exact(1000)));
                    }
                    List<Relation.Term> terms = new ArrayList<>();
                    for (int c = 0; c < cats; c++) {
                        terms.add(new Relation.Term(1, Map.of("category", "c" + c)));
                    }
                    List<Relation> rels = List.of(new Relation.Linear(
                            "total", "Tabel 1, p. 12", List.of("period"), Map.of("category", "total"), terms));
                    List<SeriesBreak> breaks =
                            withBreak ? List.of(new SeriesBreak(StatPeriod.year(2017), "new system", "L7")) : List.of();
                    return new Dataset(
                            "generated-" + cats + "x" + years,
                            "Generated table",
                            sampleSource(),
                            RoundingRule.of(10, 1, "tens"),
                            obs,
                            rels,
                            breaks,
                            List.of("generated"));
                });
    }
}
