package io.github.migratiekit.core.time;

/**
 * What month arithmetic does when the target month is shorter than the day of the start date (31 January plus one
 * month). Every calculus states its rule; nothing picks one silently.
 */
public enum EndOfMonthRule {
    /**
     * The term ends on the last day of the shorter month: 31 January + 1 month = 28 (or 29) February. This is the
     * rule of Dublin III art. 42(b) and Regulation 1182/71 art. 3(2)(c), and of {@link java.time.LocalDate#plus}.
     */
    LAST_DAY_OF_SHORTER_MONTH
}
