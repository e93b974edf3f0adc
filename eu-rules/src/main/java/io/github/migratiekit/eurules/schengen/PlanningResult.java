package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The answer to "if this traveller enters on day e, how long may they stay, and when can they come for at least N
 * days?". Immutable and thread-safe.
 *
 * @param entry the planned day of entry
 * @param ruleId the id of the short-stay rule applied on the entry day
 * @param maxStayDays the longest lawful stay starting on {@code entry} (0 if entry itself is not allowed; at most 90)
 * @param lastAllowedDay {@code entry + maxStayDays - 1}, or empty if {@code maxStayDays} is 0
 * @param minDays the minimum stay asked for by {@link #earliestEntry()} (1 to 90)
 * @param earliestEntry the first day on or after {@code entry} from which a stay of at least {@code minDays} days
 *     is lawful
 * @param explanation the steps and their legal sources
 */
public record PlanningResult(
        LocalDate entry,
        String ruleId,
        int maxStayDays,
        Optional<LocalDate> lastAllowedDay,
        int minDays,
        LocalDate earliestEntry,
        Explanation explanation) {

    /**
     * Refuses a {@code null} value.
     *
     * @param entry the planned day of entry
     * @param ruleId the id of the short-stay rule applied on the entry day
     * @param maxStayDays the longest lawful stay starting on {@code entry} (0 if entry itself is not allowed; at most 90)
     * @param lastAllowedDay {@code entry + maxStayDays - 1}, or empty if {@code maxStayDays} is 0
     * @param minDays the minimum stay asked for by {@link #earliestEntry()} (1 to 90)
     * @param earliestEntry the first day on or after {@code entry} from which a stay of at least {@code minDays} days
     *     is lawful
     * @param explanation the steps and their legal sources
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public PlanningResult {
        Checks.nonNull(entry, "planningResult.entry");
        Checks.nonNull(ruleId, "planningResult.ruleId");
        Checks.nonNull(lastAllowedDay, "planningResult.lastAllowedDay");
        Checks.nonNull(earliestEntry, "planningResult.earliestEntry");
        Checks.nonNull(explanation, "planningResult.explanation");
    }
}
