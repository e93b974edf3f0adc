package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.statistics.dataset.Catalogue;
import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.dataset.Interval;
import io.github.migratiekit.statistics.dataset.InvalidDatasetException;
import io.github.migratiekit.statistics.dataset.Observation;
import io.github.migratiekit.statistics.dataset.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the relations a source prints (totals, ledgers, percentages, changes, weighted means) against its own
 * figures, and separates real errors from rounding noise using the source's rounding rule.
 *
 * <p>Each printed figure stands for a range of true values ({@link io.github.migratiekit.statistics.dataset.Value
 * #range()}): a count rounded to tens for ±5, a percentage printed in whole points for ±0.5, {@code "<5"} for 1–4.
 * The check recomputes the derived figure from the printed inputs and also the range it can take over all true
 * inputs. If the printed figure agrees with the recomputation, nothing is reported. If it does not, but its own range
 * overlaps the feasible range, the difference is {@link Finding.Severity#ROUNDING_NOISE}. If the two ranges do not
 * overlap, no true values consistent with the rounding give the printed figure; what that proves depends on the
 * relation's {@link Relation.Basis basis}: when the publication prints the figure and its inputs together, it is an
 * inconsistency in the publication ({@link Finding.Severity#ERROR}, class {@link Finding.Classification#INCONSISTENT});
 * when the relation is an identity the library assumes, or joins figures of different reference dates, data versions
 * or sources, the difference is {@link Finding.Severity#UNRECONCILED} and is not called an error. Counts printed off
 * the source's rounding grid are {@link Finding.Severity#MIXED_ROUNDING} (unreconciled: the source passes some
 * figures on unrounded).
 *
 * <p>Stateless and thread-safe.
 */
public final class ConsistencyCheck {
    private ConsistencyCheck() {}

    /**
     * Checks every dataset of a catalogue.
     *
     * @param catalogue the catalogue
     * @return the report, errors first
     */
    public static CheckReport check(Catalogue catalogue) {
        Checks.nonNull(catalogue, "catalogue");
        return check(catalogue.datasets());
    }

    /**
     * Checks the given datasets.
     *
     * @param datasets the datasets
     * @return the report, errors first, then mixed rounding, then rounding noise
     * @throws InvalidDatasetException if a relation's selector matches more than one observation
     */
    public static CheckReport check(List<Dataset> datasets) {
        Checks.nonNull(datasets, "datasets");
        List<Finding> findings = new ArrayList<>();
        int evaluated = 0;
        for (Dataset d : datasets) {
            for (Observation o : d.observations()) {
                if (d.rounding().offGrid(o.value(), o.unit())) {
                    String where = d.source().document() + ", " + d.source().location();
                    findings.add(new Finding(
                            Finding.Severity.MIXED_ROUNDING,
                            d.id(),
                            "rounding grid",
                            where,
                            List.of(o.key()),
                            o.value().token(),
                            o.value().point(),
                            o.value().range(),
                            o.key() + " is printed as " + o.value().token() + ", off the source's rounding grid ("
                                    + d.rounding().description() + "); it may be a figure passed on unrounded",
                            Finding.Classification.UNRECONCILED,
                            "the source's stated rounding rule; the source also passes on some figures unrounded",
                            o.value().token() + " is not a multiple of "
                                    + d.rounding().countStep().toPlainString(),
                            where));
                }
            }
            for (Relation r : d.relations()) {
                for (Map<String, String> ctx : contexts(d, r)) {
                    Optional<Finding> f = evaluate(d, r, ctx);
                    evaluated++;
                    f.ifPresent(findings::add);
                }
            }
        }
        findings.sort(Comparator.comparing(Finding::severity));
        return new CheckReport(datasets.size(), evaluated, findings);
    }

    private static List<Map<String, String>> contexts(Dataset d, Relation r) {
        if (r.each().isEmpty()) {
            return List.of(Map.of());
        }
        Set<Map<String, String>> out = new LinkedHashSet<>();
        for (Observation o : d.select(r.target())) {
            Map<String, String> ctx = new LinkedHashMap<>();
            for (String k : r.each()) {
                o.coordinate(k).ifPresent(v -> ctx.put(k, v));
            }
            if (ctx.size() == r.each().size()) {
                out.add(ctx);
            }
        }
        return new ArrayList<>(out);
    }

    private static Optional<Observation> cell(Dataset d, Map<String, String> sel, Map<String, String> ctx) {
        Map<String, String> m = new HashMap<>(ctx);
        m.putAll(sel);
        return d.find(m);
    }

    private static Optional<List<Observation>> cells(
            Dataset d, List<Map<String, String>> sels, Map<String, String> ctx) {
        List<Observation> out = new ArrayList<>();
        for (Map<String, String> s : sels) {
            Optional<Observation> o = cell(d, s, ctx);
            if (o.isEmpty()) {
                return Optional.empty();
            }
            out.add(o.get());
        }
        return Optional.of(out);
    }

    /**
     * Evaluates one instance of a relation.
     *
     * @param d the dataset
     * @param r the relation
     * @param ctx the coordinates of this instance
     * @return a finding, or empty when the printed figure agrees (or a cell is absent in this instance)
     */
    static Optional<Finding> evaluate(Dataset d, Relation r, Map<String, String> ctx) {
        Optional<Observation> target = cell(d, r.target(), ctx);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Observation t = target.get();
        List<Observation> inputs;
        double point;
        Interval feasible;
        boolean agrees;
        String formula;
        if (r instanceof Relation.Linear lin) {
            inputs = new ArrayList<>();
            point = 0;
            feasible = Interval.exactly(0);
            StringBuilder f = new StringBuilder();
            for (Relation.Term term : lin.terms()) {
                Optional<Observation> o = cell(d, term.cell(), ctx);
                if (o.isEmpty()) {
                    return Optional.empty();
                }
                inputs.add(o.get());
                point += term.coef() * o.get().value().point();
                feasible = feasible.plus(o.get().value().range().times(term.coef()));
                f.append(term(f.length() == 0, term.coef(), o.get()));
            }
            formula = f.toString();
            agrees = Math.abs(point - t.value().point()) < 1e-9 * Math.max(1, Math.abs(point));
        } else if (r instanceof Relation.Ratio ratio) {
            Optional<List<Observation>> num = cells(d, ratio.numerator(), ctx);
            Optional<List<Observation>> den = cells(d, ratio.denominator(), ctx);
            if (num.isEmpty() || den.isEmpty()) {
                return Optional.empty();
            }
            inputs = new ArrayList<>(num.get());
            inputs.addAll(den.get());
            double n = num.get().stream().mapToDouble(o -> o.value().point()).sum();
            double dd = den.get().stream().mapToDouble(o -> o.value().point()).sum();
            point = 100 * n / dd;
            feasible = ratioRange(num.get(), den.get()).times(100);
            formula = "100 × (" + tokens(num.get()) + ") / (" + tokens(den.get()) + ")";
            agrees = t.value().range().contains(point);
        } else if (r instanceof Relation.Change ch) {
            Optional<Observation> from = cell(d, ch.from(), ctx);
            Optional<Observation> to = cell(d, ch.to(), ctx);
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            inputs = List.of(from.get(), to.get());
            YearOnYear y = Stats.change(from.get().value(), to.get().value());
            point = y.percent().value();
            feasible = y.percent().range();
            formula = y.percent().formula();
            agrees = t.value().range().contains(point);
        } else if (r instanceof Relation.Mean mean) {
            Optional<List<Observation>> counts = cells(d, mean.counts(), ctx);
            Optional<List<Observation>> means = cells(d, mean.means(), ctx);
            if (counts.isEmpty() || means.isEmpty()) {
                return Optional.empty();
            }
            inputs = new ArrayList<>(counts.get());
            inputs.addAll(means.get());
            double w = 0;
            double s = 0;
            List<Interval> cs = new ArrayList<>();
            List<Interval> ms = new ArrayList<>();
            for (int i = 0; i < counts.get().size(); i++) {
                double c = counts.get().get(i).value().point();
                w += c;
                s += c * means.get().get(i).value().point();
                cs.add(counts.get().get(i).value().range());
                ms.add(means.get().get(i).value().range());
            }
            point = s / w;
            feasible = weightedMeanRange(cs, ms);
            List<String> products = new ArrayList<>();
            for (int i = 0; i < counts.get().size(); i++) {
                products.add(counts.get().get(i).value().token() + " × "
                        + means.get().get(i).value().token());
            }
            formula = "(" + String.join(" + ", products) + ") / (" + tokens(counts.get()) + ")";
            agrees = t.value().range().contains(point);
        } else {
            throw new InvalidDatasetException(d.id() + ".relations", "unknown relation " + r);
        }
        if (agrees) {
            return Optional.empty();
        }
        boolean feasibleOverlap = feasible.intersects(t.value().range());
        Finding.Severity sev = feasibleOverlap
                ? Finding.Severity.ROUNDING_NOISE
                : r.basis().provesInconsistency() ? Finding.Severity.ERROR : Finding.Severity.UNRECONCILED;
        List<String> keys = new ArrayList<>();
        keys.add(t.key());
        inputs.forEach(o -> keys.add(o.key()));
        String inputsText = inputs.stream().map(o -> o.value().token()).collect(Collectors.joining(", "));
        String location = d.source().document() + ", " + r.lines();
        String arithmetic = formula + " = " + Interval.exactly(round(point)) + "; printed "
                + t.value().token() + " (" + t.value().range() + "); feasible " + feasible;
        String basis = r.basis().provesInconsistency()
                ? "printed together in " + location
                : r.basis().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": "
                        + r.basis().note();
        String msg = r.label() + (ctx.isEmpty() ? "" : " " + ctx) + ": printed "
                + t.value().token()
                + ", recomputed " + Interval.exactly(round(point)) + " from " + inputsText
                + switch (sev) {
                    case ERROR ->
                        "; no true values within the source's rounding give the printed figure (feasible " + feasible
                                + ")";
                    case UNRECONCILED ->
                        "; not reconciled, but not shown to be an error: the comparison rests on " + basis;
                    default -> "; within rounding (feasible " + feasible + ")";
                };
        return Optional.of(new Finding(
                sev,
                d.id(),
                r.label(),
                location,
                keys,
                t.value().token(),
                point,
                feasible,
                msg,
                Finding.Classification.of(sev),
                basis,
                arithmetic,
                location));
    }

    private static String term(boolean first, double coef, Observation o) {
        String v = o.value().token();
        if (coef == 1) {
            return first ? v : " + " + v;
        }
        if (coef == -1) {
            return first ? "−" + v : " − " + v;
        }
        String c = Derived.plain(Math.abs(coef)) + " × " + v;
        return first ? (coef < 0 ? "−" : "") + c : (coef < 0 ? " − " : " + ") + c;
    }

    private static String tokens(List<Observation> obs) {
        return obs.stream().map(o -> o.value().token()).collect(Collectors.joining(" + "));
    }

    /**
     * Returns the exact range of {@code Σ c·m / Σ c} when each weight {@code c} and each mean {@code m} ranges over
     * an interval. For the maximum every mean sits at its upper bound and the weights follow a threshold rule: the
     * rows with the highest means get their largest weight, the others their smallest; trying every threshold over
     * the rows sorted by mean finds it (the minimum likewise).
     */
    static Interval weightedMeanRange(List<Interval> counts, List<Interval> means) {
        return Interval.of(extreme(counts, means, false), extreme(counts, means, true));
    }

    private static double extreme(List<Interval> counts, List<Interval> means, boolean max) {
        int n = counts.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(
                order,
                Comparator.comparingDouble(
                        i -> max ? -means.get(i).hi() : means.get(i).lo()));
        double best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int k = 0; k <= n; k++) {
            double num = 0;
            double den = 0;
            for (int j = 0; j < n; j++) {
                int i = order[j];
                double c =
                        j < k ? counts.get(i).hi() : Math.max(0, counts.get(i).lo());
                double m = max ? means.get(i).hi() : means.get(i).lo();
                num += c * m;
                den += c;
            }
            if (den > 0) {
                double v = num / den;
                best = max ? Math.max(best, v) : Math.min(best, v);
            }
        }
        return best;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /**
     * Returns the range of {@code Σnum / Σden} over the inputs' ranges. When every numerator cell is also a
     * denominator cell (a share of a total built from parts), the correlation is used: {@code n / (n + rest)}.
     */
    private static Interval ratioRange(List<Observation> num, List<Observation> den) {
        Set<String> denKeys = new HashSet<>();
        den.forEach(o -> denKeys.add(o.key()));
        Interval n = sum(num);
        boolean nested = num.stream().allMatch(o -> denKeys.contains(o.key()));
        if (nested) {
            Set<String> numKeys = new HashSet<>();
            num.forEach(o -> numKeys.add(o.key()));
            Interval rest =
                    sum(den.stream().filter(o -> !numKeys.contains(o.key())).toList());
            double lo = n.lo() + rest.hi() <= 0 ? 0 : n.lo() / (n.lo() + rest.hi());
            double hi = n.hi() + rest.lo() <= 0 ? 1 : n.hi() / (n.hi() + rest.lo());
            return Interval.of(lo, hi);
        }
        return n.dividedBy(sum(den));
    }

    private static Interval sum(List<Observation> obs) {
        Interval s = Interval.exactly(0);
        for (Observation o : obs) {
            s = s.plus(o.value().range());
        }
        return s;
    }
}
