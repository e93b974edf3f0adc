package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One traveller's answer in a batch ({@link ShortStayStream}): the fields of {@link ControlResult} and, when planning
 * was asked, of {@link PlanningResult}, as primitive epoch days with {@link ShortStayBatch#NO_DAY} for "none".
 * Immutable and thread-safe. {@link #toString()} leaves out the traveller id (it may be a V-number).
 *
 * @param travellerId the traveller id as given
 * @param ruleId the rule applied on the control day
 * @param daysUsed days of stay counted in the reference period ending on the control day
 * @param daysRemaining {@code max(0, limit - daysUsed)}
 * @param windowStart the first day of the reference period (epoch day)
 * @param windowEnd the last day of the reference period, the control day (epoch day)
 * @param overstayDays the EC calculator's overstay figure {@code max(0, daysUsed - limit)}
 * @param unlawfulDays days of presence over the whole history on which the limit was exceeded
 * @param firstUnlawfulDay the first such day, or {@code NO_DAY}
 * @param latestAllowedDay the last lawful day when staying on from the control day, or {@code NO_DAY}
 * @param entryRuleId the rule applied on the planned entry day, or empty without planning
 * @param maxStayDays the longest lawful stay from the planned entry, or {@code NO_DAY} without planning
 * @param lastAllowedDay {@code entry + maxStayDays - 1}, or {@code NO_DAY} if 0 or without planning
 * @param earliestEntry the first day from which a stay of at least the minimum is lawful, or {@code NO_DAY}
 *     without planning
 */
public record BatchRow(
        String travellerId,
        String ruleId,
        int daysUsed,
        int daysRemaining,
        int windowStart,
        int windowEnd,
        int overstayDays,
        int unlawfulDays,
        int firstUnlawfulDay,
        int latestAllowedDay,
        String entryRuleId,
        int maxStayDays,
        int lastAllowedDay,
        int earliestEntry) {

    /**
     * Refuses a {@code null} text.
     *
     * @param travellerId the traveller id as given
     * @param ruleId the rule applied on the control day
     * @param daysUsed days of stay counted in the reference period ending on the control day
     * @param daysRemaining {@code max(0, limit - daysUsed)}
     * @param windowStart the first day of the reference period (epoch day)
     * @param windowEnd the last day of the reference period, the control day (epoch day)
     * @param overstayDays the EC calculator's overstay figure {@code max(0, daysUsed - limit)}
     * @param unlawfulDays days of presence over the whole history on which the limit was exceeded
     * @param firstUnlawfulDay the first such day, or {@code NO_DAY}
     * @param latestAllowedDay the last lawful day when staying on from the control day, or {@code NO_DAY}
     * @param entryRuleId the rule applied on the planned entry day, or empty without planning
     * @param maxStayDays the longest lawful stay from the planned entry, or {@code NO_DAY} without planning
     * @param lastAllowedDay {@code entry + maxStayDays - 1}, or {@code NO_DAY} if 0 or without planning
     * @param earliestEntry the first day from which a stay of at least the minimum is lawful, or {@code NO_DAY}
     * @throws io.github.migratiekit.core.InvalidInputException if a text is {@code null}
     */
    public BatchRow {
        Checks.nonNullShallow(travellerId, "batchRow.travellerId");
        Checks.nonNullShallow(ruleId, "batchRow.ruleId");
        Checks.nonNullShallow(entryRuleId, "batchRow.entryRuleId");
    }

    /** The columns of a control row, in order (a public contract: columns are added, never renamed). */
    public static final List<String> CONTROL_COLUMNS = List.of(
            "travellerId",
            "daysUsed",
            "daysRemaining",
            "windowStart",
            "windowEnd",
            "overstayDays",
            "unlawfulDays",
            "firstUnlawfulDay",
            "latestAllowedDate");

    /** The planning columns that follow the control columns when planning is asked. */
    public static final List<String> PLANNING_COLUMNS = List.of("maxStayDays", "lastAllowedDay", "earliestEntry");

    /**
     * Returns the column names of a result row.
     *
     * @param planning whether planning was asked
     * @return the control columns, the planning columns if asked, then {@code ruleId} (and {@code entryRuleId})
     */
    public static List<String> columns(boolean planning) {
        List<String> c = new ArrayList<>(CONTROL_COLUMNS);
        if (planning) {
            c.addAll(PLANNING_COLUMNS);
        }
        c.add("ruleId");
        if (planning) {
            c.add("entryRuleId");
        }
        return List.copyOf(c);
    }

    /**
     * Returns the row as text fields in the order of {@link #columns(boolean)}: dates as ISO dates, an absent day as
     * an empty field.
     *
     * @param planning whether planning was asked
     * @return the fields
     */
    public String[] fields(boolean planning) {
        String[] f = new String[planning ? 14 : 10];
        f[0] = travellerId;
        f[1] = Integer.toString(daysUsed);
        f[2] = Integer.toString(daysRemaining);
        f[3] = iso(windowStart);
        f[4] = iso(windowEnd);
        f[5] = Integer.toString(overstayDays);
        f[6] = Integer.toString(unlawfulDays);
        f[7] = iso(firstUnlawfulDay);
        f[8] = iso(latestAllowedDay);
        if (planning) {
            f[9] = Integer.toString(maxStayDays);
            f[10] = iso(lastAllowedDay);
            f[11] = iso(earliestEntry);
            f[12] = ruleId;
            f[13] = entryRuleId;
        } else {
            f[9] = ruleId;
        }
        return f;
    }

    /**
     * Formats an epoch day as an ISO date ({@code YYYY-MM-DD}, years 1900–2200), or an empty string for {@link
     * ShortStayBatch#NO_DAY}.
     *
     * @param epochDay the day
     * @return the text
     */
    public static String iso(int epochDay) {
        if (epochDay == ShortStayBatch.NO_DAY) {
            return "";
        }
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        char[] c = {
            (char) ('0' + y / 1000),
            (char) ('0' + y / 100 % 10),
            (char) ('0' + y / 10 % 10),
            (char) ('0' + y % 10),
            '-',
            (char) ('0' + m / 10),
            (char) ('0' + m % 10),
            '-',
            (char) ('0' + day / 10),
            (char) ('0' + day % 10)
        };
        return new String(c);
    }

    @Override
    public String toString() {
        return "BatchRow[ruleId=" + ruleId + ", daysUsed=" + daysUsed + ", daysRemaining=" + daysRemaining
                + ", windowStart=" + iso(windowStart) + ", windowEnd=" + iso(windowEnd) + ", overstayDays="
                + overstayDays + ", unlawfulDays=" + unlawfulDays + ", firstUnlawfulDay=" + iso(firstUnlawfulDay)
                + ", latestAllowedDay=" + iso(latestAllowedDay) + ", entryRuleId=" + entryRuleId + ", maxStayDays="
                + maxStayDays + ", lastAllowedDay=" + iso(lastAllowedDay) + ", earliestEntry=" + iso(earliestEntry)
                + "]";
    }
}
