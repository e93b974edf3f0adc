package io.github.migratiekit.statistics.dataset;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/**
 * An arithmetic relation the source prints between figures of one dataset: a total and its parts, a ledger, a
 * percentage of a total, a year-on-year change, a weighted mean. The consistency check evaluates each relation on the
 * ranges of the printed values.
 *
 * <p>Cells are <em>selectors</em>: maps from coordinate ({@code period}, {@code measure}, or a dimension name) to
 * value. A relation is instantiated once for every combination of the coordinates named in {@link #each()} that
 * occurs among the observations matching its target; the combination is merged into every selector (a selector's
 * own entry wins). Immutable.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Relation.Linear.class, name = "linear"),
    @JsonSubTypes.Type(value = Relation.Ratio.class, name = "ratio"),
    @JsonSubTypes.Type(value = Relation.Change.class, name = "change"),
    @JsonSubTypes.Type(value = Relation.Mean.class, name = "mean")
})
public sealed interface Relation permits Relation.Linear, Relation.Ratio, Relation.Change, Relation.Mean {
    /**
     * Returns a short label.
     *
     * @return e.g. {@code "total = granted + rejected + other"}
     */
    String label();

    /**
     * Returns the source lines of the printed figure the relation checks.
     *
     * @return e.g. {@code "L2273–L2287"}
     */
    String lines();

    /**
     * Returns the coordinates the relation is repeated over.
     *
     * @return coordinate names, possibly empty
     */
    List<String> each();

    /**
     * Returns the selector of the printed figure the relation explains.
     *
     * @return the target selector
     */
    Map<String, String> target();

    /**
     * One term of a linear relation.
     *
     * @param coef the coefficient (1 for a part of a sum, -1 for an outflow in a ledger)
     * @param cell the selector of the figure the coefficient multiplies
     */
    record Term(double coef, Map<String, String> cell) {
        /**
         * Copies the selector.
         *
         * @param coef the coefficient (1 for a part of a sum, -1 for an outflow in a ledger)
         * @param cell the selector of the figure the coefficient multiplies
         */
        public Term {
            cell = Map.copyOf(cell);
        }
    }

    /**
     * {@code target = Σ coef × cell}: a total and its parts, or a ledger such as {@code end = start + taakstelling −
     * housed}.
     *
     * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
     * @param lines the source lines of the printed figure the relation checks, e.g. {@code "L2273–L2287"}
     * @param each the coordinate names the relation is repeated over; possibly empty
     * @param target the selector of the printed total (or the closing figure of a ledger)
     * @param terms the parts that sum to the total, each a coefficient and a selector
     */
    record Linear(String label, String lines, List<String> each, Map<String, String> target, List<Term> terms)
            implements Relation {
        /**
         * Copies the collections.
         *
         * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
         * @param lines the source lines of the printed figure the relation checks, e.g. {@code "L2273–L2287"}
         * @param each the coordinate names the relation is repeated over; possibly empty
         * @param target the selector of the printed total (or the closing figure of a ledger)
         * @param terms the parts that sum to the total, each a coefficient and a selector
         */
        public Linear {
            each = List.copyOf(each);
            target = Map.copyOf(target);
            terms = List.copyOf(terms);
        }
    }

    /**
     * {@code target = 100 × Σ numerator / Σ denominator}, a percentage (a share or a rate).
     *
     * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
     * @param lines the source lines of the printed figure the relation checks, e.g. {@code "L2273–L2287"}
     * @param each the coordinate names the relation is repeated over; possibly empty
     * @param target the selector of the printed percentage
     * @param numerator the cells summed above the line
     * @param denominator the cells summed below the line
     */
    record Ratio(
            String label,
            String lines,
            List<String> each,
            Map<String, String> target,
            List<Map<String, String>> numerator,
            List<Map<String, String>> denominator)
            implements Relation {
        /**
         * Copies the collections.
         *
         * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
         * @param lines the source lines of the printed figure the relation checks, e.g. {@code "L2273–L2287"}
         * @param each the coordinate names the relation is repeated over; possibly empty
         * @param target the selector of the printed percentage
         * @param numerator the cells summed above the line
         * @param denominator the cells summed below the line
         */
        public Ratio {
            each = List.copyOf(each);
            target = Map.copyOf(target);
            numerator = numerator.stream().map(Map::copyOf).toList();
            denominator = denominator.stream().map(Map::copyOf).toList();
        }
    }

    /**
     * {@code target = 100 × (to − from) / from}, a percentage change.
     *
     * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
     * @param lines the source lines of the printed figure the relation checks, e.g. {@code "L2273–L2287"}
     * @param each the coordinate names the relation is repeated over; possibly empty
     * @param target the selector of the printed percentage change
     * @param from the selector of the earlier figure, the base of the change
     * @param to the selector of the later figure
     */
    record Change(
            String label,
            String lines,
            List<String> each,
            Map<String, String> target,
            Map<String, String> from,
            Map<String, String> to)
            implements Relation {
        /**
         * Copies the collections.
         *
         * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
         * @param lines the source lines of the printed figure the relation checks, e.g. {@code "L2273–L2287"}
         * @param each the coordinate names the relation is repeated over; possibly empty
         * @param target the selector of the printed percentage change
         * @param from the selector of the earlier figure, the base of the change
         * @param to the selector of the later figure
         */
        public Change {
            each = List.copyOf(each);
            target = Map.copyOf(target);
            from = Map.copyOf(from);
            to = Map.copyOf(to);
        }
    }

    /**
     * {@code target = Σ count × mean / Σ count}, a weighted mean of row means (e.g. the average number of moves).
     *
     * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
     * @param lines the source lines of the printed figure the relation checks, e.g. {@code "L2273–L2287"}
     * @param each the coordinate names the relation is repeated over; possibly empty
     * @param target the selector of the printed overall mean
     * @param counts the selectors of the row counts that weight the row means
     * @param means the selectors of the row means, in the same order as {@code counts}
     */
    record Mean(
            String label,
            String lines,
            List<String> each,
            Map<String, String> target,
            List<Map<String, String>> counts,
            List<Map<String, String>> means)
            implements Relation {
        /**
         * Copies the collections.
         *
         * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
         * @param lines the source lines of the printed figure the relation checks, e.g. {@code "L2273–L2287"}
         * @param each the coordinate names the relation is repeated over; possibly empty
         * @param target the selector of the printed overall mean
         * @param counts the selectors of the row counts that weight the row means
         * @param means the selectors of the row means, in the same order as {@code counts}
         * @throws InvalidDatasetException if the lists differ in length
         */
        public Mean {
            if (counts.size() != means.size()) {
                throw new InvalidDatasetException("relations.mean", "counts and means differ in length");
            }
            each = List.copyOf(each);
            target = Map.copyOf(target);
            counts = counts.stream().map(Map::copyOf).toList();
            means = means.stream().map(Map::copyOf).toList();
        }
    }
}
