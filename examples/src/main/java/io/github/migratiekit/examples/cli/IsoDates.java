package io.github.migratiekit.examples.cli;

/**
 * ISO calendar dates {@code YYYY-MM-DD} to epoch days without allocating: the hot path of reading millions of stays.
 * Accepts exactly what {@link java.time.LocalDate#parse} accepts for four-digit years (surrounding white space is
 * ignored); checked against it by a property test.
 */
final class IsoDates {
    /** Returned for text that is not a valid date. */
    static final int INVALID = Integer.MIN_VALUE;

    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    private IsoDates() {}

    static int epochDay(String text) {
        int a = 0;
        int b = text.length();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b - a != 10 || text.charAt(a + 4) != '-' || text.charAt(a + 7) != '-') {
            return INVALID;
        }
        int y = digits(text, a, 4);
        int m = digits(text, a + 5, 2);
        int d = digits(text, a + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1) {
            return INVALID;
        }
        boolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        int monthLength = m == 2 ? (leap ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
        if (d > monthLength) {
            return INVALID;
        }
        // days since 0000-03-01 style computation, as java.time.LocalDate.toEpochDay
        long total = 365L * y;
        if (y >= 0) {
            total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        }
        total += DAYS_BEFORE_MONTH[m - 1] + d - 1;
        if (m > 2 && leap) {
            total++;
        }
        return (int) (total - 719528L);
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
