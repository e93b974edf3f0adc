package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Counts terms: the event date plus the term, moved by suspensions, lengthened by extensions, and rolled to a
 * working day where the calculus says so.
 *
 * <p>The order of the steps, and why:
 *
 * <ol>
 *   <li>the term is added to the start date by calendar (weeks as 7 days, months by date with the end-of-month rule
 *       of the calculus);
 *   <li>categorical extensions and then individual extensions (in the order of their decision dates) are added to
 *       that raw end, each by calendar; an individual extension decided after the term had already ended is
 *       rejected (Awb art. 4:14);
 *   <li>suspended days move the end: the union of all suspensions is taken (overlapping or touching periods count
 *       each day once), and each run of suspended days that begins on or before the end reached so far moves the
 *       end by its length (Awb art. 4:15); a suspension that begins after the term has ended has no effect;
 *   <li>only then is the final date rolled, once: under {@link DeadlineCalculus#DUTCH_STATUTORY} to the next
 *       working day of the Atw calendar if the statutory term is within the Atw's scope (art. 4(a)) and with at
 *       least two working days in a term of three days or more (art. 2); under {@link
 *       DeadlineCalculus#EU_REGULATION_1182_71} likewise with the calendar given; under {@link
 *       DeadlineCalculus#DUBLIN_ART_42} never.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class Deadlines {
    private Deadlines() {}

    /**
     * Computes a deadline.
     *
     * @param request the start, term, calculus, calendar, suspensions and extensions
     * @return the deadline with its explanation
     * @throws InvalidInputException if the term is negative, a suspension starts on or before the start date, or an
     *     extension was decided after the term had ended
     * @throws UnsupportedDateException if a roll needs a day outside the calendar's years
     */
    public static Deadline compute(DeadlineRequest request) {
        Checks.nonNull(request, "request");
        LocalDate start = request.start();
        Period term = request.term();
        if (term.isNegative()) {
            throw new InvalidInputException("term", "must not be negative, was " + term);
        }
        DeadlineCalculus calculus = request.calculus();
        Explanation.Builder why = Explanation.builder();
        why.fact(capitalise(request.label()) + ": the term runs from " + start + ".");

        LocalDate end = start.plus(term);
        why.step(
                Terms.describe(term) + " from " + start + " (the day of the event not counted) ends on " + end
                        + endOfMonthNote(start, term, end) + ".",
                request.termSource());

        for (CategoricalExtension ext : request.categoricalExtensions()) {
            LocalDate before = end;
            end = end.plus(ext.length());
            why.step(
                    ext.id() + " extends the term by " + Terms.describe(ext.length()) + " for applications lodged "
                            + ext.lodgedFrom() + " to " + ext.lodgedTo()
                            + ext.pendingOn()
                                    .map(d -> " and earlier applications whose term had not expired on " + d)
                                    .orElse("")
                            + ": " + before + " → " + end + ".",
                    ext.source());
        }

        List<Suspension> suspensions = request.suspensions();
        for (int i = 0; i < suspensions.size(); i++) {
            Suspension s = suspensions.get(i);
            if (!s.start().isAfter(start)) {
                throw new InvalidInputException(
                        "suspensions[" + i + "].start",
                        s.start() + " is not after " + start
                                + ", the day the term started; a term is suspended from the day after the event"
                                + " (" + Sources.AWB_4_15.citation() + ")");
            }
        }
        List<LocalDate[]> runs = union(suspensions);

        List<Extension> extensions = new ArrayList<>(request.extensions());
        extensions.sort(Comparator.comparing(Extension::decidedOn));
        ExtensionBasis.checkLimits(request.extensions());
        boolean inAtwScope = Terms.withinAtwScope(term);
        for (Extension ext : extensions) {
            LocalDate endSoFar = finalDay(request, end, runs, inAtwScope, null);
            if (ext.decidedOn().isAfter(endSoFar)) {
                throw new InvalidInputException(
                        "extensions.decidedOn",
                        "extension decided on " + ext.decidedOn() + " after the term had ended on " + endSoFar
                                + "; a term can only be extended before it ends ("
                                + Sources.AWB_4_14.citation() + ")");
            }
            LocalDate before = end;
            end = end.plus(ext.length());
            why.step(
                    "Extended on " + ext.decidedOn() + " by " + Terms.describe(ext.length()) + ": " + before + " → "
                            + end + ".",
                    ext.basis().source());
        }

        for (Suspension s : suspensions) {
            why.step(
                    "Suspended from " + s.start() + " to " + s.end() + " (" + s.days() + " days): "
                            + s.ground().dutchLabel() + ".",
                    s.ground().source());
        }
        long suspended = 0;
        for (LocalDate[] run : runs) {
            long len = ChronoUnit.DAYS.between(run[0], run[1]) + 1;
            if (!run[0].isAfter(end)) {
                LocalDate before = end;
                end = end.plusDays(len);
                suspended += len;
                why.step(
                        "The " + len + " suspended days from " + run[0] + " to " + run[1] + " move the end from "
                                + before + " to " + end + ".",
                        Sources.AWB_4_15);
            } else {
                why.step(
                        "The suspension from " + run[0] + " to " + run[1] + " begins after the term ended on " + end
                                + ": no effect.",
                        Sources.AWB_4_15);
            }
        }

        LocalDate raw = end;
        LocalDate fin = finalDay(request, raw, List.of(), inAtwScope, why);
        return new Deadline(request.label(), start, term, calculus, raw, fin, suspended, why.build());
    }

    /** Applies suspensions to {@code end} (when runs are given) and the calculus's roll. */
    private static LocalDate finalDay(
            DeadlineRequest request,
            LocalDate end,
            List<LocalDate[]> runs,
            boolean inAtwScope,
            Explanation.@Nullable Builder why) {
        LocalDate e = end;
        for (LocalDate[] run : runs) {
            if (!run[0].isAfter(e)) {
                e = e.plusDays(ChronoUnit.DAYS.between(run[0], run[1]) + 1);
            }
        }
        DeadlineCalculus calculus = request.calculus();
        WorkingDayCalendar cal = request.calendar();
        switch (calculus) {
            case DUBLIN_ART_42:
                if (why != null) {
                    why.step(
                            "Saturdays, Sundays and holidays count: the time limit ends on " + e
                                    + " whatever day that is.",
                            Sources.DUBLIN_III.withArticle("art. 42(c)"));
                }
                return e;
            case DUTCH_STATUTORY:
                if (!inAtwScope) {
                    if (why != null) {
                        why.step(
                                "The Atw does not apply to a term of " + Terms.describe(request.term())
                                        + " (longer than 90 days, twelve weeks or three months): the term ends on "
                                        + e + ".",
                                Sources.ATW_4_A);
                    }
                    return e;
                }
                return roll(request, e, cal, why, Sources.ATW_1_1, Sources.ATW_2, 3);
            case EU_REGULATION_1182_71:
                return roll(
                        request,
                        e,
                        cal,
                        why,
                        Sources.REG_1182_71.withArticle("art. 3(4)"),
                        Sources.REG_1182_71.withArticle("art. 3(5)"),
                        2);
        }
        throw new IllegalStateException("unknown calculus " + calculus);
    }

    private static LocalDate roll(
            DeadlineRequest request,
            LocalDate end,
            WorkingDayCalendar cal,
            Explanation.@Nullable Builder why,
            LegalSource rollSource,
            LegalSource twoDaysSource,
            int twoDaysFromLength) {
        LocalDate e = end;
        if (!cal.isWorkingDay(e)) {
            LocalDate d = e;
            while (!cal.isWorkingDay(d)) {
                if (why != null) {
                    LocalDate day = d;
                    Optional<Holiday> holiday = cal.holidayOn(day);
                    if (holiday.isPresent()) {
                        why.step(
                                day + " is " + holiday.get().name() + ", not a working day.",
                                holiday.get().source());
                    } else {
                        why.fact(day + " is a " + dayName(day) + ".");
                    }
                }
                d = d.plusDays(1);
            }
            if (why != null) {
                why.step(
                        "The term ends on a day that is not a working day: moved from " + e + " to " + d + ".",
                        rollSource);
            }
            e = d;
        }
        long termDays = ChronoUnit.DAYS.between(request.start(), request.start().plus(request.term()));
        if (termDays >= twoDaysFromLength) {
            int working = 0;
            for (LocalDate d = request.start().plusDays(1); !d.isAfter(e); d = d.plusDays(1)) {
                if (cal.isWorkingDay(d)) {
                    working++;
                }
            }
            if (working < 2) {
                LocalDate d = e;
                while (working < 2) {
                    d = cal.nextWorkingDay(d);
                    working++;
                }
                if (why != null) {
                    why.step(
                            "The term would contain fewer than two working days: extended to " + d + ".",
                            twoDaysSource);
                }
                e = d;
            }
        }
        if (why != null && e.equals(end)) {
            why.step(end + " is a working day: the term ends on " + end + ".", rollSource);
        }
        if (why != null) {
            warnAboutDecreeCoverage(request, cal, end, e, termDays >= twoDaysFromLength, why);
        }
        return e;
    }

    /**
     * Adds a warning step for each year the roll looked at whose days equated by decree are not all known: the
     * days from the raw end to the final day (a missing equated day among them could move the end), and, when the
     * two-working-days rule was applied and an unknown equated day could have changed its count, the whole term.
     */
    private static void warnAboutDecreeCoverage(
            DeadlineRequest request,
            WorkingDayCalendar cal,
            LocalDate rawEnd,
            LocalDate fin,
            boolean twoDaysRuleApplied,
            Explanation.Builder why) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        for (int y = rawEnd.getYear(); y <= fin.getYear(); y++) {
            years.add(y);
        }
        if (twoDaysRuleApplied) {
            int working = 0;
            int weekdaysInUncertainYears = 0;
            java.util.TreeSet<Integer> spanYears = new java.util.TreeSet<>();
            for (LocalDate d = request.start().plusDays(1); !d.isAfter(fin); d = d.plusDays(1)) {
                if (cal.isWorkingDay(d)) {
                    working++;
                    if (!cal.decreeCoverage(d.getYear()).isKnown()) {
                        weekdaysInUncertainYears++;
                        spanYears.add(d.getYear());
                    }
                }
                if (working - weekdaysInUncertainYears >= 2) {
                    break; // enough working days in known years: unknown days cannot change the count
                }
            }
            if (working - weekdaysInUncertainYears < 2) {
                years.addAll(spanYears);
            }
        }
        for (int year : years) {
            DecreeCoverage c = cal.decreeCoverage(year);
            if (!c.isKnown()) {
                why.warning(
                        c.warningCode(),
                        "The days equated with holidays by decree in " + year + " are "
                                + (c.status() == DecreeCoverage.Status.UNKNOWN ? "not known" : "not all known")
                                + " (" + c.note() + "); if the term ended on such a day, it runs to the next"
                                + " working day and this deadline is too early. Check the decree for " + year
                                + ".",
                        c.source());
            }
        }
    }

    private static String dayName(LocalDate d) {
        String n = d.getDayOfWeek().toString();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String endOfMonthNote(LocalDate start, Period term, LocalDate end) {
        if (term.toTotalMonths() != 0 && end.getDayOfMonth() < start.getDayOfMonth()) {
            return " (the month has no day " + start.getDayOfMonth() + ": the term ends on the last day of the month)";
        }
        return "";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Merges suspensions into sorted, disjoint, non-touching runs of days [first, last]. */
    static List<LocalDate[]> union(List<Suspension> suspensions) {
        List<Suspension> sorted = new ArrayList<>(suspensions);
        sorted.sort(Comparator.comparing(Suspension::start));
        List<LocalDate[]> runs = new ArrayList<>();
        for (Suspension s : sorted) {
            if (!runs.isEmpty()) {
                LocalDate[] last = runs.get(runs.size() - 1);
                if (!s.start().isAfter(last[1].plusDays(1))) {
                    if (s.end().isAfter(last[1])) {
                        last[1] = s.end();
                    }
                    continue;
                }
            }
            runs.add(new LocalDate[] {s.start(), s.end()});
        }
        return runs;
    }
}
