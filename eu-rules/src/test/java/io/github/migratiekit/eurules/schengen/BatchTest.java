package io.github.migratiekit.eurules.schengen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.migratiekit.eurules.schengen.testing.HistoryShape;
import io.github.migratiekit.eurules.schengen.testing.SchengenGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch API over primitive columns gives the single-traveller answers for every traveller. */
class BatchTest {
    private static final ShortStayCalculator CALC = ShortStayCalculator.standard();

    @Test
    void batchAgreesWithTheCalculator() {
        qt().withExamples(100)
                .forAll(
                        lists().of(SchengenGenerators.histories(new HistoryShape(
                                        10,
                                        150,
                                        100,
                                        LocalDate.of(2015, 1, 1),
                                        LocalDate.of(2015, 3, 31),
                                        0,
                                        List.of(""))))
                                .ofSizeBetween(0, 12),
                        integers().between(0, 4000),
                        integers().between(1, 90))
                .checkAssert((hs, q, n) -> {
                    List<String> lines = new ArrayList<>();
                    for (int t = 0; t < hs.size(); t++) {
                        for (Stay s : hs.get(t).stays()) {
                            lines.add("T" + t + "," + s.entry() + "," + s.exit());
                        }
                    }
                    StayColumns cols = StayColumns.parseCsv(lines);
                    ShortStayBatch batch = cols.batch();
                    // independent counts: travellers with a stay, and stays after merging same-day re-entries
                    int withStays = 0;
                    int merged = 0;
                    for (TravelHistory h : hs) {
                        List<Stay> sorted = new ArrayList<>(h.stays());
                        sorted.sort(java.util.Comparator.comparing(Stay::entry));
                        withStays += sorted.isEmpty() ? 0 : 1;
                        for (int i = 0; i < sorted.size(); i++) {
                            merged += i > 0
                                            && sorted.get(i)
                                                    .entry()
                                                    .equals(sorted.get(i - 1).exit())
                                    ? 0
                                    : 1;
                        }
                    }
                    assertThat(batch.travellers()).isEqualTo(withStays);
                    assertThat(batch.stays()).isEqualTo(merged);
                    ControlColumns out = ControlColumns.allocate(batch.travellers());
                    assertThat(out.size()).isEqualTo(withStays);
                    // the query day falls among the stays of a traveller (most travellers then have days used)
                    LocalDate d = hs.stream()
                            .filter(h -> !h.stays().isEmpty())
                            .findFirst()
                            .map(h ->
                                    h.stays().get(q % h.stays().size()).entry().plusDays(q % 60))
                            .orElse(LocalDate.of(2014, 1, 1).plusDays(q));
                    batch.control((int) d.toEpochDay(), out);
                    int[] maxStay = new int[batch.travellers()];
                    int[] earliest = new int[batch.travellers()];
                    batch.plan((int) d.toEpochDay(), n, maxStay, earliest);
                    int[] used = new int[batch.travellers()];
                    int[] days = new int[batch.travellers()];
                    java.util.Arrays.fill(days, (int) d.toEpochDay());
                    batch.daysUsed(days, used);
                    for (int t = 0; t < batch.travellers(); t++) {
                        int original =
                                Integer.parseInt(cols.travellerIds().get(t).substring(1));
                        TravelHistory h = hs.get(original);
                        ControlResult c = CALC.control(h, d);
                        assertThat(out.daysUsed()[t]).isEqualTo(c.daysUsed());
                        assertThat(used[t]).isEqualTo(c.daysUsed());
                        assertThat(out.daysRemaining()[t]).isEqualTo(c.daysRemaining());
                        assertThat(out.overstayDays()[t]).isEqualTo(c.overstayDays());
                        assertThat(out.unlawfulDays()[t]).isEqualTo(c.unlawfulDays());
                        assertThat(out.firstUnlawfulDay()[t])
                                .isEqualTo(c.firstUnlawfulDay()
                                        .map(x -> (int) x.toEpochDay())
                                        .orElse(ShortStayBatch.NO_DAY));
                        assertThat(out.latestAllowedDay()[t])
                                .isEqualTo(c.latestAllowedDate()
                                        .map(x -> (int) x.toEpochDay())
                                        .orElse(ShortStayBatch.NO_DAY));
                        PlanningResult p = CALC.plan(h, d, n);
                        assertThat(maxStay[t]).isEqualTo(p.maxStayDays());
                        assertThat(earliest[t])
                                .isEqualTo((int) p.earliestEntry().toEpochDay());
                    }
                });
    }

    @Test
    void aHeaderAfterAByteOrderMarkIsRecognised() {
        // as Excel writes UTF-8 CSV; SEM example 1 (sem.admin.ch): 47 days of stay 15.08.–30.09.2014
        StayColumns cols = StayColumns.parseCsv(List.of("\uFEFFtravellerId,entry,exit", "A,2014-08-15,2014-09-30"));
        assertThat(cols.travellerIds()).containsExactly("A");
        ShortStayBatch batch = cols.batch();
        int[] used = new int[1];
        batch.daysUsed(new int[] {(int) LocalDate.of(2014, 9, 30).toEpochDay()}, used);
        assertThat(used[0]).isEqualTo(47);
    }
}
