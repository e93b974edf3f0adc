package io.github.migratiekit.core.time;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.LegalSource;
import java.time.LocalDate;

/**
 * A day that is not a working day under a calendar, with its name and the rule that makes it so.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day
 * @param name the Dutch (or official) name, e.g. {@code "Goede Vrijdag"}
 * @param kind why it is a holiday
 * @param source the rule that makes it a holiday
 */
public record Holiday(LocalDate date, String name, HolidayKind kind, LegalSource source) {

    /**
     * Refuses a {@code null} value.
     *
     * @param date the day
     * @param name the Dutch (or official) name, e.g. {@code "Goede Vrijdag"}
     * @param kind why it is a holiday
     * @param source the rule that makes it a holiday
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public Holiday {
        Checks.nonNull(date, "holiday.date");
        Checks.nonNull(name, "holiday.name");
        Checks.nonNull(kind, "holiday.kind");
        Checks.nonNull(source, "holiday.source");
    }

    @Override
    public String toString() {
        return date + " " + name + " (" + source.citation() + ")";
    }
}
