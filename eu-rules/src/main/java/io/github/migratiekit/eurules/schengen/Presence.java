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

    private Presence(int[] starts, int[] ends, int size) {
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    static Presence of(TravelHistory history, SchengenMembership membership, Explanation.Builder why) {
        List<Stay> stays = history.stays();
        int[][] raw = new int[stays.size()][];
        int n = 0;
        for (int i = 0; i < stays.size(); i++) {
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
            raw[n++] = new int[] {a, b};
        }
        int[][] merged = merge(Arrays.copyOf(raw, n));
        List<ExcludedPeriod> ex = history.excluded();
        int[][] exRaw = new int[ex.size()][];
        for (int i = 0; i < ex.size(); i++) {
            exRaw[i] = new int[] {
                Dates.epoch(ex.get(i).start()), Dates.epoch(ex.get(i).end())
            };
        }
        int[][] excluded = merge(exRaw);
        List<int[]> out = new ArrayList<>();
        int x = 0;
        for (int[] iv : merged) {
            int a = iv[0];
            int b = iv[1];
            while (x < excluded.length && excluded[x][1] < a) {
                x++;
            }
            int y = x;
            while (a <= b) {
                if (y >= excluded.length || excluded[y][0] > b) {
                    out.add(new int[] {a, b});
                    break;
                }
                if (excluded[y][0] > a) {
                    out.add(new int[] {a, excluded[y][0] - 1});
                }
                a = Math.max(a, excluded[y][1] + 1);
                y++;
            }
        }
        int[] s = new int[out.size()];
        int[] e = new int[out.size()];
        long removed = 0;
        long before = 0;
        for (int[] iv : merged) {
            before += iv[1] - iv[0] + 1;
        }
        for (int i = 0; i < out.size(); i++) {
            s[i] = out.get(i)[0];
            e[i] = out.get(i)[1];
            removed -= e[i] - s[i] + 1;
        }
        removed += before;
        if (!ex.isEmpty()) {
            why.step(
                    removed + " day(s) of presence covered by a residence permit or long-stay visa not counted.",
                    SchengenSources.SBC_6_1);
        }
        return new Presence(s, e, s.length);
    }

    /** Sorts and merges overlapping or adjacent closed intervals. */
    static int[][] merge(int[][] ivs) {
        int[][] sorted = ivs.clone();
        Arrays.sort(sorted, (p, q) -> Integer.compare(p[0], q[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] iv : sorted) {
            if (!out.isEmpty() && iv[0] <= out.get(out.size() - 1)[1] + 1) {
                int[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], iv[1]);
            } else {
                out.add(new int[] {iv[0], iv[1]});
            }
        }
        return out.toArray(new int[0][]);
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
