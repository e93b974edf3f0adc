package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.statistics.dataset.Interval;
import java.util.List;

/**
 * One result of the consistency check: a printed figure that does not follow exactly from the figures it is derived
 * from, or a value that breaks the source's own rounding rule. Immutable.
 *
 * <p>Every finding is classified: {@link Classification#INCONSISTENT} only when figures that one publication prints
 * together contradict each other beyond its rounding (the arithmetic is shown in {@link #arithmetic()});
 * {@link Classification#UNRECONCILED} when the difference rests on an identity the library assumes, on different
 * reference dates, data versions or sources, or on a figure printed off the stated rounding grid. An unreconciled
 * finding is not an error in the publication. Differences within rounding are
 * {@link Classification#WITHIN_ROUNDING}: reconciled by the source's own rounding rule.
 *
 * @param severity the kind of finding: an inconsistency, an unreconciled difference, mixed rounding, or rounding noise
 * @param dataset the id of the dataset the relation belongs to
 * @param relation the relation's label (or {@code "rounding grid"})
 * @param lines where the printed figure stands in the publication (same as {@code location}; the name is kept for
 *     compatibility of the JSON form)
 * @param cells the observation keys involved, target first
 * @param printed the printed figure's token
 * @param computed the figure recomputed from the printed inputs
 * @param feasible the range the recomputation can take given the inputs' precision
 * @param message the finding in words
 * @param classification inconsistent, unreconciled or within rounding
 * @param basis what the comparison rests on, in words
 * @param arithmetic the arithmetic, e.g. {@code "190700 + 54600 = 245300; printed 246300; feasible [245200,
 *     245400]"}
 * @param location where the printed figure stands in the publication: document, figure or table, page
 */
public record Finding(
        Severity severity,
        String dataset,
        String relation,
        String lines,
        List<String> cells,
        String printed,
        double computed,
        Interval feasible,
        String message,
        Classification classification,
        String basis,
        String arithmetic,
        String location) {

    /** The kind of finding. */
    public enum Severity {
        /**
         * Figures that one publication prints together contradict each other: no true values within the source's
         * rounding give the printed figure. An inconsistency in the publication.
         */
        ERROR,
        /**
         * The printed figure does not follow from its inputs, but the comparison rests on an identity the source
         * does not state, on different reference dates, data versions or sources: not an error in the publication.
         */
        UNRECONCILED,
        /** A value is printed off the source's own rounding grid (e.g. 18807 among counts rounded to tens). */
        MIXED_ROUNDING,
        /** The printed figures differ, but true values within the rounding can give them: rounding noise. */
        ROUNDING_NOISE
    }

    /** The class of a finding, as reported to users. */
    public enum Classification {
        /** Printed numbers in one publication contradict each other beyond rounding. */
        INCONSISTENT,
        /** An assumed identity, different reference dates, data versions or sources: not shown to be an error. */
        UNRECONCILED,
        /** The difference is within the source's rounding: nothing to report against the publication. */
        WITHIN_ROUNDING;

        /**
         * Returns the class of a severity.
         *
         * @param severity the severity
         * @return {@code INCONSISTENT} for errors, {@code WITHIN_ROUNDING} for rounding noise, else
         *     {@code UNRECONCILED}
         */
        public static Classification of(Severity severity) {
            Checks.nonNull(severity, "severity");
            return switch (severity) {
                case ERROR -> INCONSISTENT;
                case ROUNDING_NOISE -> WITHIN_ROUNDING;
                case UNRECONCILED, MIXED_ROUNDING -> UNRECONCILED;
            };
        }
    }

    /**
     * Copies the cells and checks that the class matches the severity.
     *
     * @param severity the kind of finding
     * @param dataset the id of the dataset the relation belongs to
     * @param relation the relation's label (or {@code "rounding grid"})
     * @param lines where the printed figure stands in the publication (kept for compatibility)
     * @param cells the observation keys involved, target first
     * @param printed the printed figure's token
     * @param computed the figure recomputed from the printed inputs
     * @param feasible the range the recomputation can take given the inputs' precision
     * @param message the finding in words
     * @param classification inconsistent, unreconciled or within rounding
     * @param basis what the comparison rests on, in words
     * @param arithmetic the arithmetic shown
     * @param location where the printed figure stands in the publication
     * @throws IllegalArgumentException if the classification does not match the severity
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public Finding {
        Checks.nonNull(severity, "finding.severity");
        Checks.nonNull(dataset, "finding.dataset");
        Checks.nonNull(relation, "finding.relation");
        Checks.nonNull(lines, "finding.lines");
        Checks.nonNull(cells, "finding.cells");
        Checks.nonNull(printed, "finding.printed");
        Checks.nonNull(feasible, "finding.feasible");
        Checks.nonNull(message, "finding.message");
        Checks.nonNull(classification, "finding.classification");
        Checks.nonNull(basis, "finding.basis");
        Checks.nonNull(arithmetic, "finding.arithmetic");
        Checks.nonNull(location, "finding.location");
        cells = List.copyOf(cells);
        if (classification != Classification.of(severity)) {
            throw new IllegalArgumentException("a finding of severity " + severity + " is "
                    + Classification.of(severity) + ", not " + classification);
        }
    }

    @Override
    public String toString() {
        return classification + " " + dataset + " " + location + ": " + message;
    }
}
