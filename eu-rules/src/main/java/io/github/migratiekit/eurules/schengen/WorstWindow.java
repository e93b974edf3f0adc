package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;

/**
 * The reference period with the most days of stay over a whole history (the earliest if several tie). Immutable
 * and thread-safe.
 *
 * @param windowStart the first day of the window
 * @param windowEnd the last day of the window
 * @param days the days of stay in it
 * @param maxDays the limit of the rule (90)
 */
public record WorstWindow(LocalDate windowStart, LocalDate windowEnd, int days, int maxDays) {

    /**
     * Refuses a {@code null} value.
     *
     * @param windowStart the first day of the window
     * @param windowEnd the last day of the window
     * @param days the days of stay in it
     * @param maxDays the limit of the rule (90)
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public WorstWindow {
        Checks.nonNull(windowStart, "worstWindow.windowStart");
        Checks.nonNull(windowEnd, "worstWindow.windowEnd");
    }
    /**
     * Tells whether the window breaks the limit.
     *
     * @return true if {@code days > maxDays}
     */
    public boolean exceeded() {
        return days > maxDays;
    }
}
