package io.github.migratiekit.eurules.schengen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.migratiekit.eurules.schengen.testing.HistoryShape;
import io.github.migratiekit.eurules.schengen.testing.SchengenGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming batch gives, for every traveller, the answer of the single-traveller calculator: same membership
 * clipping, excluded periods, rule by date and nationality (SBC 2016/399 art. 6(1); CISA art. 20(1) before
 * 2013-10-18), on histories that cross 2013-10-18 and the 2023/2024 accessions.
 */
class ShortStayStreamTest {
    private static final ShortStayCalculator CALC = ShortStayCalculator.standard();
    /** First entries 2011–2014 (across the change of rule on 2013-10-18), States with and without the acquis. */
    private static final HistoryShape ACROSS_2013 = new HistoryShape(
            10,
            150,
            120,
            LocalDate.of(2011, 1, 1),
            LocalDate.of(2014, 6, 30),
            3,
            List.of("", "", "NL", "HR", "CY", "BG"));
    /** Around the Croatian, Bulgarian and Romanian accessions. */
    private static final HistoryShape ACCESSIONS = HistoryShape.typical()
            .withStates(List.of("", "HR", "BG", "RO", "IE"))
            .withExcluded(2);

    @Test
    void streamAgreesWithTheCalculator() {
        qt().forAll(
                        lists().of(SchengenGenerators.histories(ACROSS_2013)
                                        .mix(SchengenGenerators.histories(ACCESSIONS)))
                                .ofSizeBetween(1, 8),
                        integers().between(0, 5000),
                        integers().between(0, 200 * 90 - 1),
                        longs().all())
                .checkAssert((hs, q, plan, seed) -> {
                    int k = plan / 90;
                    int minDays = 1 + plan % 90;
                    Random random = new Random(seed);
                    List<TravelHistory> histories = new ArrayList<>();
                    for (TravelHistory h : hs) {
                        int pick = random.nextInt(4);
                        histories.add(pick == 0 ? h.withNationality("BRA") : pick == 1 ? h.withNationality("NLD") : h);
                    }
                    LocalDate on = LocalDate.of(2011, 6, 1).plusDays(q);
                    LocalDate entry = on.plusDays(k);
                    List<BatchRow> rows = new ArrayList<>();
                    ShortStayStream stream = ShortStayStream.of(
                            CALC, BatchQuery.plan(on, entry, minDays), ShortStayStream.Order.SORTED, rows::add);
                    long line = 0;
                    for (int t = 0; t < histories.size(); t++) {
                        String id = String.format("T%03d", t);
                        TravelHistory h = histories.get(t);
                        List<Object> items = new ArrayList<>(h.stays());
                        items.addAll(h.excluded());
                        Collections.shuffle(items, random);
                        if (h.nationality().isPresent()) {
                            stream.nationality(++line, id, h.nationality().get());
                        }
                        if (items.isEmpty()) {
                            stream.excluded(++line, id, 20000, 20000); // a traveller needs one row
                            histories.set(
                                    t,
                                    new TravelHistory(
                                            List.of(),
                                            List.of(ExcludedPeriod.of(
                                                    LocalDate.ofEpochDay(20000),
                                                    LocalDate.ofEpochDay(20000),
                                                    ExclusionReason.RESIDENCE_PERMIT)),
                                            h.nationality()));
                        }
                        for (Object o : items) {
                            if (o instanceof Stay s) {
                                stream.stay(
                                        ++line,
                                        id,
                                        (int) s.entry().toEpochDay(),
                                        (int) s.exit().toEpochDay(),
                                        s.state().orElse(null));
                            } else {
                                ExcludedPeriod e = (ExcludedPeriod) o;
                                stream.excluded(++line, id, (int) e.start().toEpochDay(), (int)
                                        e.end().toEpochDay());
                            }
                        }
                    }
                    stream.finish();
                    assertThat(rows).hasSize(histories.size());
                    assertThat(stream.travellers()).isEqualTo(histories.size());
                    for (int t = 0; t < histories.size(); t++) {
                        TravelHistory h = histories.get(t);
                        BatchRow r = rows.get(t);
                        ControlResult c = CALC.control(h, on);
                        PlanningResult p = CALC.plan(h, entry, minDays);
                        assertThat(r.travellerId()).isEqualTo(String.format("T%03d", t));
                        assertThat(r.ruleId()).isEqualTo(c.ruleId());
                        assertThat(r.daysUsed()).isEqualTo(c.daysUsed());
                        assertThat(r.daysRemaining()).isEqualTo(c.daysRemaining());
                        assertThat(r.windowStart()).isEqualTo(epoch(c.windowStart()));
                        assertThat(r.windowEnd()).isEqualTo(epoch(c.windowEnd()));
                        assertThat(r.overstayDays()).isEqualTo(c.overstayDays());
                        assertThat(r.unlawfulDays()).isEqualTo(c.unlawfulDays());
                        assertThat(r.firstUnlawfulDay())
                                .isEqualTo(c.firstUnlawfulDay()
                                        .map(ShortStayStreamTest::epoch)
                                        .orElse(ShortStayBatch.NO_DAY));
                        assertThat(r.latestAllowedDay())
                                .isEqualTo(c.latestAllowedDate()
                                        .map(ShortStayStreamTest::epoch)
                                        .orElse(ShortStayBatch.NO_DAY));
                        assertThat(r.entryRuleId()).isEqualTo(p.ruleId());
                        assertThat(r.maxStayDays()).isEqualTo(p.maxStayDays());
                        assertThat(r.lastAllowedDay())
                                .isEqualTo(p.lastAllowedDay()
                                        .map(ShortStayStreamTest::epoch)
                                        .orElse(ShortStayBatch.NO_DAY));
                        assertThat(r.earliestEntry()).isEqualTo(epoch(p.earliestEntry()));
                    }
                });
    }

