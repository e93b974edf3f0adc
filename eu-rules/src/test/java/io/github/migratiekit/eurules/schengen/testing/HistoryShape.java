package io.github.migratiekit.eurules.schengen.testing;

import java.time.LocalDate;
import java.util.List;

/**
 * Knobs for generated travel histories.
 *
 * @param maxStays the maximum number of stays
 * @param maxStayDays the longest stay (longer than 90 to produce overstays, longer than 180 to cross whole windows)
 * @param maxGapDays the longest absence between stays; a gap of 0 makes touching stays, -1 a shared exit/entry day
 * @param firstEntryFrom the earliest first entry
 * @param firstEntryTo the latest first entry
 * @param maxExcluded the maximum number of excluded periods (residence permit, long-stay visa)
 * @param states the State codes a stay may carry; an empty string means "no State" (the Schengen area)
 */
public record HistoryShape(
        int maxStays,
        int maxStayDays,
        int maxGapDays,
        LocalDate firstEntryFrom,
        LocalDate firstEntryTo,
        int maxExcluded,
        List<String> states) {

    /**
     * Stays of up to 120 days with gaps up to 200 days, first entry 2014-07-01 to 2030, no exclusions, no States.
     *
     * @return the shape
     */
    public static HistoryShape typical() {
        return new HistoryShape(8, 120, 200, LocalDate.of(2014, 7, 1), LocalDate.of(2030, 12, 31), 0, List.of(""));
    }

    /**
     * Returns a copy with excluded periods.
     *
     * @param n the maximum number of excluded periods
     * @return the copy
     */
    public HistoryShape withExcluded(int n) {
        return new HistoryShape(maxStays, maxStayDays, maxGapDays, firstEntryFrom, firstEntryTo, n, states);
    }

    /**
     * Returns a copy whose stays may name States (around the Croatian, Bulgarian and Romanian accession dates).
     *
     * @param codes the codes; "" for no State
     * @return the copy
     */
    public HistoryShape withStates(List<String> codes) {
        return new HistoryShape(
                maxStays,
                maxStayDays,
                maxGapDays,
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2024, 12, 31),
                maxExcluded,
                List.copyOf(codes));
    }

    /**
     * Returns a copy with other stay and gap lengths.
     *
     * @param stays the maximum number of stays
     * @param stayDays the longest stay
     * @param gapDays the longest gap
     * @return the copy
     */
    public HistoryShape withSizes(int stays, int stayDays, int gapDays) {
        return new HistoryShape(stays, stayDays, gapDays, firstEntryFrom, firstEntryTo, maxExcluded, states);
    }
}
