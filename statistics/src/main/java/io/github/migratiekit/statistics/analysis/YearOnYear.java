package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.statistics.dataset.SeriesBreak;
import java.util.Optional;

/**
 * A change between two figures: absolute and percent, and the documented series break the comparison crosses, if
 * any (then the figures are not comparable without rebasing). Immutable.
 *
 * @param absolute later minus earlier
 * @param percent {@code 100 × (later − earlier) / earlier}
 * @param crossesBreak the break between the two periods, if any
 */
public record YearOnYear(Derived absolute, Derived percent, Optional<SeriesBreak> crossesBreak) {

    /**
     * Refuses a {@code null} value.
     *
     * @param absolute later minus earlier
     * @param percent {@code 100 × (later − earlier) / earlier}
     * @param crossesBreak the break between the two periods, if any
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public YearOnYear {
        Checks.nonNull(absolute, "yearOnYear.absolute");
        Checks.nonNull(percent, "yearOnYear.percent");
        Checks.nonNull(crossesBreak, "yearOnYear.crossesBreak");
    }
    /**
     * Returns whether the two figures are comparable (no documented break between them).
     *
     * @return true when no break is crossed
     */
    public boolean comparable() {
        return crossesBreak.isEmpty();
    }
}
