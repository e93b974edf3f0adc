package io.github.migratiekit.eurules.schengen;

import java.time.LocalDate;

/** Validation of the dates the short-stay calculator accepts. */
final class Dates {
    /** The earliest date accepted. */
    static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    /** The latest date accepted. */
    static final LocalDate MAX = LocalDate.of(2200, 12, 31);

    private Dates() {}

    static LocalDate check(String field, LocalDate date) {
        if (date.isBefore(MIN) || date.isAfter(MAX)) {
            throw new InvalidStayException(field, date + " is outside the supported range " + MIN + " to " + MAX);
        }
        return date;
    }

    static int epoch(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    static LocalDate day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
