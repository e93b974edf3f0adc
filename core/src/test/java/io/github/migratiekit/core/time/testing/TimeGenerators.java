package io.github.migratiekit.core.time.testing;

import io.github.migratiekit.core.legal.testing.LegalGenerators;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.DeadlineCalculus;
import io.github.migratiekit.core.time.DeadlineRequest;
import io.github.migratiekit.core.time.Deadlines;
import io.github.migratiekit.core.time.Extension;
import io.github.migratiekit.core.time.ExtensionBasis;
import io.github.migratiekit.core.time.Suspension;
import io.github.migratiekit.core.time.SuspensionGround;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for legal time; published in core's test-jar so that testers can reuse them.
 *
 * <p>Knobs: the date range, the kind and length of terms, the number of suspensions. Every generator produces only
 * valid values; invalid input is tested with explicit examples.
 */
public final class TimeGenerators {
    private TimeGenerators() {}

    /** The default range: 2024–2027, the years with an independently published Atw holiday list. */
    public static final LocalDate DEFAULT_FROM = LocalDate.of(2024, 1, 1);

    /** The last day of the default range. */
    public static final LocalDate DEFAULT_TO = LocalDate.of(2027, 12, 31);

    /**
     * Dates in a closed range.
     *
     * @param from the first date
     * @param to the last date
     * @return the generator
     */
    public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
        return SourceDSL.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /**
     * Terms in days (1 to {@code maxDays}).
     *
     * @param maxDays the longest
     * @return the generator
     */
    public static Gen<Period> dayTerms(int maxDays) {
        return SourceDSL.integers().between(1, maxDays).map(Period::ofDays);
    }

    /**
     * Terms in whole weeks (1 to {@code maxWeeks}).
     *
     * @param maxWeeks the longest
     * @return the generator
     */
    public static Gen<Period> weekTerms(int maxWeeks) {
        return SourceDSL.integers().between(1, maxWeeks).map(Period::ofWeeks);
    }

    /**
     * Terms in whole months (1 to {@code maxMonths}).
     *
     * @param maxMonths the longest
     * @return the generator
     */
    public static Gen<Period> monthTerms(int maxMonths) {
        return SourceDSL.integers().between(1, maxMonths).map(Period::ofMonths);
    }

    /**
     * Terms of days, weeks or months, all within the Atw's scope (at most 90 days, 12 weeks or 3 months).
     *
     * @return the generator
     */
    public static Gen<Period> atwTerms() {
        return dayTerms(90).mix(weekTerms(12)).mix(monthTerms(3));
    }

    /**
     * Suspension grounds.
     *
     * @return the generator
     */
    public static Gen<SuspensionGround> suspensionGrounds() {
        return SourceDSL.arbitrary().enumValues(SuspensionGround.class);
    }

    /**
     * A suspension starting 1 to {@code maxOffset} days after {@code after} and lasting 1 to {@code maxLength} days.
     *
     * @param after the day the term started
     * @param maxOffset the latest start, in days after {@code after}
     * @param maxLength the longest suspension
     * @return the generator
     */
    public static Gen<Suspension> suspensionsAfter(LocalDate after, int maxOffset, int maxLength) {
        return SourceDSL.integers()
                .between(1, maxOffset)
                .zip(
                        SourceDSL.integers().between(1, maxLength),
                        suspensionGrounds(),
                        (o, l, g) -> Suspension.of(after.plusDays(o), after.plusDays(o + l - 1L), g));
    }

    /**
     * Lists of 0 to {@code maxCount} suspensions (possibly overlapping) after a start date.
     *
     * @param after the day the term started
     * @param maxOffset the latest start, in days after {@code after}
     * @param maxLength the longest single suspension
     * @param maxCount the most suspensions
     * @return the generator
     */
    public static Gen<List<Suspension>> suspensionListsAfter(
            LocalDate after, int maxOffset, int maxLength, int maxCount) {
        return SourceDSL.lists()
                .of(suspensionsAfter(after, maxOffset, maxLength))
                .ofSizeBetween(0, maxCount);
    }

    /**
     * Deadline requests: a start in the range, a term within the Atw scope, 0–4 suspensions inside the term, any
     * calculus, no extensions.
     *
     * @param from the earliest start
     * @param to the latest start
     * @return the generator
     */
    public static Gen<DeadlineRequest> deadlineRequests(LocalDate from, LocalDate to) {
        Gen<DeadlineCalculus> calculus = SourceDSL.arbitrary().enumValues(DeadlineCalculus.class);
        return dates(from, to).flatMap(start -> atwTerms()
                .zip(calculus, (t, c) -> new Object[] {t, c})
                .flatMap(tc -> {
                    Period term = (Period) tc[0];
                    int days = (int) java.time.temporal.ChronoUnit.DAYS.between(start, start.plus(term));
                    return suspensionListsAfter(start, Math.max(1, days), 30, 4).map(s -> DeadlineRequest.builder()
                            .label("generated term")
                            .start(start)
                            .term(term)
                            .termSource(io.github.migratiekit.core.legal.Sources.ATW)
                            .calculus((DeadlineCalculus) tc[1])
                            .suspensions(s)
                            .build());
                }));
    }

    /**
     * Deadline requests in the default range.
     *
     * @return the generator
     */
    public static Gen<DeadlineRequest> deadlineRequests() {
        return deadlineRequests(DEFAULT_FROM, DEFAULT_TO);
    }

    /**
     * Computed deadlines (for round-trip and status properties).
     *
     * @return the generator
     */
    public static Gen<Deadline> deadlines() {
        return deadlineRequests().map(Deadlines::compute);
    }

    /**
     * Extensions of 1 to 3 months on the basis of Vw 2000 art. 42(4), decided on a day in the range.
     *
     * @param from the earliest decision day
     * @param to the latest decision day
     * @return the generator
     */
    public static Gen<Extension> extensions(LocalDate from, LocalDate to) {
        return SourceDSL.integers()
                .between(1, 9)
                .zip(dates(from, to), (m, d) -> Extension.of(Period.ofMonths(m), ExtensionBasis.VW_42_4, d));
    }

    /**
     * Legal sources (delegates to {@link LegalGenerators#legalSources()}).
     *
     * @return the generator
     */
    public static Gen<io.github.migratiekit.core.legal.LegalSource> legalSources() {
        return LegalGenerators.legalSources();
    }
}
