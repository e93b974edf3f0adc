package io.github.migratiekit.eurules.schengen;

/**
 * Output columns of {@link ShortStayBatch#control}, one entry per traveller. Days are epoch days; {@link
 * ShortStayBatch#NO_DAY} marks an absent day. Allocate once with {@link #allocate(int)} and reuse.
 *
 * <p>Mutable by design (the batch writes into it); not thread-safe while being written.
 */
public final class ControlColumns {
    private final int[] daysUsed;
    private final int[] daysRemaining;
    private final int[] overstayDays;
    private final int[] unlawfulDays;
    private final int[] firstUnlawfulDay;
    private final int[] latestAllowedDay;

    private ControlColumns(int n) {
        daysUsed = new int[n];
        daysRemaining = new int[n];
        overstayDays = new int[n];
        unlawfulDays = new int[n];
        firstUnlawfulDay = new int[n];
        latestAllowedDay = new int[n];
    }

    /**
     * Allocates columns for a number of travellers.
     *
     * @param travellers the number of travellers, at least 0
     * @return the columns
     * @throws InvalidStayException if the number is negative
     */
    public static ControlColumns allocate(int travellers) {
        if (travellers < 0) {
            throw new InvalidStayException("travellers", "must not be negative, was " + travellers);
        }
        return new ControlColumns(travellers);
    }

    /**
     * Returns the number of travellers the columns hold.
     *
     * @return the length of each column
     */
    public int size() {
        return daysUsed.length;
    }

    /**
     * Days used in the window ending on the control day.
     *
     * @return the live column
     */
    public int[] daysUsed() {
        return daysUsed;
    }

    /**
     * {@code max(0, 90 - daysUsed)}.
     *
     * @return the live column
     */
    public int[] daysRemaining() {
        return daysRemaining;
    }

    /**
     * The EC calculator's overstay figure {@code max(0, daysUsed - 90)}.
     *
     * @return the live column
     */
    public int[] overstayDays() {
        return overstayDays;
    }

    /**
     * Unlawful days over the whole history.
     *
     * @return the live column
     */
    public int[] unlawfulDays() {
        return unlawfulDays;
    }

    /**
     * The first unlawful day (epoch day) or {@link ShortStayBatch#NO_DAY}.
     *
     * @return the live column
     */
    public int[] firstUnlawfulDay() {
        return firstUnlawfulDay;
    }

    /**
     * The latest allowed day (epoch day) when staying on from the control day, or {@link ShortStayBatch#NO_DAY}.
     *
     * @return the live column
     */
    public int[] latestAllowedDay() {
        return latestAllowedDay;
    }
}
