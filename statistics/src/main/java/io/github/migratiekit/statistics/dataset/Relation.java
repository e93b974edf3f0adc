package io.github.migratiekit.statistics.dataset;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.migratiekit.core.internal.Checks;
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
     * Returns where the publication prints the figure the relation checks (the name is historical: it once held line
     * numbers of a text conversion).
     *
     * @return the page and figure or table, e.g. {@code "Figuur 66, p. 98"}
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
     * Returns what the relation rests on: figures the source prints together (a total row, a printed percentage), or
     * an identity the library assumes, figures of different reference dates, data versions or sources.
     *
     * @return the basis; {@link Basis#printed()} unless the dataset file says otherwise
     */
    Basis basis();

    /**
     * What a relation rests on, which decides how the consistency check reports a figure that does not follow from
     * its inputs: only a relation between figures that one publication prints together can prove an inconsistency in
     * that publication; any other relation can only leave a difference unreconciled.
     *
     * @param kind the kind of basis
     * @param note why, in words (empty for {@link Kind#PRINTED})
     */
    record Basis(Kind kind, String note) {
        /** The kind of basis. */
        public enum Kind {
            /** The publication prints the figure and its inputs together, as a total, share, change or mean. */
            PRINTED,
            /** An identity the source never states (a ledger chain, a stock-flow balance, a weighted mean). */
            ASSUMED_IDENTITY,
            /** The figures refer to different reference dates. */
            REFERENCE_DATES,
            /** The figures come from different versions of the data, as the source itself labels them. */
            DATA_VERSIONS,
            /** The figures come from different sources, or through a secondary carrier. */
            SOURCES,
            /** A figure the library built itself from separate passages of the source (e.g. a divisor). */
            CONSTRUCTED
        }

        private static final Basis PRINTED = new Basis(Kind.PRINTED, "");

        /**
         * Validates the note.
         *
         * @param kind the kind of basis
         * @param note why, in words (empty for {@link Kind#PRINTED})
         * @throws InvalidDatasetException if a basis other than {@code PRINTED} has no note
         */
        public Basis {
            Checks.nonNull(kind, "basis.kind");
            Checks.nonNull(note, "basis.note");
            if (kind != Kind.PRINTED && note.isBlank()) {
                throw new InvalidDatasetException("relations.basis", "say why the relation is " + kind);
            }
        }

        /**
         * Returns the basis of figures printed together in one publication.
         *
         * @return the basis
         */
        public static Basis printed() {
            return PRINTED;
        }

        /**
         * Returns whether a difference on this basis proves an inconsistency in the publication.
         *
         * @return true only for {@link Kind#PRINTED}
         */
        public boolean provesInconsistency() {
            return kind == Kind.PRINTED;
        }
    }

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
            Checks.nonNull(cell, "term.cell");
            cell = Map.copyOf(cell);
        }
    }

    /**
     * {@code target = Σ coef × cell}: a total and its parts, or a ledger such as {@code end = start + taakstelling −
     * housed}.
     *
     * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
     * @param lines where the publication prints the figure the relation checks: page and figure or table, e.g. {@code "Figuur 66, p. 98"} (the component keeps its historical name)
     * @param each the coordinate names the relation is repeated over; possibly empty
     * @param target the selector of the printed total (or the closing figure of a ledger)
     * @param terms the parts that sum to the total, each a coefficient and a selector
     * @param basis what the relation rests on
     */
    record Linear(
            String label, String lines, List<String> each, Map<String, String> target, List<Term> terms, Basis basis)
            implements Relation {
        /**
         * Returns a relation between figures printed together ({@link Basis#printed()}).
         *
         * @param label see the record components
         * @param lines see the record components
         * @param each see the record components
         * @param target see the record components
         * @param terms see the record components
         */
        public Linear(String label, String lines, List<String> each, Map<String, String> target, List<Term> terms) {
            this(label, lines, each, target, terms, Basis.printed());
        }

        /**
         * Copies the collections.
         *
         * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
         * @param lines where the publication prints the figure the relation checks: page and figure or table, e.g. {@code "Figuur 66, p. 98"} (the component keeps its historical name)
         * @param each the coordinate names the relation is repeated over; possibly empty
         * @param target the selector of the printed total (or the closing figure of a ledger)
         * @param terms the parts that sum to the total, each a coefficient and a selector
         * @param basis what the relation rests on
         */
        public Linear {
            Checks.nonNull(label, "linear.label");
            Checks.nonNull(lines, "linear.lines");
            Checks.nonNull(each, "linear.each");
            Checks.nonNull(target, "linear.target");
            Checks.nonNull(terms, "linear.terms");
            Checks.nonNull(basis, "linear.basis");
            each = List.copyOf(each);
            target = Map.copyOf(target);
            terms = List.copyOf(terms);
        }
    }

    /**
     * {@code target = 100 × Σ numerator / Σ denominator}, a percentage (a share or a rate).
     *
     * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
     * @param lines where the publication prints the figure the relation checks: page and figure or table, e.g. {@code "Figuur 66, p. 98"} (the component keeps its historical name)
     * @param each the coordinate names the relation is repeated over; possibly empty
     * @param target the selector of the printed percentage
     * @param numerator the cells summed above the line
     * @param denominator the cells summed below the line
     * @param basis what the relation rests on
     */
    record Ratio(
            String label,
            String lines,
            List<String> each,
            Map<String, String> target,
            List<Map<String, String>> numerator,
            List<Map<String, String>> denominator,
            Basis basis)
            implements Relation {
        /**
         * Returns a relation between figures printed together ({@link Basis#printed()}).
         *
         * @param label see the record components
         * @param lines see the record components
         * @param each see the record components
         * @param target see the record components
         * @param numerator see the record components
         * @param denominator see the record components
         */
        public Ratio(
                String label,
                String lines,
                List<String> each,
                Map<String, String> target,
                List<Map<String, String>> numerator,
                List<Map<String, String>> denominator) {
            this(label, lines, each, target, numerator, denominator, Basis.printed());
        }

        /**
         * Copies the collections.
         *
         * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
         * @param lines where the publication prints the figure the relation checks: page and figure or table, e.g. {@code "Figuur 66, p. 98"} (the component keeps its historical name)
         * @param each the coordinate names the relation is repeated over; possibly empty
         * @param target the selector of the printed percentage
         * @param numerator the cells summed above the line
         * @param denominator the cells summed below the line
         * @param basis what the relation rests on
         */
        public Ratio {
            Checks.nonNull(label, "ratio.label");
            Checks.nonNull(lines, "ratio.lines");
            Checks.nonNull(each, "ratio.each");
            Checks.nonNull(target, "ratio.target");
            Checks.nonNull(numerator, "ratio.numerator");
            Checks.nonNull(denominator, "ratio.denominator");
            Checks.nonNull(basis, "ratio.basis");
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
     * @param lines where the publication prints the figure the relation checks: page and figure or table, e.g. {@code "Figuur 66, p. 98"} (the component keeps its historical name)
     * @param each the coordinate names the relation is repeated over; possibly empty
     * @param target the selector of the printed percentage change
     * @param from the selector of the earlier figure, the base of the change
     * @param to the selector of the later figure
     * @param basis what the relation rests on
     */
    record Change(
            String label,
            String lines,
            List<String> each,
            Map<String, String> target,
            Map<String, String> from,
            Map<String, String> to,
            Basis basis)
            implements Relation {
        /**
         * Returns a relation between figures printed together ({@link Basis#printed()}).
         *
         * @param label see the record components
         * @param lines see the record components
         * @param each see the record components
         * @param target see the record components
         * @param from see the record components
         * @param to see the record components
         */
        public Change(
                String label,
                String lines,
                List<String> each,
                Map<String, String> target,
                Map<String, String> from,
                Map<String, String> to) {
            this(label, lines, each, target, from, to, Basis.printed());
        }

        /**
         * Copies the collections.
         *
         * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
         * @param lines where the publication prints the figure the relation checks: page and figure or table, e.g. {@code "Figuur 66, p. 98"} (the component keeps its historical name)
         * @param each the coordinate names the relation is repeated over; possibly empty
         * @param target the selector of the printed percentage change
         * @param from the selector of the earlier figure, the base of the change
         * @param to the selector of the later figure
         * @param basis what the relation rests on
         */
        public Change {
            Checks.nonNull(label, "change.label");
            Checks.nonNull(lines, "change.lines");
            Checks.nonNull(each, "change.each");
            Checks.nonNull(target, "change.target");
            Checks.nonNull(from, "change.from");
            Checks.nonNull(to, "change.to");
            Checks.nonNull(basis, "change.basis");
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
     * @param lines where the publication prints the figure the relation checks: page and figure or table, e.g. {@code "Figuur 66, p. 98"} (the component keeps its historical name)
     * @param each the coordinate names the relation is repeated over; possibly empty
     * @param target the selector of the printed overall mean
     * @param counts the selectors of the row counts that weight the row means
     * @param means the selectors of the row means, in the same order as {@code counts}
     * @param basis what the relation rests on
     */
    record Mean(
            String label,
            String lines,
            List<String> each,
            Map<String, String> target,
            List<Map<String, String>> counts,
            List<Map<String, String>> means,
            Basis basis)
            implements Relation {
        /**
         * Returns a relation between figures printed together ({@link Basis#printed()}).
         *
         * @param label see the record components
         * @param lines see the record components
         * @param each see the record components
         * @param target see the record components
         * @param counts see the record components
         * @param means see the record components
         */
        public Mean(
                String label,
                String lines,
                List<String> each,
                Map<String, String> target,
                List<Map<String, String>> counts,
                List<Map<String, String>> means) {
            this(label, lines, each, target, counts, means, Basis.printed());
        }

        /**
         * Copies the collections.
         *
         * @param label a short label naming the relation, e.g. {@code "total = granted + rejected + other"}
         * @param lines where the publication prints the figure the relation checks: page and figure or table, e.g. {@code "Figuur 66, p. 98"} (the component keeps its historical name)
         * @param each the coordinate names the relation is repeated over; possibly empty
         * @param target the selector of the printed overall mean
         * @param counts the selectors of the row counts that weight the row means
         * @param means the selectors of the row means, in the same order as {@code counts}
         * @throws InvalidDatasetException if the lists differ in length
         * @param basis what the relation rests on
         */
        public Mean {
            Checks.nonNull(label, "mean.label");
            Checks.nonNull(lines, "mean.lines");
            Checks.nonNull(each, "mean.each");
            Checks.nonNull(target, "mean.target");
            Checks.nonNull(counts, "mean.counts");
            Checks.nonNull(means, "mean.means");
            Checks.nonNull(basis, "mean.basis");
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
