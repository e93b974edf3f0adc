package io.github.migratiekit.eurules.schengen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.migratiekit.eurules.schengen.testing.HistoryShape;
import io.github.migratiekit.eurules.schengen.testing.NaiveShortStay;
import io.github.migratiekit.eurules.schengen.testing.SchengenGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The interval algorithm agrees with the naive day-set oracle ({@link NaiveShortStay}) on generated histories: long
 * stays, stays crossing the window edge, same-day trips, touching stays, excluded periods and States joining the
 * Schengen area. All dates are after 2013-10-18, so the rolling rule applies to every day.
 */
class OracleAgreementTest {
    private static final ShortStayCalculator CALC = ShortStayCalculator.standard();
    private static final SchengenMembership MEMBERSHIP = SchengenMembership.standard();

    private static final Gen<TravelHistory> MIXED = SchengenGenerators.histories()
            .mix(SchengenGenerators.histories(HistoryShape.typical().withSizes(12, 200, 30)))
            .mix(SchengenGenerators.histories(HistoryShape.typical().withSizes(20, 3, 10)))
            .mix(SchengenGenerators.histories(HistoryShape.typical().withExcluded(3)))
            .mix(SchengenGenerators.histories(HistoryShape.typical().withStates(List.of("", "HR", "BG", "CY", "FR"))));

    /** A query day near the history: from 200 days before its first stay to 400 days after it. */
    private static Gen<LocalDate> nearby(TravelHistory h) {
        LocalDate anchor = h.stays().isEmpty()
                ? LocalDate.of(2020, 1, 1)
                : h.stays().get(0).entry();
        return integers().between(-200, 1500).map(anchor::plusDays);
    }

    private static Gen<Object[]> historyAndDay() {
        return MIXED.flatMap(h -> nearby(h).map(d -> new Object[] {h, d}));
    }

    @Test
    void controlAgreesWithTheOracle() {
        qt().withExamples(300).forAll(historyAndDay()).checkAssert(x -> {
            TravelHistory h = (TravelHistory) x[0];
            LocalDate d = (LocalDate) x[1];
            NaiveShortStay naive = NaiveShortStay.of(h, MEMBERSHIP);
            ControlResult c = CALC.control(h, d);
            int used = naive.used(d);
            assertThat(c.daysUsed()).isEqualTo(used);
            assertThat(c.daysRemaining()).isEqualTo(Math.max(0, 90 - used));
            assertThat(c.overstayDays()).isEqualTo(Math.max(0, used - 90));
            assertThat(c.windowStart()).isEqualTo(d.minusDays(179));
            assertThat(c.unlawfulDays()).isEqualTo(naive.unlawfulDays());
            assertThat(c.firstUnlawfulDay()).isEqualTo(naive.firstUnlawfulDay());
            int k = naive.maxStay(d);
            assertThat(c.latestAllowedDate()).isEqualTo(k == 0 ? Optional.empty() : Optional.of(d.plusDays(k - 1L)));
        });
    }

    @Test
    void planningAgreesWithTheOracle() {
        Gen<Object[]> g = historyAndDay().zip(integers().between(1, 90), (x, n) -> new Object[] {x[0], x[1], n});
        qt().withExamples(200).forAll(g).checkAssert(x -> {
            TravelHistory h = (TravelHistory) x[0];
            LocalDate e = (LocalDate) x[1];
            int n = (Integer) x[2];
            NaiveShortStay naive = NaiveShortStay.of(h, MEMBERSHIP);
            PlanningResult p = CALC.plan(h, e, n);
            assertThat(p.maxStayDays()).isEqualTo(naive.maxStay(e));
            assertThat(p.earliestEntry()).isEqualTo(naive.earliestEntry(e, n));
            assertThat(p.lastAllowedDay().isPresent()).isEqualTo(p.maxStayDays() > 0);
        });
    }

    @Test
    void worstWindowAgreesWithTheOracle() {
        qt().withExamples(200).forAll(MIXED).checkAssert(h -> {
            NaiveShortStay naive = NaiveShortStay.of(h, MEMBERSHIP);
            Optional<WorstWindow> w = CALC.worstWindow(h);
            Optional<long[]> expected = naive.worst();
            assertThat(w.isPresent()).isEqualTo(expected.isPresent());
            w.ifPresent(ww -> {
                assertThat(ww.windowEnd()).isEqualTo(LocalDate.ofEpochDay(expected.get()[0]));
                assertThat(ww.days()).isEqualTo((int) expected.get()[1]);
                assertThat(ww.windowStart()).isEqualTo(ww.windowEnd().minusDays(179));
            });
        });
    }

    @Test
    void generatedHistoriesReachOverstaysExclusionsAndAccessionDates() {
        AtomicInteger overstays = new AtomicInteger();
        AtomicInteger excluded = new AtomicInteger();
        AtomicInteger clipped = new AtomicInteger();
        qt().withExamples(300).forAll(MIXED).checkAssert(h -> {
            if (CALC.control(h, LocalDate.of(2040, 1, 1)).unlawfulDays() > 0) {
                overstays.incrementAndGet();
            }
            if (!h.excluded().isEmpty()) {
                excluded.incrementAndGet();
            }
            if (CALC.control(h, LocalDate.of(2040, 1, 1))
                    .explanation()
                    .toString()
                    .contains("counted from")) {
                clipped.incrementAndGet();
            }
        });
        assertThat(overstays.get()).isGreaterThan(30);
        assertThat(excluded.get()).isGreaterThan(10);
        assertThat(clipped.get()).isGreaterThan(3);
    }

    @Test
    void countedDaysAreTheOracleDays() {
        qt().withExamples(200).forAll(MIXED).checkAssert(h -> {
            long total = CALC.countedDays(h).stream()
                    .mapToLong(r -> r.lengthInDays())
                    .sum();
            assertThat(total).isEqualTo(NaiveShortStay.of(h, MEMBERSHIP).days().size());
        });
    }
}
