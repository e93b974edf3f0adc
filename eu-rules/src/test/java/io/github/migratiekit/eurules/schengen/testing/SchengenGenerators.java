package io.github.migratiekit.eurules.schengen.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.migratiekit.eurules.schengen.EvidenceSource;
import io.github.migratiekit.eurules.schengen.ExcludedPeriod;
import io.github.migratiekit.eurules.schengen.ExclusionReason;
import io.github.migratiekit.eurules.schengen.Stay;
import io.github.migratiekit.eurules.schengen.TravelHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the Schengen short-stay types, shipped in the eu-rules test-jar.
 *
 * <p>Histories are built from (gap, length) pairs so that stays never overlap; the shape ({@link HistoryShape}) sets
 * the numbers, lengths, gaps, exclusions and States.
 */
public final class SchengenGenerators {
    private SchengenGenerators() {}

    /**
     * Days between two dates, both included.
     *
     * @param from the first day
     * @param to the last day
     * @return the generator
     */
    public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
        return integers()
                .between(0, Math.toIntExact(to.toEpochDay() - from.toEpochDay()))
                .map(from::plusDays);
    }

    /**
     * Single stays of 1 to {@code maxDays} days starting between two dates, sometimes with an evidence source.
     *
     * @param from the earliest entry
     * @param to the latest entry
     * @param maxDays the longest stay
     * @return the generator
     */
    public static Gen<Stay> stays(LocalDate from, LocalDate to, int maxDays) {
        Gen<Optional<EvidenceSource>> evidence = Generate.pick(List.of(
                Optional.<EvidenceSource>empty(),
                Optional.of(EvidenceSource.STAMP),
                Optional.of(EvidenceSource.EES_RECORD)));
        return dates(from, to)
                .zip(
                        integers().between(1, maxDays),
                        evidence,
                        (d, n, ev) -> new Stay(d, d.plusDays(n - 1L), Optional.empty(), ev));
    }

    /**
     * Excluded periods of up to a year between two dates.
     *
     * @param from the earliest start
     * @param to the latest start
     * @return the generator
     */
    public static Gen<ExcludedPeriod> excludedPeriods(LocalDate from, LocalDate to) {
        return dates(from, to)
                .zip(
                        integers().between(1, 365),
                        Generate.enumValues(ExclusionReason.class),
                        (d, n, r) -> ExcludedPeriod.of(d, d.plusDays(n - 1L), r));
    }

    /**
     * Histories of the typical shape.
     *
     * @return the generator
     */
    public static Gen<TravelHistory> histories() {
        return histories(HistoryShape.typical());
    }

    /**
     * Histories of a given shape.
     *
     * @param shape the knobs
     * @return the generator
     */
    public static Gen<TravelHistory> histories(HistoryShape shape) {
        Gen<int[]> pair = integers()
                .between(-1, shape.maxGapDays())
                .zip(
                        integers().between(1, shape.maxStayDays()),
                        integers().between(0, shape.states().size() - 1),
                        (g, l, s) -> new int[] {g, l, s});
        Gen<List<int[]>> pairs = lists().of(pair).ofSizeBetween(0, shape.maxStays());
        Gen<LocalDate> first = dates(shape.firstEntryFrom(), shape.firstEntryTo());
        Gen<List<int[]>> exclusions = lists().of(
                        integers().between(-200, 1500).zip(integers().between(1, 200), (o, l) -> new int[] {o, l}))
                .ofSizeBetween(0, shape.maxExcluded());
        return pairs.zip(first, exclusions, (ps, start, ex) -> {
            List<Stay> stays = new ArrayList<>();
            LocalDate prevExit = start.minusDays(1);
            boolean firstStay = true;
            for (int[] p : ps) {
                LocalDate entry = firstStay ? start : p[0] == -1 ? prevExit : prevExit.plusDays(1L + p[0]);
                LocalDate exit = entry.plusDays(p[1] - 1L);
                String state = shape.states().get(p[2]);
                stays.add(new Stay(
                        entry, exit, state.isEmpty() ? Optional.empty() : Optional.of(state), Optional.empty()));
                prevExit = exit;
                firstStay = false;
            }
            List<ExcludedPeriod> excluded = new ArrayList<>();
            for (int[] e : ex) {
                LocalDate s = start.plusDays(e[0]);
                excluded.add(ExcludedPeriod.of(s, s.plusDays(e[1] - 1L), ExclusionReason.RESIDENCE_PERMIT));
            }
            return TravelHistory.of(stays, excluded);
        });
    }
}
