package io.github.migratiekit.eurules.schengen;

/**
 * The interval algorithms of the 90/180 rule, on primitive columns and without allocation.
 *
 * <p>Presence is given as intervals {@code [s[i], e[i]]} of epoch days for {@code i} in {@code [lo, hi)}, sorted and
 * pairwise disjoint ({@code s[i] > e[i-1]}; adjacent intervals are allowed). A window count costs O(log n + k) for
 * k intervals meeting the window; control, planning, the worst window and the unlawful-day sweep are built on it.
 * The formal model is that of the Schengen Borders Code art. 6(1): {@code used(d) = |P ∩ [d-W+1, d]|}.
 */
final class Kernel {
    /** Marker for "no day". */
    static final int NONE = Integer.MIN_VALUE;

    private Kernel() {}

    /** Smallest {@code i} in {@code [lo, hi)} with {@code e[i] >= day}, or {@code hi}. */
    static int firstEndingOnOrAfter(int[] e, int lo, int hi, int day) {
        int a = lo;
        int b = hi;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (e[m] < day) {
                a = m + 1;
            } else {
                b = m;
            }
        }
        return a;
    }

    /** Number of presence days in {@code [from, to]}. */
    static int count(int[] s, int[] e, int lo, int hi, int from, int to) {
        if (to < from) {
            return 0;
        }
        int c = 0;
        for (int i = firstEndingOnOrAfter(e, lo, hi, from); i < hi && s[i] <= to; i++) {
            c += Math.min(e[i], to) - Math.max(s[i], from) + 1;
        }
        return c;
    }

    /** Whether a day is a presence day. */
    static boolean present(int[] s, int[] e, int lo, int hi, int day) {
        int i = firstEndingOnOrAfter(e, lo, hi, day);
        return i < hi && s[i] <= day;
    }

    /** Days used in the window of {@code w} days ending on {@code day}. */
    static int used(int[] s, int[] e, int lo, int hi, int day, int w) {
        return count(s, e, lo, hi, day - w + 1, day);
    }

    /**
     * The maximum stay from {@code entry}: the largest k such that staying on {@code entry … entry+j} is lawful for
     * every {@code j < k}. With {@code g(j) = count(entry+j-W+1, entry-1) + j + 1} non-decreasing, k is the smallest j
     * with {@code g(j) > M}; 0 if entry itself is not allowed; never more than M.
     */
    static int maxStay(int[] s, int[] e, int lo, int hi, int entry, int w, int m) {
        int a = 0;
        int b = m;
        while (a < b) {
            int j = (a + b) >>> 1;
            int g = count(s, e, lo, hi, entry + j - w + 1, entry - 1) + j + 1;
            if (g > m) {
                b = j;
            } else {
                a = j + 1;
            }
        }
        return a;
    }

    /**
     * The first day {@code x >= from} on which a stay of at least {@code n} days may start: the smallest x with
     * {@code count(x-W+n, x-1) <= M-n}. The count changes by at most one a day, so the search jumps ahead by the
     * excess; it ends at the latest W days after the last presence day.
     */
    static int earliestEntry(int[] s, int[] e, int lo, int hi, int from, int n, int w, int m) {
        int limit = m - n;
        int x = from;
        while (true) {
            int v = count(s, e, lo, hi, x - w + n, x - 1);
            if (v <= limit) {
                return x;
            }
            x += v - limit;
        }
    }

    /**
     * The worst window: the largest {@code used(d)} over all d, and the earliest window end d reaching it. The
     * maximum is first reached at an interval end or at an interval start plus W-1, so only those are tried.
     *
     * @return {@code (count << 32) | (d & 0xffffffffL)}, or {@code -1} when there is no presence
     */
    static long worst(int[] s, int[] e, int lo, int hi, int w) {
        int best = -1;
        int bestDay = NONE;
        for (int i = lo; i < hi; i++) {
            for (int k = 0; k < 2; k++) {
                int d = k == 0 ? s[i] + w - 1 : e[i];
                int c = used(s, e, lo, hi, d, w);
                if (c > best || (c == best && d < bestDay)) {
                    best = c;
                    bestDay = d;
                }
            }
        }
        return best < 0 ? -1L : ((long) best << 32) | (bestDay & 0xffffffffL);
    }

    /**
     * Counts the unlawful presence days in {@code [from, to]}: days p with {@code used(p) > M}. Within an interval,
     * {@code used(p+1) - used(p) = 1 - [p+1-W ∈ P]}, which is constant between the breakpoints {@code s[j]+W} and
     * {@code e[j]+W+1}; each piece is linear, so its unlawful days are counted in O(1) after one window count.
     *
     * @param out {@code out[0]} receives the count, {@code out[1]} the first unlawful day or {@link #NONE}
     */
    static void unlawful(int[] s, int[] e, int lo, int hi, int w, int m, int from, int to, int[] out) {
        int total = 0;
        int first = NONE;
        int k = 2 * lo; // breakpoint cursor: even k -> s[k/2]+W, odd k -> e[k/2]+W+1
        int kEnd = 2 * hi;
        int j = lo; // first interval ending on or after s[i]-W+1
        int sum = 0; // days of intervals j..i
        for (int i = lo; i < hi; i++) {
            sum += e[i] - s[i] + 1;
            int left = s[i] - w + 1;
            while (e[j] < left) {
                sum -= e[j] - s[j] + 1;
                j++;
            }
            int a0 = Math.max(s[i], from);
            int b0 = Math.min(e[i], to);
            if (a0 > b0) {
                continue;
            }
            // every window ending in [a0, b0] lies within [s[i]-W+1, e[i]]: if that holds at most M days, skip
            int bound = sum - Math.max(0, left - s[j]);
            if (bound <= m) {
                continue;
            }
            while (k < kEnd && breakpoint(s, e, k, w) <= a0) {
                k++;
            }
            int a = a0;
            while (a <= b0) {
                int next = k < kEnd ? breakpoint(s, e, k, w) : Integer.MAX_VALUE;
                int b = next <= b0 ? next - 1 : b0;
                if (b < a) {
                    k++;
                    continue;
                }
                int fa = used(s, e, lo, hi, a, w);
                boolean dropping = a < b && present(s, e, lo, hi, a + 1 - w);
                int firstBad;
                if (dropping) {
                    firstBad = fa > m ? a : Integer.MAX_VALUE;
                } else {
                    firstBad = a + Math.max(0, m + 1 - fa);
                }
                if (firstBad <= b) {
                    total += b - firstBad + 1;
                    if (first == NONE) {
                        first = firstBad;
                    }
                }
                a = b + 1;
                if (next <= b0 && a == next) {
                    k++;
                }
            }
        }
        out[0] = total;
        out[1] = first;
    }

    private static int breakpoint(int[] s, int[] e, int k, int w) {
        int j = k >> 1;
        return (k & 1) == 0 ? s[j] + w : e[j] + w + 1;
    }
}
