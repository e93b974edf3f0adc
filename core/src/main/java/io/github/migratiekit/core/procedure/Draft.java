package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.legal.ExplanationStep;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.procedure.ProcedureEvent.EntryBanImposed;
import io.github.migratiekit.core.time.ProcedureTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
    final List<RunningTerm> terms;
    final List<ExplanationStep> steps = new ArrayList<>();

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
        this.terms = new ArrayList<>(before.terms());
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
        terms.add(t);
    }

    /** Ends the open term with an id (the event met it). */
    void stop(String id, LocalDate day) {
        for (int i = 0; i < terms.size(); i++) {
            RunningTerm t = terms.get(i);
            if (t.id().equals(id) && t.open()) {
                terms.set(i, t.stopped(day));
            }
        }
    }

    /** Ends every open term: the case was taken up again. */
    void supersedeOpen(LocalDate day) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).open()) {
                terms.set(i, terms.get(i).superseded(day));
            }
        }
    }

    /** Changes the last open term with an id (a suspension or extension). */
    void updateOpen(String id, UnaryOperator<RunningTerm> f) {
        for (int i = terms.size() - 1; i >= 0; i--) {
            RunningTerm t = terms.get(i);
            if (t.id().equals(id) && t.open()) {
                terms.set(i, f.apply(t));
                return;
            }
        }
    }

    /** The last open term with an id, as the draft has it now. */
    Optional<RunningTerm> openTerm(String id) {
        for (int i = terms.size() - 1; i >= 0; i--) {
            RunningTerm t = terms.get(i);
            if (t.id().equals(id) && t.open()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
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
