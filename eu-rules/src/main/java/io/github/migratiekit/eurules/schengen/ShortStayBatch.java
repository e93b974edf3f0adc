package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;

/**
 * The 90/180 rule for millions of travellers at once, over primitive columns and without allocating per stay.
 *
 * <p>Input: {@code travellerOffsets} of length T+1 (traveller t owns the stays {@code offsets[t] … offsets[t+1]-1},
 * {@code offsets[0] = 0}, {@code offsets[T]} = number of stays), and per stay the entry and exit as epoch days
 * ({@link LocalDate#toEpochDay()}), both days counted. Per traveller the stays must be sorted and disjoint (an entry
 * after the previous exit; adjacent stays are fine). The columns are the counted days: clipping to Schengen
 * membership and removing excluded periods is the caller's job. One rolling rule applies to every day (by default 90
 * days in any 180-day period, SBC 2016/399 art. 6(1)). For the whole rule (States, excluded periods, the rule in force
 * by date and nationality), streamed with memory bounded by one history, use {@link ShortStayStream}.
 *
 * <p>The arrays are not copied: they must not change while the batch is in use. Queries are thread-safe and can
 * run in parallel on disjoint traveller ranges ({@link #control(int, int, int, ControlColumns)}).
 */
public final class ShortStayBatch {
    /** Marks "no day" in output columns. */
    public static final int NO_DAY = Integer.MIN_VALUE;

    private static final int MIN_DAY = Dates.epoch(Dates.MIN);
    private static final int MAX_DAY = Dates.epoch(Dates.MAX);

    private final int[] offsets;
    private final int[] entries;
    private final int[] exits;
    private final int windowDays;
    private final int maxDays;

    private ShortStayBatch(int[] offsets, int[] entries, int[] exits, int windowDays, int maxDays) {
        this.offsets = offsets;
        this.entries = entries;
        this.exits = exits;
        this.windowDays = windowDays;
        this.maxDays = maxDays;
    }

    /**
     * Wraps and validates columns for the 90/180 rule.
     *
     * @param travellerOffsets T+1 offsets into the stay columns
     * @param entryEpochDays entry day of each stay
     * @param exitEpochDays exit day of each stay
     * @return the batch
     * @throws InvalidStayException naming the index of the first bad value: offsets not starting at 0, decreasing or
     *     not ending at the number of stays; columns of different lengths; a day outside 1900–2200; an exit before
     *     its entry; a stay not after the previous stay of the same traveller
     */
    public static ShortStayBatch of(int[] travellerOffsets, int[] entryEpochDays, int[] exitEpochDays) {
        Checks.nonNull(travellerOffsets, "travellerOffsets");
        Checks.nonNull(entryEpochDays, "entryEpochDays");
        Checks.nonNull(exitEpochDays, "exitEpochDays");
        return of(travellerOffsets, entryEpochDays, exitEpochDays, 180, 90);
    }

    /**
     * Wraps and validates columns for a rolling rule with other limits.
     *
     * @param travellerOffsets T+1 offsets into the stay columns
     * @param entryEpochDays entry day of each stay
     * @param exitEpochDays exit day of each stay
     * @param windowDays the window length (180)
     * @param maxDays the limit (90), less than {@code windowDays}
     * @return the batch
     * @throws InvalidStayException as {@link #of(int[], int[], int[])}, or if the limits are inconsistent
     */
    public static ShortStayBatch of(
            int[] travellerOffsets, int[] entryEpochDays, int[] exitEpochDays, int windowDays, int maxDays) {
        Checks.nonNull(travellerOffsets, "travellerOffsets");
        Checks.nonNull(entryEpochDays, "entryEpochDays");
        Checks.nonNull(exitEpochDays, "exitEpochDays");
        if (maxDays < 1 || windowDays <= maxDays) {
            throw new InvalidStayException(
                    "windowDays", "need 1 <= maxDays < windowDays, got " + maxDays + " and " + windowDays);
        }
        if (entryEpochDays.length != exitEpochDays.length) {
            throw new InvalidStayException(
                    "exitEpochDays",
                    "length " + exitEpochDays.length + " differs from entryEpochDays length " + entryEpochDays.length);
        }
        if (travellerOffsets.length == 0 || travellerOffsets[0] != 0) {
            throw new InvalidStayException("travellerOffsets[0]", "must exist and be 0");
        }
        int last = travellerOffsets.length - 1;
        if (travellerOffsets[last] != entryEpochDays.length) {
            throw new InvalidStayException(
                    "travellerOffsets[" + last + "]",
                    "must equal the number of stays " + entryEpochDays.length + ", was " + travellerOffsets[last]);
        }
        for (int t = 0; t < last; t++) {
            int a = travellerOffsets[t];
            int b = travellerOffsets[t + 1];
            if (b < a) {
                throw new InvalidStayException(
                        "travellerOffsets[" + (t + 1) + "]", "offset " + b + " is below the previous offset " + a);
            }
            for (int i = a; i < b; i++) {
                int en = entryEpochDays[i];
                int ex = exitEpochDays[i];
                if (en < MIN_DAY || en > MAX_DAY) {
                    throw new InvalidStayException("entryEpochDays[" + i + "]", en + " is outside 1900–2200");
                }
                if (ex < MIN_DAY || ex > MAX_DAY) {
                    throw new InvalidStayException("exitEpochDays[" + i + "]", ex + " is outside 1900–2200");
                }
                if (ex < en) {
                    throw new InvalidStayException(
                            "exitEpochDays[" + i + "]",
                            "exit " + LocalDate.ofEpochDay(ex) + " is before entry " + LocalDate.ofEpochDay(en));
                }
                if (i > a && en <= exitEpochDays[i - 1]) {
                    throw new InvalidStayException(
                            "entryEpochDays[" + i + "]",
                            "entry " + LocalDate.ofEpochDay(en) + " is not after the previous exit "
                                    + LocalDate.ofEpochDay(exitEpochDays[i - 1])
                                    + " of the same traveller (sort, merge or reject overlapping stays first)");
                }
            }
        }
        return new ShortStayBatch(travellerOffsets, entryEpochDays, exitEpochDays, windowDays, maxDays);
    }

