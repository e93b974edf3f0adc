package io.github.migratiekit.examples.cli;

/**
 * ISO calendar dates {@code YYYY-MM-DD} to epoch days without allocating: the hot path of reading millions of stays.
 * Accepts exactly what {@link java.time.LocalDate#parse} accepts for four-digit years (surrounding white space is
 * ignored); checked against it by a property test. Years start from a table built with {@link
 * java.time.LocalDate#toEpochDay}.
 */
final class IsoDates {
    /** Returned for text that is not a valid date. */
    static final int INVALID = Integer.MIN_VALUE;

    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
    private static final int[] LEAP_DAYS_BEFORE_MONTH = {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366};
    /** The epoch day of January 1 of every year 0000–9999. */
    private static final int[] YEAR_START = new int[10_000];

    static {
        for (int y = 0; y < YEAR_START.length; y++) {
            YEAR_START[y] = (int) java.time.LocalDate.of(y, 1, 1).toEpochDay();
        }
    }

    private IsoDates() {}

    static int epochDay(String text) {
        return epochDay(text.toCharArray(), 0, text.length());
    }

    static int epochDay(char[] text, int from, int length) {
        int a = from;
        int b = from + length;
        while (a < b && Character.isWhitespace(text[a])) {
            a++;
        }
        while (b > a && Character.isWhitespace(text[b - 1])) {
            b--;
        }
        if (b - a != 10 || text[a + 4] != '-' || text[a + 7] != '-') {
            return INVALID;
        }
        int y = digits(text, a, 4);
        int m = digits(text, a + 5, 2);
        int d = digits(text, a + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1) {
            return INVALID;
        }
        boolean leap = (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
        int before = leap ? LEAP_DAYS_BEFORE_MONTH[m - 1] : DAYS_BEFORE_MONTH[m - 1];
        int after = leap ? LEAP_DAYS_BEFORE_MONTH[m] : DAYS_BEFORE_MONTH[m];
        if (d > after - before) {
            return INVALID;
        }
        return YEAR_START[y] + before + d - 1;
    }

    private static int digits(char[] s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
