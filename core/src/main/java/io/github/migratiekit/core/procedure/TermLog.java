package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.time.Suspension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The terms of a case in the order they started, kept so that an event costs time in the few recent terms only: the
 * terms before the first open one can no longer change (only open terms are met, superseded, suspended or extended)
 * and are shared between states; the rest, from the first open term on, is a short list. Immutable and thread-safe.
 */
final class TermLog {
    private static final TermLog EMPTY = new TermLog(Chain.empty(), List.of());

    /**
     * A recent term with what a transition needs to check it in constant time (see {@link ProcedureState}'s check).
     *
     * @param term the term
     * @param suspendedDays at least the days its suspensions move it: their union has no more days than their sum,
     *     nor than the days from the first suspended day to the last; the smaller of the two
     * @param suspensionSpan the first and last suspended day of all its suspensions, if any
     * @param extendedDays at least the days its extensions move it: their lengths added together, a month counted as
     *     31 days and a year as 366
     * @param lowerBound a day on or before its last day: the last day computed when it was last counted in full
     * @param coveredDays the largest number of days by which the rules have counted the term moved from its start
     *     (as one suspension from the day after it); -1 before any
     */
    record Slot(
            RunningTerm term,
            long suspendedDays,
            Optional<LocalDateRange> suspensionSpan,
            long extendedDays,
            Optional<LocalDate> lowerBound,
            long coveredDays) {
        static Slot of(RunningTerm term) {
            return new Slot(term, 0, Optional.empty(), 0, Optional.empty(), -1);
        }

        Slot with(RunningTerm changed) {
            return new Slot(changed, suspendedDays, suspensionSpan, extendedDays, lowerBound, coveredDays);
        }

        Slot suspended(RunningTerm changed, Suspension s) {
            LocalDateRange span = suspensionSpan
                    .map(r -> LocalDateRange.ofClosed(
                            r.getStart().isBefore(s.start()) ? r.getStart() : s.start(),
                            r.getEndInclusive().isAfter(s.end()) ? r.getEndInclusive() : s.end()))
                    .orElse(LocalDateRange.ofClosed(s.start(), s.end()));
            long days = Math.min(suspendedDays + s.days(), span.lengthInDays());
            return new Slot(changed, days, Optional.of(span), extendedDays, lowerBound, coveredDays);
        }

        Slot extended(RunningTerm changed, long days) {
            return new Slot(changed, suspendedDays, suspensionSpan, extendedDays + days, lowerBound, coveredDays);
        }

        /** The term was counted in full: its last day is known. */
        Slot counted(LocalDate lastDay) {
            return new Slot(term, suspendedDays, suspensionSpan, extendedDays, Optional.of(lastDay), coveredDays);
        }

        /** The term moved by {@code days} was counted. */
        Slot covering(long days) {
            return new Slot(term, suspendedDays, suspensionSpan, extendedDays, lowerBound, days);
        }
    }

    private final Chain<RunningTerm> settled;
    private final List<Slot> recent;

    private TermLog(Chain<RunningTerm> settled, List<Slot> recent) {
        this.settled = settled;
        this.recent = recent;
    }

    static TermLog empty() {
        return EMPTY;
    }

    /** The log after an event changed the recent terms: the closed ones at the front settle. */
    TermLog with(List<Slot> newRecent) {
        Chain<RunningTerm> s = settled;
        int first = 0;
        while (first < newRecent.size() && !newRecent.get(first).term().open()) {
            s = s.append(newRecent.get(first).term());
            first++;
        }
        return new TermLog(s, List.copyOf(newRecent.subList(first, newRecent.size())));
    }

    /** The terms from the first open one on. */
    List<Slot> recent() {
        return recent;
    }

    int size() {
        return settled.size() + recent.size();
    }

    /** Every term, in the order they started. */
    List<RunningTerm> toList() {
        List<RunningTerm> all = new ArrayList<>(size());
        all.addAll(settled.toList());
        for (Slot s : recent) {
            all.add(s.term());
        }
        return List.copyOf(all);
    }

    /** The last open term with an id (every open term is a recent one). */
    Optional<RunningTerm> openTerm(String id) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            RunningTerm t = recent.get(i).term();
            if (t.id().equals(id) && t.open()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
