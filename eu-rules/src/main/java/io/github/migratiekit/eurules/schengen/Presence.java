package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.legal.Explanation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The counted presence days of a history as sorted, merged, disjoint intervals of epoch days: stays clipped to the
 * days their State applied the acquis, merged, minus the excluded periods.
 */
final class Presence {
    final int[] starts;
    final int[] ends;
    final int size;
    /** Days of presence removed because an excluded period covered them. */
    final long excludedDays;

    private Presence(int[] starts, int[] ends, int size, long excludedDays) {
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.excludedDays = excludedDays;
    }

    static Presence of(TravelHistory history, SchengenMembership membership, Explanation.Builder why) {
        return of(history, membership, why, Dates.MIN);
    }

    /**
     * The counted days of a history, leaving out the stays and excluded periods that end before {@code keepFrom}
     * (they cannot change a window that starts on or after that day). The stays of a history are sorted by entry
     * with non-decreasing exits, so the first stay to keep is found by binary search: the cost does not grow with
     * the length of the history before {@code keepFrom}. The States of the stays left out are not looked up.
     */
    static Presence of(
            TravelHistory history, SchengenMembership membership, Explanation.Builder why, LocalDate keepFrom) {
        List<Stay> stays = history.stays();
        int lo = 0;
        int hi = stays.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (stays.get(mid).exit().isBefore(keepFrom)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        long[] packed = new long[stays.size() - lo];
        int n = 0;
        for (int i = lo; i < stays.size(); i++) {
            Stay st = stays.get(i);
            int a = Dates.epoch(st.entry());
            int b = Dates.epoch(st.exit());
            if (st.state().isPresent()) {
                MembershipPeriod p =
                        membership.require("stays[" + i + "].state", st.state().get());
                if (p.validFrom().isEmpty()) {
                    why.step(
                            "Stay " + st.entry() + " to " + st.exit() + " in " + p.name()
                                    + " not counted: that State does not apply the Schengen acquis.",
                            p.source());
                    continue;
                }
                int from = Dates.epoch(p.validFrom().get());
                int to = p.validTo().map(Dates::epoch).orElse(Integer.MAX_VALUE);
                int ca = Math.max(a, from);
                int cb = Math.min(b, to);
                if (ca != a || cb != b) {
                    why.step(
                            ca > cb
                                    ? "Stay " + st.entry() + " to " + st.exit() + " in " + p.name()
                                            + " not counted: the State applied the Schengen acquis only from "
                                            + p.validFrom().get() + "."
                                    : "Stay in " + p.name() + " counted from " + Dates.day(ca) + " to " + Dates.day(cb)
                                            + " only: the State applied the Schengen acquis from "
                                            + p.validFrom().get() + ".",
                            p.source());
                }
                if (ca > cb) {
                    continue;
                }
                a = ca;
                b = cb;
            }
            packed[n++] = pack(a, b);
        }
        List<ExcludedPeriod> ex = history.excluded();
        long[] exPacked = new long[ex.size()];
        int nx = 0;
        for (ExcludedPeriod e : ex) {
            if (!e.end().isBefore(keepFrom)) {
                exPacked[nx++] = pack(Dates.epoch(e.start()), Dates.epoch(e.end()));
            }
        }
        Presence p = of(packed, n, exPacked, nx);
        if (!ex.isEmpty()) {
            why.step(
                    p.excludedDays + " day(s) of presence covered by a residence permit or long-stay visa not counted.",
                    SchengenSources.SBC_6_1);
        }
        return p;
    }

    /**
     * Clips a stay to the days its State applied the acquis.
     *
     * @return the packed clipped stay, or {@code -1} if no day is left
     */
    static long clip(int entry, int exit, int from, int to) {
        int a = Math.max(entry, from);
        int b = Math.min(exit, to);
        return a > b ? -1L : pack(a, b);
    }

    /**
     * The counted days from packed (entry, exit) stays already clipped to membership, and packed excluded periods:
     * stays merged, excluded days removed. The arrays are sorted in place.
     */
    static Presence of(long[] packed, int n, long[] exPacked, int nx) {
        int[][] merged = mergePacked(packed, n);
        int[] ms = merged[0];
        int[] me = merged[1];
        int m = ms.length;
        if (nx == 0) {
            return new Presence(ms, me, m, 0);
        }
        int[][] exMerged = mergePacked(exPacked, nx);
        int[] xs = exMerged[0];
        int[] xe = exMerged[1];
        int[] os = new int[m + xs.length];
        int[] oe = new int[m + xs.length];
        int k = 0;
        int x = 0;
        long before = 0;
        long after = 0;
        for (int i = 0; i < m; i++) {
            int a = ms[i];
            int b = me[i];
            before += b - a + 1;
            while (x < xs.length && xe[x] < a) {
                x++;
            }
            int y = x;
            while (a <= b) {
                if (y >= xs.length || xs[y] > b) {
                    os[k] = a;
                    oe[k++] = b;
                    after += b - a + 1;
                    break;
                }
                if (xs[y] > a) {
                    os[k] = a;
                    oe[k++] = xs[y] - 1;
                    after += xs[y] - a;
                }
                a = Math.max(a, xe[y] + 1);
                y++;
            }
        }
        return new Presence(Arrays.copyOf(os, k), Arrays.copyOf(oe, k), k, before - after);
    }

    static long pack(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** Sorts packed (start, end) pairs and merges overlapping or adjacent ones into two columns. */
    static int[][] mergePacked(long[] packed, int n) {
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = packed[i - 1] <= packed[i];
        }
        if (!sorted) {
            Arrays.sort(packed, 0, n);
        }
        int[] s = new int[n];
        int[] e = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int a = (int) (packed[i] >> 32);
            int b = (int) packed[i];
            if (k > 0 && a <= e[k - 1] + 1) {
                e[k - 1] = Math.max(e[k - 1], b);
            } else {
                s[k] = a;
                e[k++] = b;
            }
        }
        return new int[][] {Arrays.copyOf(s, k), Arrays.copyOf(e, k)};
    }

    int total() {
        int t = 0;
        for (int i = 0; i < size; i++) {
            t += ends[i] - starts[i] + 1;
        }
        return t;
    }

    List<org.threeten.extra.LocalDateRange> ranges() {
        List<org.threeten.extra.LocalDateRange> r = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            r.add(org.threeten.extra.LocalDateRange.ofClosed(
                    LocalDate.ofEpochDay(starts[i]), LocalDate.ofEpochDay(ends[i])));
        }
        return r;
    }
}
