package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The answer to "what is this traveller's position on day d?". Immutable and thread-safe.
 *
 * @param date the day of the control
 * @param ruleId the id of the short-stay rule applied on that day (see {@link ShortStayRules})
 * @param daysUsed days of stay counted in {@code [windowStart, windowEnd]} (for the 90/180 rule the 180 days ending
 *     on {@code date})
 * @param daysRemaining {@code max(0, 90 - daysUsed)}
 * @param windowStart the first day of the reference period ({@code date - 179} under the 90/180 rule)
 * @param windowEnd the last day of the reference period ({@code date})
 * @param overstayDays the European Commission calculator's overstay figure {@code max(0, daysUsed - 90)}: not the
 *     number of unlawful days
 * @param unlawfulDays the number of days of presence, over the whole history, on which the limit was exceeded
 * @param firstUnlawfulDay the first such day, if any
 * @param latestAllowedDate the last day up to which the traveller may stay on continuously from {@code date}, or
 *     empty if the stay on {@code date} itself exceeds the limit
 * @param explanation the steps and their legal sources
 */
public record ControlResult(
        LocalDate date,
        String ruleId,
        int daysUsed,
        int daysRemaining,
        LocalDate windowStart,
        LocalDate windowEnd,
        int overstayDays,
        int unlawfulDays,
        Optional<LocalDate> firstUnlawfulDay,
        Optional<LocalDate> latestAllowedDate,
        Explanation explanation) {

    /**
     * Refuses a {@code null} value.
     *
     * @param date the day of the control
     * @param ruleId the id of the short-stay rule applied on that day (see {@link ShortStayRules})
     * @param daysUsed days of stay counted in {@code [windowStart, windowEnd]} (for the 90/180 rule the 180 days ending
     *     on {@code date})
     * @param daysRemaining {@code max(0, 90 - daysUsed)}
     * @param windowStart the first day of the reference period ({@code date - 179} under the 90/180 rule)
     * @param windowEnd the last day of the reference period ({@code date})
     * @param overstayDays the European Commission calculator's overstay figure {@code max(0, daysUsed - 90)}: not the
     *     number of unlawful days
     * @param unlawfulDays the number of days of presence, over the whole history, on which the limit was exceeded
     * @param firstUnlawfulDay the first such day, if any
     * @param latestAllowedDate the last day up to which the traveller may stay on continuously from {@code date}, or
     *     empty if the stay on {@code date} itself exceeds the limit
     * @param explanation the steps and their legal sources
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public ControlResult {
        Checks.nonNull(date, "controlResult.date");
        Checks.nonNull(ruleId, "controlResult.ruleId");
        Checks.nonNull(windowStart, "controlResult.windowStart");
        Checks.nonNull(windowEnd, "controlResult.windowEnd");
        Checks.nonNull(firstUnlawfulDay, "controlResult.firstUnlawfulDay");
        Checks.nonNull(latestAllowedDate, "controlResult.latestAllowedDate");
        Checks.nonNull(explanation, "controlResult.explanation");
    }
}
