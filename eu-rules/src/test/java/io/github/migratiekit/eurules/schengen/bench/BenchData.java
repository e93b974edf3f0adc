package io.github.migratiekit.eurules.schengen.bench;

import io.github.migratiekit.eurules.schengen.Stay;
import io.github.migratiekit.eurules.schengen.TravelHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Deterministic benchmark histories: n stays spread over a number of years, with overstays here and there. */
final class BenchData {
    static final LocalDate START = LocalDate.of(2014, 1, 1);

    private BenchData() {}

    static TravelHistory history(int stays, int years, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int span = years * 365;
        int slot = span / stays;
        List<Stay> list = new ArrayList<>();
        for (int i = 0; i < stays; i++) {
            int from = i * slot;
            int len = 1 + r.nextInt(Math.max(1, slot * 2 / 3));
            int offset = r.nextInt(Math.max(1, slot - len + 1));
            LocalDate entry = START.plusDays(from + offset);
            list.add(Stay.of(entry, entry.plusDays(len - 1L)));
        }
        return TravelHistory.of(list);
    }

    /** Columns for {@code travellers} travellers of {@code stays} stays each, over two years. */
    static int[][] columns(int travellers, int stays, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] offsets = new int[travellers + 1];
        int[] entries = new int[travellers * stays];
        int[] exits = new int[travellers * stays];
        int base = (int) START.toEpochDay();
        int slot = 730 / stays;
        int k = 0;
        for (int t = 0; t < travellers; t++) {
            for (int i = 0; i < stays; i++) {
                int len = 1 + r.nextInt(slot * 2 / 3);
                int offset = r.nextInt(slot - len + 1);
                entries[k] = base + i * slot + offset;
                exits[k] = entries[k] + len - 1;
                k++;
            }
            offsets[t + 1] = k;
        }
        return new int[][] {offsets, entries, exits};
    }
}