    /**
     * Returns the number of travellers.
     *
     * @return T
     */
    public int travellers() {
        return offsets.length - 1;
    }

    /**
     * Returns the number of stays.
     *
     * @return the length of the stay columns
     */
    public int stays() {
        return entries.length;
    }

    /**
     * Controls every traveller on one day.
     *
     * @param controlEpochDay the control day
     * @param out the output columns, of size {@link #travellers()}
     * @throws InvalidStayException if the day is outside 1900–2200 or the columns have the wrong size
     */
    public void control(int controlEpochDay, ControlColumns out) {
        checkOut(out.size());
        control(controlEpochDay, 0, travellers(), out);
    }

    /**
     * Controls the travellers {@code from … to-1} on one day (for splitting the work over threads).
     *
     * @param controlEpochDay the control day
     * @param from the first traveller
     * @param to one past the last traveller
     * @param out the output columns, of size {@link #travellers()}
     * @throws InvalidStayException if the day is outside 1900–2200 or the range is bad
     */
    public void control(int controlEpochDay, int from, int to, ControlColumns out) {
        checkDay("controlEpochDay", controlEpochDay);
        checkOut(out.size());
        if (from < 0 || to > travellers() || from > to) {
            throw new InvalidStayException("from", "range " + from + ".." + to + " is outside 0.." + travellers());
        }
        int[] bad = new int[2];
        int[] used = out.daysUsed();
        int[] remaining = out.daysRemaining();
        int[] over = out.overstayDays();
        int[] unlawful = out.unlawfulDays();
        int[] first = out.firstUnlawfulDay();
        int[] latest = out.latestAllowedDay();
        for (int t = from; t < to; t++) {
            int lo = offsets[t];
            int hi = offsets[t + 1];
            int u = Kernel.used(entries, exits, lo, hi, controlEpochDay, windowDays);
            used[t] = u;
            remaining[t] = Math.max(0, maxDays - u);
            over[t] = Math.max(0, u - maxDays);
            Kernel.unlawful(
                    entries, exits, lo, hi, windowDays, maxDays, Integer.MIN_VALUE / 2, Integer.MAX_VALUE / 2, bad);
            unlawful[t] = bad[0];
            first[t] = bad[1];
            int k = Kernel.maxStay(entries, exits, lo, hi, controlEpochDay, windowDays, maxDays);
            latest[t] = k == 0 ? NO_DAY : controlEpochDay + k - 1;
        }
    }

    /**
     * Controls each traveller on its own day: only the days used (the cheapest query, as at a border crossing).
     *
     * @param controlEpochDays one control day per traveller
     * @param daysUsed receives the days used per traveller
     * @throws InvalidStayException if an array has the wrong length or a day is outside 1900–2200
     */
    public void daysUsed(int[] controlEpochDays, int[] daysUsed) {
        checkLength("controlEpochDays", controlEpochDays.length);
        checkLength("daysUsed", daysUsed.length);
        for (int t = 0; t < controlEpochDays.length; t++) {
            int d = controlEpochDays[t];
            if (d < MIN_DAY || d > MAX_DAY) {
                throw new InvalidStayException("controlEpochDays[" + t + "]", d + " is outside 1900–2200");
            }
            daysUsed[t] = Kernel.used(entries, exits, offsets[t], offsets[t + 1], d, windowDays);
        }
    }

    /**
     * Plans an entry on the same day for every traveller.
     *
     * @param entryEpochDay the planned day of entry
     * @param minDays the minimum stay for the earliest entry, 1 to the limit
     * @param maxStayDays receives the maximum stay from the entry day (0 if entry is not allowed)
     * @param earliestEntry receives the first day on or after the entry from which {@code minDays} are possible
     * @throws InvalidStayException if the day or {@code minDays} is out of range or an array has the wrong length
     */
    public void plan(int entryEpochDay, int minDays, int[] maxStayDays, int[] earliestEntry) {
        checkDay("entryEpochDay", entryEpochDay);
        if (minDays < 1 || minDays > maxDays) {
            throw new InvalidStayException("minDays", "must be between 1 and " + maxDays + ", was " + minDays);
        }
        checkLength("maxStayDays", maxStayDays.length);
        checkLength("earliestEntry", earliestEntry.length);
        for (int t = 0; t < travellers(); t++) {
            int lo = offsets[t];
            int hi = offsets[t + 1];
            maxStayDays[t] = Kernel.maxStay(entries, exits, lo, hi, entryEpochDay, windowDays, maxDays);
            earliestEntry[t] =
                    Kernel.earliestEntry(entries, exits, lo, hi, entryEpochDay, minDays, windowDays, maxDays);
        }
    }

    private void checkDay(String field, int day) {
        if (day < MIN_DAY || day > MAX_DAY) {
            throw new InvalidStayException(field, day + " is outside 1900–2200");
        }
    }

    private void checkOut(int size) {
        checkLength("out", size);
    }

    private void checkLength(String field, int length) {
        if (length != travellers()) {
            throw new InvalidStayException(
                    field, "length " + length + " differs from the number of travellers " + travellers());
        }
    }
}