    @Test
    void theGeneratedBatchesAreNotTrivial() {
        // guards the property above against vacuity: across its shapes, both rules, clipped States and overstays occur
        List<TravelHistory> sample = new ArrayList<>();
        qt().withExamples(300).forAll(SchengenGenerators.histories(ACROSS_2013)).checkAssert(sample::add);
        LocalDate on = LocalDate.of(2013, 10, 1);
        long used =
                sample.stream().filter(h -> CALC.control(h, on).daysUsed() > 0).count();
        long unlawful = sample.stream()
                .filter(h -> CALC.control(h, on).unlawfulDays() > 0)
                .count();
        assertThat(used).isGreaterThan(30);
        assertThat(unlawful).isGreaterThan(10);
    }

    @Test
    void aControlOnlyRowHasNoPlanningFields() {
        // SEM example 2 (sem.admin.ch): 77 days used on 2014-11-30, a possible stay until 2014-12-13
        List<BatchRow> rows = new ArrayList<>();
        ShortStayStream s = ShortStayStream.of(
                CALC, BatchQuery.control(LocalDate.of(2014, 11, 30)), ShortStayStream.Order.SORTED, rows::add);
        s.stay(1, "A", day("2014-11-01"), day("2014-11-30"), null);
        s.stay(2, "A", day("2014-08-15"), day("2014-09-30"), "NL");
        s.finish();
        assertThat(rows).hasSize(1);
        BatchRow r = rows.get(0);
        assertThat(r.daysUsed()).isEqualTo(77);
        assertThat(r.latestAllowedDay()).isEqualTo(day("2014-12-13"));
        assertThat(r.maxStayDays()).isEqualTo(ShortStayBatch.NO_DAY);
        assertThat(r.entryRuleId()).isEmpty();
        assertThat(r.fields(false))
                .containsExactly(
                        "A", "77", "13", "2014-06-04", "2014-11-30", "0", "0", "", "2014-12-13", "rolling-90-180");
        assertThat(BatchRow.columns(false)).hasSize(10).endsWith("ruleId");
        assertThat(BatchRow.columns(true)).hasSize(14).endsWith("ruleId", "entryRuleId");
        assertThat(r.toString())
                .doesNotContain("travellerId")
                .doesNotContain("A,")
                .contains("daysUsed=77");
        assertThat(s.rows()).isEqualTo(2);
    }

    @Test
    void idsInTextOrNumericOrderAreAccepted() {
        assertThat(run(ShortStayStream.Order.SORTED, "10", "9", "A")).isEqualTo(3);
        assertThat(run(ShortStayStream.Order.SORTED, "9", "10", "11")).isEqualTo(3);
        assertThat(run(ShortStayStream.Order.ANY, "b", "a", "c")).isEqualTo(3);
    }

