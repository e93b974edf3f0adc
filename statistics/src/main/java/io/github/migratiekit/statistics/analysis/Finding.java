package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.statistics.dataset.Interval;
import java.util.List;

/**
 * One result of the consistency check: a printed figure that does not follow exactly from the figures it is derived
 * from, or a value that breaks the source's own rounding rule. Immutable.
 *
 * @param severity how serious it is: an error, mixed rounding, or rounding noise
 * @param dataset the id of the dataset the relation belongs to
 * @param relation the relation's label (or {@code "rounding grid"})
 * @param lines the source lines of the printed figure
 * @param cells the observation keys involved, target first
 * @param printed the printed figure's token
 * @param computed the figure recomputed from the printed inputs
 * @param feasible the range the recomputation can take given the inputs' precision
 * @param message the finding in words
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
        String message) {

    /** How serious a finding is. */
    public enum Severity {
        /** No true values consistent with the source's rounding give the printed figure: a real error. */
        ERROR,
        /** A value is printed off the source's own rounding grid (e.g. 18807 among counts rounded to tens). */
        MIXED_ROUNDING,
        /** The printed figures differ, but true values within the rounding can give them: rounding noise. */
        ROUNDING_NOISE
    }

    /**
     * Copies the cells.
     *
     * @param severity how serious it is: an error, mixed rounding, or rounding noise
     * @param dataset the id of the dataset the relation belongs to
     * @param relation the relation's label (or {@code "rounding grid"})
     * @param lines the source lines of the printed figure
     * @param cells the observation keys involved, target first
     * @param printed the printed figure's token
     * @param computed the figure recomputed from the printed inputs
     * @param feasible the range the recomputation can take given the inputs' precision
     * @param message the finding in words
     */
    public Finding {
        cells = List.copyOf(cells);
    }

    @Override
    public String toString() {
        return severity + " " + dataset + " " + lines + ": " + message;
    }
}
