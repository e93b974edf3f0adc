package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.dataset.Interval;
import io.github.migratiekit.statistics.dataset.InvalidDatasetException;
import io.github.migratiekit.statistics.dataset.Observation;
import io.github.migratiekit.statistics.dataset.SeriesBreak;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import io.github.migratiekit.statistics.dataset.Unit;
import io.github.migratiekit.statistics.dataset.UnitMismatchException;
import io.github.migratiekit.statistics.dataset.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The computations practitioners do on sourced figures: totals, year-on-year change, shares, per-capita rates and
 * rebasing across a series break. All work on the {@linkplain Value#range() ranges} of the inputs, so a total that
 * includes {@code "<5"} or a rounded count is itself a range, never a falsely exact number.
 *
 * <p>Stateless and thread-safe.
 */
public final class Stats {
    private Stats() {}

    /**
     * Returns the total of the given observations.
     *
     * @param where the dataset id (for error messages)
     * @param parts the observations to add, at least one
     * @return the total: point = sum of printed values, range = sum of ranges
     * @throws UnitMismatchException if the units differ or are not counts; names the dataset and the key
     * @throws InvalidDatasetException if there are no parts
     */
    public static Derived total(String where, List<Observation> parts) {
        Checks.nonNull(where, "where");
        Checks.nonNull(parts, "parts");
        if (parts.isEmpty()) {
            throw new InvalidDatasetException(where + ".total", "nothing to add");
        }
        Unit unit = parts.get(0).unit();
        double point = 0;
        Interval range = Interval.exactly(0);
        for (Observation o : parts) {
            if (o.unit() != unit) {
                throw new UnitMismatchException(
                        where + ".observations[" + o.key() + "]", "unit " + o.unit() + " does not match " + unit);
            }
            if (!unit.isCount()) {
                throw new UnitMismatchException(
                        where + ".observations[" + o.key() + "]", "values in " + unit + " cannot be added");
            }
            point += o.value().point();
            range = range.plus(o.value().range());
        }
        String formula = parts.stream().map(o -> o.value().token()).collect(Collectors.joining(" + "));
        return new Derived(point, range, formula);
    }

    /**
     * Returns the total of the observations of a dataset that match a selector.
     *
     * @param dataset the dataset
     * @param selector coordinate name to value
     * @return the total
     * @throws UnitMismatchException if units differ
     * @throws InvalidDatasetException if nothing matches
     */
    public static Derived total(Dataset dataset, Map<String, String> selector) {
        Checks.nonNull(dataset, "dataset");
        Checks.nonNull(selector, "selector");
        return total(dataset.id(), dataset.select(selector));
    }

    /**
     * Returns the change from one figure to another.
     *
     * @param earlier the earlier figure
     * @param later the later figure
     * @return the absolute and percent change (no break information)
     * @throws UnitMismatchException if the units differ
     * @throws InvalidDatasetException if the earlier range contains zero
     */
    public static YearOnYear change(Value earlier, Value later) {
        Checks.nonNull(earlier, "earlier");
        Checks.nonNull(later, "later");
        Interval a = earlier.range();
        Interval b = later.range();
        Derived abs = new Derived(later.point() - earlier.point(), b.minus(a), later.token() + " − " + earlier.token());
        Derived pct = new Derived(
                100 * (later.point() / earlier.point() - 1),
                b.dividedBy(a).minus(Interval.exactly(1)).times(100),
                "100 × (" + later.token() + " / " + earlier.token() + " − 1)");
        return new YearOnYear(abs, pct, Optional.empty());
    }

    /**
     * Returns the year-on-year change of one series of a dataset: the observation at {@code period} against the one
     * a year earlier with the same dimensions and measure.
     *
     * @param dataset the dataset
     * @param selector the series (dimensions and measure; no period)
     * @param period the later period
     * @return the change, with the documented break it crosses, if any
     * @throws InvalidDatasetException if either observation is missing
     * @throws UnitMismatchException if the units differ
     */
    public static YearOnYear yearOnYear(Dataset dataset, Map<String, String> selector, StatPeriod period) {
        Checks.nonNull(dataset, "dataset");
        Checks.nonNull(selector, "selector");
        Checks.nonNull(period, "period");
        StatPeriod before = period.minusYears1();
        Observation later = dataset.get(with(selector, "period", period.text()));
        Observation earlier = dataset.get(with(selector, "period", before.text()));
        if (later.unit() != earlier.unit()) {
            throw new UnitMismatchException(
                    dataset.id() + ".observations[" + later.key() + "]", "unit differs from " + earlier.key());
        }
        YearOnYear y = change(earlier.value(), later.value());
        return new YearOnYear(y.absolute(), y.percent(), dataset.breakBetween(before, period));
    }

    /**
     * Returns each part's share of the parts' total, in percent.
     *
     * @param where the dataset id (for error messages)
     * @param parts the parts of a partition
     * @return the shares in the order of the parts; the point values add up to 100
     * @throws UnitMismatchException if units differ
     * @throws InvalidDatasetException if the total can be zero
     */
    public static List<Derived> shares(String where, List<Observation> parts) {
        Checks.nonNull(where, "where");
        Checks.nonNull(parts, "parts");
        Derived total = total(where, parts);
        List<Derived> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Observation o = parts.get(i);
            Interval part = o.value().range();
            // the rest is the sum of the other parts' ranges (total minus part would lose the correlation and widen
            // the bounds)
            Interval rest = Interval.exactly(0);
            for (int j = 0; j < parts.size(); j++) {
                if (j != i) {
                    rest = rest.plus(parts.get(j).value().range());
                }
            }
            double lo = part.lo() + rest.hi() <= 0 ? 0 : part.lo() / (part.lo() + rest.hi());
            double hi = part.hi() + rest.lo() <= 0 ? 1 : part.hi() / (part.hi() + rest.lo());
            if (total.value() == 0) {
                throw new InvalidDatasetException(where + ".shares", "the total is zero");
            }
            out.add(new Derived(
                    100 * o.value().point() / total.value(),
                    Interval.of(100 * lo, 100 * Math.min(1, hi)),
                    "100 × " + o.value().token() + " / (" + total.formula() + ")"));
        }
        return out;
    }

    /**
     * Returns a per-capita rate: {@code count / population × per}.
     *
     * @param count the count
     * @param population the population (e.g. from the CBS municipal table), positive
     * @param per the base, e.g. 1000 for "per 1000 inhabitants"
     * @return the rate
     * @throws InvalidDatasetException if the population or base is not positive
     */
    public static Derived perCapita(Value count, long population, long per) {
        Checks.nonNull(count, "count");
        if (population <= 0 || per <= 0) {
            throw new InvalidDatasetException("population", "population and base must be positive");
        }
        double f = (double) per / population;
        return new Derived(count.point() * f, count.range().times(f), count.token() + " / " + population + " × " + per);
    }

    /**
     * Rebases the part of a series before a break onto the new basis: every value before {@code br.from()} is
     * multiplied by {@code newBasis / oldBasis}, where both are measurements of the same link period under the old
     * and the new system.
     *
     * @param series period to value
     * @param br the break
     * @param oldBasis the link period measured the old way
     * @param newBasis the link period measured the new way
     * @return the rebased series (values from the break on are unchanged)
     * @throws InvalidDatasetException if the old basis is not positive
     */
    public static SortedMap<StatPeriod, Double> rebase(
            Map<StatPeriod, Double> series, SeriesBreak br, double oldBasis, double newBasis) {
        Checks.nonNull(series, "series");
        Checks.nonNull(br, "br");
        if (!(oldBasis > 0) || !(newBasis > 0)) {
            throw new InvalidDatasetException("rebase.basis", "both link values must be positive");
        }
        double factor = newBasis / oldBasis;
        SortedMap<StatPeriod, Double> out = new TreeMap<>();
        series.forEach((p, v) -> out.put(p, p.start().isBefore(br.from().start()) ? v * factor : v));
        return out;
    }

    static Map<String, String> with(Map<String, String> selector, String key, String value) {
        Map<String, String> m = new java.util.HashMap<>(selector);
        m.put(key, value);
        return m;
    }
}
