package io.github.migratiekit.statistics.dataset;

import io.github.migratiekit.core.internal.Checks;

/**
 * A break in a series: from {@code from} on, the figures are produced differently (a new registration system, a new
 * definition) and are not comparable with earlier ones without rebasing. Immutable.
 *
 * @param from the first period under the new basis
 * @param description what changed
 * @param lines where the source says so
 */
public record SeriesBreak(StatPeriod from, String description, String lines) {
    /**
     * Validates the text fields.
     *
     * @param from the first period under the new basis
     * @param description what changed
     * @param lines where the source says so
     * @throws InvalidDatasetException if the description or lines are blank
     */
    public SeriesBreak {
        Checks.nonNull(from, "seriesBreak.from");
        Checks.nonNull(description, "seriesBreak.description");
        Checks.nonNull(lines, "seriesBreak.lines");
        if (description.isBlank() || lines.isBlank()) {
            throw new InvalidDatasetException("breaks", "a break needs a description and source lines");
        }
    }

    /**
     * Returns whether comparing {@code a} with {@code b} crosses this break.
     *
     * @param a one period
     * @param b the other period
     * @return true when one starts before the break and the other on or after it
     */
    public boolean separates(StatPeriod a, StatPeriod b) {
        boolean aAfter = !a.start().isBefore(from.start());
        boolean bAfter = !b.start().isBefore(from.start());
        return aAfter != bAfter;
    }
}
