package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;

/**
 * A period whose days are not counted towards the 90-day limit because the stay was authorised under a residence
 * permit or a long-stay visa (Schengen Borders Code art. 6(1)). Both ends are included. Immutable and thread-safe.
 *
 * @param start the first day not counted
 * @param end the last day not counted
 * @param reason why the days are not counted
 */
public record ExcludedPeriod(LocalDate start, LocalDate end, ExclusionReason reason) {

    /**
     * Validates the period.
     *
     * @param start the first day not counted
     * @param end the last day not counted
     * @param reason why the days are not counted
     * @throws InvalidStayException if the end is before the start or a date is outside 1900–2200
     */
    public ExcludedPeriod {
        Checks.nonNull(start, "excludedPeriod.start");
        Checks.nonNull(end, "excludedPeriod.end");
        Checks.nonNull(reason, "excludedPeriod.reason");
        Dates.check("excluded.start", start);
        Dates.check("excluded.end", end);
        if (end.isBefore(start)) {
            throw new InvalidStayException("excluded.end", "end " + end + " is before start " + start);
        }
    }

    /**
     * Creates an excluded period.
     *
     * @param start the first day not counted
     * @param end the last day not counted
     * @param reason the reason
     * @return the period
     * @throws InvalidStayException if the end is before the start or a date is outside 1900–2200
     */
    public static ExcludedPeriod of(LocalDate start, LocalDate end, ExclusionReason reason) {
        return new ExcludedPeriod(start, end, reason);
    }

    /**
     * Returns the days as a range.
     *
     * @return the closed range start–end
     */
    public LocalDateRange range() {
        return LocalDateRange.ofClosed(start, end);
    }
}