    @Test
    void aTravellerThatReappearsIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> run(ShortStayStream.Order.SORTED, "A", "B", "A"))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("out of order");
        assertThatThrownBy(() -> run(ShortStayStream.Order.ANY, "B", "A", "B"))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("appeared before");
        // text order lost at line 3 ("9" > "11"), numeric order lost at line 2 ("10" > "9")
        assertThatThrownBy(() -> run(ShortStayStream.Order.SORTED, "10", "9", "11"))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void badRowsAreTypedErrorsNamingTheLineNotTheTraveller() {
        ShortStayStream s = stream();
        s.stay(1, "V123456789", day("2024-01-01"), day("2024-01-10"), null);
        s.stay(2, "V123456789", day("2024-01-05"), day("2024-01-20"), null);
        assertThatThrownBy(s::finish)
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("line 1")
                .hasMessageNotContaining("V123456789");
        assertThatThrownBy(() -> stream().stay(7, "A", day("2024-01-02"), day("2024-01-01"), null))
                .hasMessageContaining("line 7 exit");
        assertThatThrownBy(() -> stream().stay(7, "A", day("2024-01-01"), day("2024-01-02"), "XX"))
                .hasMessageContaining("line 7 state")
                .hasMessageContaining("not in the Schengen membership table");
        assertThatThrownBy(() -> stream().stay(7, "A", day("2024-01-01"), day("2024-01-02"), "Croatia"))
                .hasMessageContaining("alpha-2");
        assertThatThrownBy(() -> stream().stay(7, "A", day("1899-12-31"), day("2024-01-02"), null))
                .hasMessageContaining("line 7 entry");
        assertThatThrownBy(() -> stream().excluded(8, "A", day("2024-01-02"), day("2024-01-01")))
                .hasMessageContaining("line 8 end");
        assertThatThrownBy(() -> stream().stay(9, "", day("2024-01-01"), day("2024-01-02"), null))
                .hasMessageContaining("line 9 travellerId");
        ShortStayStream nat = stream();
        nat.nationality(1, "A", "BRA");
        assertThatThrownBy(() -> nat.nationality(2, "A", "NLD")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> stream().nationality(3, "A", "BR")).hasMessageContaining("alpha-3");
    }

    @Test
    void aTravellerWithEndlessRowsIsStoppedAtTheCap() {
        ShortStayStream s = stream();
        int d = day("2024-01-01");
        assertThatThrownBy(() -> {
                    for (long i = 1; i <= ShortStayStream.MAX_ROWS_PER_TRAVELLER + 1; i++) {
                        s.stay(i, "A", d, d, null);
                    }
                })
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("line " + (ShortStayStream.MAX_ROWS_PER_TRAVELLER + 1))
                .hasMessageContaining("rows for one traveller");
    }

    @Test
    void sameDayExitAndReentryCountsOnceAndMembershipClips() {
        // SBC art. 6(1): days of entry and exit both count; HR applies the acquis from 2023-01-01 (Decision 2022/2451)
        List<BatchRow> rows = new ArrayList<>();
        ShortStayStream s = ShortStayStream.of(
                CALC, BatchQuery.control(LocalDate.of(2023, 1, 31)), ShortStayStream.Order.SORTED, rows::add);
        s.stay(1, "A", day("2022-12-20"), day("2023-01-10"), "HR");
        s.stay(2, "A", day("2023-01-10"), day("2023-01-12"), "NL");
        s.excluded(3, "A", day("2023-01-12"), day("2023-01-12"));
        s.finish();
        assertThat(rows.get(0).daysUsed()).isEqualTo(11);
    }

    private static int run(ShortStayStream.Order order, String... ids) {
        List<BatchRow> rows = new ArrayList<>();
        ShortStayStream s = ShortStayStream.of(CALC, BatchQuery.control(LocalDate.of(2024, 6, 1)), order, rows::add);
        for (int i = 0; i < ids.length; i++) {
            s.stay(i + 1, ids[i], day("2024-01-01"), day("2024-01-02"), null);
        }
        s.finish();
        return rows.size();
    }

    private static ShortStayStream stream() {
        return ShortStayStream.of(
                CALC, BatchQuery.control(LocalDate.of(2024, 6, 1)), ShortStayStream.Order.SORTED, r -> {});
    }

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    private static int epoch(LocalDate d) {
        return (int) d.toEpochDay();
    }
}
