package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a batch asks of every traveller: the position on a control day and, optionally, a planned entry. Immutable and
 * thread-safe.
 *
 * @param on the control day
 * @param entry a planned day of entry for every traveller, if planning is asked
 * @param minDays the minimum stay for the earliest entry, 1 to 90 (only used with an entry)
 */
public record BatchQuery(LocalDate on, Optional<LocalDate> entry, int minDays) {
    /**
     * Validates the query.
     *
     * @param on the control day
     * @param entry a planned day of entry for every traveller, if planning is asked
     * @param minDays the minimum stay for the earliest entry, 1 to 90
     * @throws InvalidStayException if a day is outside 1900–2200 or {@code minDays} is outside 1–90
     */
    public BatchQuery {
        Checks.nonNull(on, "on");
        Checks.nonNull(entry, "entry");
        Dates.check("on", on);
        entry.ifPresent(e -> Dates.check("entry", e));
        if (minDays < 1 || minDays > 90) {
            throw new InvalidStayException("minDays", "must be between 1 and 90, was " + minDays);
        }
    }

    /**
     * A control query without planning.
     *
     * @param on the control day
     * @return the query
     * @throws InvalidStayException if the day is outside 1900–2200
     */
    public static BatchQuery control(LocalDate on) {
        return new BatchQuery(on, Optional.empty(), 1);
    }

    /**
     * A control query with planning.
     *
     * @param on the control day
     * @param entry the planned day of entry
     * @param minDays the minimum stay for the earliest entry, 1 to 90
     * @return the query
     * @throws InvalidStayException if a day is outside 1900–2200 or {@code minDays} is outside 1–90
     */
    public static BatchQuery plan(LocalDate on, LocalDate entry, int minDays) {
        Checks.nonNull(entry, "entry");
        return new BatchQuery(on, Optional.of(entry), minDays);
    }

    /**
     * Tells whether planning is asked.
     *
     * @return true with an entry day
     */
    public boolean planning() {
        return entry.isPresent();
    }
}
