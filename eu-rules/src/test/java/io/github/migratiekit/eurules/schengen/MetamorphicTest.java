package io.github.migratiekit.eurules.schengen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.migratiekit.eurules.schengen.testing.HistoryShape;
import io.github.migratiekit.eurules.schengen.testing.SchengenGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Metamorphic properties of the 90/180 rule (legal-rules.md §A.2): shifting every date shifts every result date;
 * splitting a stay into two touching stays changes nothing; adding a day of presence never increases the days
 * remaining; after 90 days of absence the maximum stay is exactly 90.
 */
class MetamorphicTest {
    private static final ShortStayCalculator CALC = ShortStayCalculator.standard();
    private static final Gen<TravelHistory> HISTORIES = SchengenGenerators.histories(HistoryShape.typical())
            .mix(SchengenGenerators.histories(HistoryShape.typical().withSizes(12, 200, 40)))
            .mix(SchengenGenerators.histories(HistoryShape.typical().withExcluded(2)));

    private static LocalDate anchor(TravelHistory h) {
        return h.stays().isEmpty() ? LocalDate.of(2020, 1, 1) : h.stays().get(0).entry();
    }

    private static TravelHistory shift(TravelHistory h, long n) {
        List<Stay> stays = new ArrayList<>();
        for (Stay s : h.stays()) {
            stays.add(new Stay(s.entry().plusDays(n), s.exit().plusDays(n), s.state(), s.evidence()));
        }
        List<ExcludedPeriod> ex = new ArrayList<>();
        for (ExcludedPeriod p : h.excluded()) {
            ex.add(ExcludedPeriod.of(p.start().plusDays(n), p.end().plusDays(n), p.reason()));
        }
        return TravelHistory.of(stays, ex);
    }

    @Test
    void shiftingEveryDateShiftsEveryResultDate() {
        Gen<Object[]> g = HISTORIES.zip(
                integers().between(-60, 3000),
                integers().between(0, 1200),
                integers().between(1, 90),
                (h, n, q, m) -> new Object[] {h, n, q, m});
        qt().withExamples(200).forAll(g).checkAssert(x -> {
            TravelHistory h = (TravelHistory) x[0];
            long n = (Integer) x[1];
            LocalDate d = anchor(h).plusDays((Integer) x[2]);
            int minDays = (Integer) x[3];
            TravelHistory s = shift(h, n);
            ControlResult a = CALC.control(h, d);
            ControlResult b = CALC.control(s, d.plusDays(n));
            assertThat(b.daysUsed()).isEqualTo(a.daysUsed());
            assertThat(b.windowStart()).isEqualTo(a.windowStart().plusDays(n));
            assertThat(b.unlawfulDays()).isEqualTo(a.unlawfulDays());
            assertThat(b.firstUnlawfulDay()).isEqualTo(a.firstUnlawfulDay().map(f -> f.plusDays(n)));
            assertThat(b.latestAllowedDate()).isEqualTo(a.latestAllowedDate().map(f -> f.plusDays(n)));
            PlanningResult pa = CALC.plan(h, d, minDays);
            PlanningResult pb = CALC.plan(s, d.plusDays(n), minDays);
            assertThat(pb.maxStayDays()).isEqualTo(pa.maxStayDays());
            assertThat(pb.earliestEntry()).isEqualTo(pa.earliestEntry().plusDays(n));
            assertThat(CALC.worstWindow(s).map(WorstWindow::windowEnd))
                    .isEqualTo(CALC.worstWindow(h).map(w -> w.windowEnd().plusDays(n)));
        });
    }

    @Test
    void splittingAStayIntoTwoTouchingStaysChangesNothing() {
        Gen<Object[]> g = HISTORIES
                .assuming(h -> h.stays().stream().anyMatch(s -> s.days() >= 2))
                .zip(
                        integers().between(0, 1000),
                        integers().between(0, 1000),
                        integers().between(0, 1200),
                        (h, i, j, q) -> new Object[] {h, i, j, q});
        qt().withExamples(200).forAll(g).checkAssert(x -> {
            TravelHistory h = (TravelHistory) x[0];
            List<Stay> longOnes = h.stays().stream().filter(s -> s.days() >= 2).toList();
            Stay victim = longOnes.get((Integer) x[1] % longOnes.size());
            LocalDate cut = victim.entry().plusDays((Integer) x[2] % (victim.days() - 1)); // last day of first part
            List<Stay> stays = new ArrayList<>(h.stays());
            stays.remove(victim);
            stays.add(Stay.of(victim.entry(), cut));
            stays.add(Stay.of(cut.plusDays(1), victim.exit()));
            TravelHistory split = TravelHistory.of(stays, h.excluded());
            LocalDate d = anchor(h).plusDays((Integer) x[3]);
            assertThat(CALC.control(split, d))
                    .usingRecursiveComparison()
                    .ignoringFields("explanation")
                    .isEqualTo(CALC.control(h, d));
            assertThat(CALC.plan(split, d, 1))
                    .usingRecursiveComparison()
                    .ignoringFields("explanation")
                    .isEqualTo(CALC.plan(h, d, 1));
            assertThat(CALC.worstWindow(split)).isEqualTo(CALC.worstWindow(h));
        });
    }

    @Test
    void addingAPresenceDayNeverIncreasesTheDaysRemainingOrTheMaximumStay() {
        Gen<Object[]> g = HISTORIES.zip(
                integers().between(-200, 1500), integers().between(0, 1500), (h, a, q) -> new Object[] {h, a, q});
        qt().withExamples(300).forAll(g).checkAssert(x -> {
            TravelHistory h = (TravelHistory) x[0];
            LocalDate extra = anchor(h).plusDays((Integer) x[1]);
            boolean free = h.stays().stream().noneMatch(s -> !extra.isBefore(s.entry()) && !extra.isAfter(s.exit()));
            if (!free) {
                return;
            }
            TravelHistory more = h.plus(Stay.of(extra, extra));
            LocalDate d = anchor(h).plusDays((Integer) x[2]);
            assertThat(CALC.control(more, d).daysRemaining())
                    .isLessThanOrEqualTo(CALC.control(h, d).daysRemaining());
            if (extra.isBefore(d)) {
                assertThat(CALC.plan(more, d, 1).maxStayDays())
                        .isLessThanOrEqualTo(CALC.plan(h, d, 1).maxStayDays());
            }
        });
    }

    @Test
    void ninetyDaysOfAbsenceBeforeEntryGiveExactlyNinety() {
        Gen<Object[]> g = HISTORIES.zip(integers().between(0, 400), (h, k) -> new Object[] {h, k});
        qt().withExamples(300).forAll(g).checkAssert(x -> {
            TravelHistory h = (TravelHistory) x[0];
            Optional<LocalDate> lastExit = h.stays().stream().map(Stay::exit).max(LocalDate::compareTo);
            LocalDate entry = lastExit.orElse(LocalDate.of(2020, 1, 1)).plusDays(91 + (Integer) x[1]);
            assertThat(CALC.plan(h, entry, 90).maxStayDays()).isEqualTo(90);
            assertThat(CALC.plan(h, entry, 90).earliestEntry()).isEqualTo(entry);
        });
    }
}
