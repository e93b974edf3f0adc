package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.legal.ExplanationStep;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.procedure.ProcedureEvent.EntryBanImposed;
import io.github.migratiekit.core.time.Extension;
import io.github.migratiekit.core.time.ProcedureTerms;
import io.github.migratiekit.core.time.Suspension;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mutable copy of a state that one transition works on; {@link ProcedureState#apply} turns it into the next
 * state. Not thread-safe; never leaves the transition.
 */
final class Draft {
    private final ProcedureState before;
    private final ProcedureEvent event;
    private final String field;
    private final Transition transition;

    ProcedureKind kind;
    Phase phase;
    Optional<Track> track;
    Optional<Outcome> outcome;
    Optional<Ruling> ruling;
    Optional<LocalDate> completionRequestedOn;
    Optional<EntryBanImposed> entryBan;
    Optional<AppealPeriods.Choice> appealChoice;
    /** The recent terms (see {@link TermLog}); earlier ones cannot change. */
    final List<TermLog.Slot> recent;
    /** For each recent term, how its deadline must be checked after the event. */
    final List<Check> checks;

    final List<ExplanationStep> steps = new ArrayList<>();

    /** How a recent term's deadline is checked once the event has been applied (see the state's apply). */
    enum Check {
        /** Unchanged, or only met or superseded: its deadline is as before. */
        NONE,
        /** Suspensions were added, each starting after the term started: a bound may be enough. */
        SUSPENDED,
        /** Extended (perhaps also suspended): a bound may be enough if the extension came before its last day. */
        EXTENDED,
        /** New, or a suspension starting too early: compute it. */
        FULL
    }

    Draft(ProcedureState before, ProcedureEvent event, String field, Transition transition) {
        this.before = before;
        this.event = event;
        this.field = field;
        this.transition = transition;
        this.kind = before.kind();
        this.phase = transition.to();
        this.track = before.track();
        this.outcome = before.outcome();
        this.ruling = before.ruling();
        this.completionRequestedOn = before.completionRequestedOn();
        this.entryBan = before.entryBan();
        this.appealChoice = before.appealChoice();
        this.recent = new ArrayList<>(before.termLog().recent());
        this.checks = new ArrayList<>();
        for (int i = 0; i < recent.size(); i++) {
            checks.add(Check.NONE);
        }
    }

    /** The state the event is applied to. */
    ProcedureState before() {
        return before;
    }

    /** The event being applied. */
    ProcedureEvent event() {
        return event;
    }

    /** The event's day. */
    LocalDate date() {
        return event.date();
    }

    /** The legal basis of the transition (its row in the table). */
    LegalSource source() {
        return transition.source();
    }

    /** The procedure terms in force for the case. */
    ProcedureTerms rules() {
        return before.rules();
    }

    /** Rejects the event: the state it was applied to stays as it was. */
    InvalidTransitionException reject(String reason) {
        return new InvalidTransitionException(field, before.kind(), before.phase(), event.eventType(), reason);
    }

    void step(String text, LegalSource source) {
        steps.add(ExplanationStep.of(text, source));
    }

    void fact(String text) {
        steps.add(ExplanationStep.fact(text));
    }

    void add(RunningTerm t) {
        recent.add(TermLog.Slot.of(t));
        checks.add(Check.FULL);
    }

    /** Ends the open term with an id (the event met it). */
    void stop(String id, LocalDate day) {
        for (int i = 0; i < recent.size(); i++) {
            TermLog.Slot slot = recent.get(i);
            if (slot.term().id().equals(id) && slot.term().open()) {
                recent.set(i, slot.with(slot.term().stopped(day)));
            }
        }
    }

    /** Ends every open term: the case was taken up again. */
    void supersedeOpen(LocalDate day) {
        for (int i = 0; i < recent.size(); i++) {
            TermLog.Slot slot = recent.get(i);
            if (slot.term().open()) {
                recent.set(i, slot.with(slot.term().superseded(day)));
            }
        }
    }

    /** Extends the last open term with an id. */
    void extend(String id, Extension e) {
        int i = lastOpen(id);
        if (i >= 0) {
            TermLog.Slot slot = recent.get(i);
            Period p = e.length();
            long days = p.getYears() * 366L + p.getMonths() * 31L + p.getDays();
            recent.set(i, slot.extended(slot.term().withExtension(e), days));
            if (checks.get(i) != Check.FULL) {
                checks.set(i, Check.EXTENDED);
            }
        }
    }

    /** Suspends the last open term with an id. */
    void suspend(String id, Suspension s) {
        int i = lastOpen(id);
        if (i >= 0) {
            TermLog.Slot slot = recent.get(i);
            recent.set(i, slot.suspended(slot.term().withSuspension(s), s));
            if (!s.start().isAfter(slot.term().start())) {
                checks.set(i, Check.FULL);
            } else if (checks.get(i) == Check.NONE) {
                checks.set(i, Check.SUSPENDED);
            }
        }
    }

    private int lastOpen(String id) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            RunningTerm t = recent.get(i).term();
            if (t.id().equals(id) && t.open()) {
                return i;
            }
        }
        return -1;
    }

    /** The last open term with an id, as the draft has it now. */
    Optional<RunningTerm> openTerm(String id) {
        int i = lastOpen(id);
        return i < 0 ? Optional.empty() : Optional.of(recent.get(i).term());
    }

    /** The last day of a term as computed by the rules in force, without suspensions still running. */
    LocalDate lastDay(RunningTerm t) {
        return t.deadline(rules(), List.of()).deadline();
    }

    /** " within the period ending …" or " after the period ended on … (…)" for an event that ends a period. */
    String lateNote(Optional<RunningTerm> period) {
        if (period.isEmpty()) {
            return "";
        }
        LocalDate last = lastDay(period.get());
        return date().isAfter(last)
                ? " after the period ended on " + last + " (admissible only if the delay is excusable)"
                : " within the period ending " + last;
    }
}
