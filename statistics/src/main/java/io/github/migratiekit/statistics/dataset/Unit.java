package io.github.migratiekit.statistics.dataset;

/**
 * What an observation counts or measures. Counts of different units must not be added; percentages are never summed
 * with counts.
 */
public enum Unit {
    /** Persons (asylum seekers, migrants, residents, detainees). */
    PERSONS(true),
    /** Applications or requests filed. */
    APPLICATIONS(true),
    /** Decisions taken. */
    DECISIONS(true),
    /** Permits or documents issued. */
    DOCUMENTS(true),
    /** Cases, moves, contacts, exams, or other events. */
    CASES(true),
    /** Reception places or capacity. */
    PLACES(true),
    /** A percentage (0–100), a share, a rate or a change. */
    PERCENT(false),
    /** An amount in euro. */
    EURO(false),
    /** A duration in weeks. */
    WEEKS(false),
    /** A duration in months. */
    MONTHS(false),
    /** A duration in days. */
    DAYS(false),
    /** A mean or ratio without a unit (e.g. average number of moves per child). */
    RATIO(false);

    private final boolean count;

    Unit(boolean count) {
        this.count = count;
    }

    /**
     * Returns whether the unit is a count, which the source rounds with its count rounding (e.g. to tens).
     *
     * @return true for counts
     */
    public boolean isCount() {
        return count;
    }
}
