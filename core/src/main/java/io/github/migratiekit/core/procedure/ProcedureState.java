package io.github.migratiekit.core.procedure;

import static io.github.migratiekit.core.procedure.TermIds.BORDER_DECISION;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.ExplanationStep;
import io.github.migratiekit.core.procedure.ProcedureEvent.EntryBanImposed;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.ExtensionBasis;
import io.github.migratiekit.core.time.ProcedureTerms;
import io.github.migratiekit.core.time.Suspension;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The state of a case after some events: the kind of procedure, the phase, the track and last outcome, the terms the
 * events started, and the history with sources.
 *
 * <p>A state changes only by {@link #apply(ProcedureEvent)}, which returns a new state or throws an {@link
 * InvalidTransitionException} naming the phase and the event; the state it was called on is unchanged. Which events
 * are allowed, and what each does, is the transition table of the kind's state machine (one class per kind: {@code
 * AsylumProcedure}, {@code BorderAsylumProcedure}, {@code NareisProcedure}, {@code RegularProcedure}, {@code
 * NaturalisationProcedure}, {@code DepartureProcedure}). Immutable and thread-safe; {@code equals} compares
 * everything, including the history.
 */
public final class ProcedureState {
    private final ProcedureKind kind;
    private final Phase phase;
    private final Optional<Track> track;
    private final Optional<Outcome> outcome;
    private final Optional<Ruling> ruling;
    private final Optional<LocalDate> completionRequestedOn;
    private final Optional<EntryBanImposed> entryBan;
    private final Optional<AppealPeriods.Choice> appealChoice;
    private final List<ProcedureEvent> events;
    private final List<RunningTerm> terms;
    private final List<ExplanationStep> history;
    private final ProcedureTerms rules;

    private ProcedureState(
            ProcedureKind kind,
            Phase phase,
            Optional<Track> track,
            Optional<Outcome> outcome,
            Optional<Ruling> ruling,
            Optional<LocalDate> completionRequestedOn,
            Optional<EntryBanImposed> entryBan,
            Optional<AppealPeriods.Choice> appealChoice,
            List<ProcedureEvent> events,
            List<RunningTerm> terms,
            List<ExplanationStep> history,
            ProcedureTerms rules) {
        this.kind = kind;
        this.phase = phase;
        this.track = track;
        this.outcome = outcome;
        this.ruling = ruling;
        this.completionRequestedOn = completionRequestedOn;
        this.entryBan = entryBan;
        this.appealChoice = appealChoice;
        this.events = List.copyOf(events);
        this.terms = List.copyOf(terms);
        this.history = List.copyOf(history);
        this.rules = rules;
    }

    /** The state machine of a kind of procedure. */
    static Machine machine(ProcedureKind kind) {
        return switch (kind) {
            case ASYLUM -> AsylumProcedure.MACHINE;
            case BORDER_ASYLUM -> BorderAsylumProcedure.MACHINE;
            case NAREIS -> NareisProcedure.MACHINE;
            case REGULAR -> RegularProcedure.MACHINE;
            case NATURALISATION -> NaturalisationProcedure.MACHINE;
            case DEPARTURE -> DepartureProcedure.MACHINE;
        };
    }

    /**
     * Returns the state of a case before any event.
     *
     * @param kind the kind of procedure
     * @param rules the procedure terms to use
     * @return the initial state
     */
    static ProcedureState initial(ProcedureKind kind, ProcedureTerms rules) {
        return new ProcedureState(
                kind,
                Phase.NOT_STARTED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                rules);
    }

    /**
     * Returns the kind of procedure (a border case admitted to the regular procedure becomes {@code ASYLUM}; a nareis
     * application lodged after the three months becomes {@code REGULAR}).
     *
     * @return the kind
     */
    public ProcedureKind kind() {
        return kind;
    }

    /**
     * Returns the phase.
     *
     * @return the phase
     */
    public Phase phase() {
        return phase;
    }

    /**
     * Returns the asylum track, if assigned.
     *
     * @return the track
     */
    public Optional<Track> track() {
        return track;
    }

    /**
     * Returns the outcome of the last first-instance decision, if any.
     *
     * @return the outcome
     */
    public Optional<Outcome> outcome() {
        return outcome;
    }

    /**
     * Returns the last objection or court ruling, if any.
     *
     * @return the ruling
     */
    public Optional<Ruling> ruling() {
        return ruling;
    }

    /**
     * Returns the events applied so far, in order.
     *
     * @return the events
     */
    public List<ProcedureEvent> events() {
        return events;
    }

    /**
     * Returns the terms the events started, in order.
     *
     * @return the terms
     */
    public List<RunningTerm> terms() {
        return terms;
    }

    /**
     * Returns the history: one or more steps per event, with sources.
     *
     * @return the history
     */
    public Explanation history() {
        return Explanation.of(history);
    }

    /** The day of the open request to complete the application, if any. */
    Optional<LocalDate> completionRequestedOn() {
        return completionRequestedOn;
    }

    /** The entry ban imposed with the return decision, if any. */
    Optional<EntryBanImposed> entryBan() {
        return entryBan;
    }

    /** How the appeal period after the last adverse asylum decision was chosen, if any. */
    Optional<AppealPeriods.Choice> appealChoice() {
        return appealChoice;
    }

    /** The procedure terms in force for this case. */
    ProcedureTerms rules() {
        return rules;
    }

    /**
     * Returns the day of the last event.
     *
     * @return the day, or empty before the first event
     */
    public Optional<LocalDate> lastEventDate() {
        return events.isEmpty()
                ? Optional.empty()
                : Optional.of(events.get(events.size() - 1).date());
    }

    /**
     * Tells whether no event can follow.
     *
     * @return true if {@link #allowedEvents()} is empty
     */
    public boolean closed() {
        return allowedEvents().isEmpty();
    }

    /**
     * Returns the kinds of event allowed next.
     *
     * @return the allowed event types; empty when the case is closed
     */
    public Set<EventType> allowedEvents() {
        return machine(kind).allowed(this);
    }

    /**
     * Returns the outcomes a decision may have in the current state (for a {@link ProcedureEvent.Decided} event).
     *
     * @return the allowed outcomes; empty if no decision is allowed
     */
    public Set<Outcome> allowedOutcomes() {
        if (!allowedEvents().contains(EventType.DECIDED)) {
            return EnumSet.noneOf(Outcome.class);
        }
        return machine(kind).outcomes(this);
    }

    /**
     * Returns the legal bases on which the running decision period of this kind of procedure can be extended: for
     * asylum Vw 2000 art. 42(4), Directive 2013/32/EU art. 31(3) and Awb 4:14; for regular applications Vw 2000 art.
     * 25(2) and Awb 4:14; for nareis and naturalisation Awb 4:14.
     *
     * @return the bases; empty when no decision period can be extended now
     */
    public Set<ExtensionBasis> allowedExtensionBases() {
        if (!allowedEvents().contains(EventType.DECISION_PERIOD_EXTENDED)) {
            return EnumSet.noneOf(ExtensionBasis.class);
        }
        return EnumSet.copyOf(machine(kind).extensionBases());
    }

    /**
     * Returns the last day on which the border procedure may still decide (four weeks after lodging).
     *
     * @return the day, present only while a border case awaits its decision
     */
    public Optional<LocalDate> borderDecisionDeadline() {
        return openTerm(BORDER_DECISION).map(t -> t.deadline(rules, List.of()).deadline());
    }

    /**
     * Applies an event.
     *
     * @param event the event
     * @return the new state
     * @throws InvalidTransitionException if the event is not allowed in this state, is dated before the last event,
     *     or breaks a rule of the procedure; this state is unchanged
     */
    public ProcedureState apply(ProcedureEvent event) {
        return apply(event, "event");
    }

    ProcedureState apply(ProcedureEvent event, String field) {
        EventType type = event.eventType();
        Optional<LocalDate> last = lastEventDate();
        if (last.isPresent() && event.date().isBefore(last.get())) {
            throw reject(field, type, "dated " + event.date() + ", before the previous event on " + last.get());
        }
        Optional<Transition> transition = machine(kind).find(this, type);
        if (transition.isEmpty()) {
            Set<EventType> allowed = allowedEvents();
            throw reject(
                    field,
                    type,
                    allowed.isEmpty()
                            ? "the case is closed"
                            : "allowed next: "
                                    + allowed.stream().map(EventType::jsonName).toList());
        }
        Draft d = new Draft(this, event, field, transition.get());
        try {
            transition.get().effect().apply(d);
            for (RunningTerm t : d.terms) {
                t.deadline(rules, DecisionPeriods.openSuspension(t, d.completionRequestedOn, event.date()));
            }
        } catch (InvalidTransitionException e) {
            throw e;
        } catch (InvalidInputException e) {
            throw reject(field, type, e.field() + ": " + e.rule());
        }
        List<ProcedureEvent> nextEvents = new ArrayList<>(events);
        nextEvents.add(event);
        List<ExplanationStep> nextHistory = new ArrayList<>(history);
        nextHistory.addAll(d.steps);
        return new ProcedureState(
                d.kind,
                d.phase,
                d.track,
                d.outcome,
                d.ruling,
                d.completionRequestedOn,
                d.entryBan,
                d.appealChoice,
                nextEvents,
                d.terms,
                nextHistory,
                rules);
    }

    private InvalidTransitionException reject(String field, EventType type, String reason) {
        return new InvalidTransitionException(field, kind, phase, type, reason);
    }

    /** The last open term with an id. */
    Optional<RunningTerm> openTerm(String id) {
        for (int i = terms.size() - 1; i >= 0; i--) {
            RunningTerm t = terms.get(i);
            if (t.id().equals(id) && t.open()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Reports the case on a day: every term with its last day and status, the next to lapse, and what follows.
     *
     * @param on the report day
     * @return the report
     */
    public CaseReport report(LocalDate on) {
        List<DeadlineReport> reports = new ArrayList<>();
        for (RunningTerm t : terms) {
            reports.add(report(t, on));
        }
        Optional<DeadlineReport> next = reports.stream()
                .filter(r -> r.status() == TermStatus.RUNNING)
                .min(Comparator.comparing(DeadlineReport::deadline));
        return new CaseReport(kind, phase, on, track, outcome, reports, next, List.copyOf(allowedEvents()), history());
    }

    private DeadlineReport report(RunningTerm t, LocalDate on) {
        List<Suspension> extra = DecisionPeriods.openSuspension(t, completionRequestedOn, on);
        Deadline dl = t.deadline(rules, extra);
        TermStatus status;
        if (t.superseded()) {
            status = TermStatus.SUPERSEDED;
        } else if (t.stoppedOn().isPresent()) {
            status = t.stoppedOn().get().isAfter(dl.deadline()) ? TermStatus.MET_LATE : TermStatus.MET;
        } else {
            status = on.isAfter(dl.deadline()) ? TermStatus.LAPSED : TermStatus.RUNNING;
        }
        Explanation.Builder why = Explanation.builder().addAll(dl.explanation());
        if (!extra.isEmpty()) {
            why.fact("The request to complete the application is still open: the term is taken as suspended up to " + on
                    + " and moves on every further day.");
        }
        for (String w : t.warnings()) {
            why.fact("Warning: " + w);
        }
        switch (status) {
            case MET:
                why.fact("Ended in time by the event on " + t.stoppedOn().orElseThrow() + ".");
                break;
            case MET_LATE:
                why.fact("Ended by the event on " + t.stoppedOn().orElseThrow() + ", "
                        + ChronoUnit.DAYS.between(dl.deadline(), t.stoppedOn().orElseThrow())
                        + " days after the last day.");
                break;
            case SUPERSEDED:
                why.fact("Superseded on " + t.stoppedOn().orElseThrow() + ": the case was taken up again.");
                break;
            case LAPSED:
                why.step("Lapsed on " + dl.deadline() + ": " + t.consequence(), t.consequenceSource());
                break;
            case RUNNING:
                why.step("When it lapses: " + t.consequence(), t.consequenceSource());
                break;
        }
        return new DeadlineReport(
                t.id(),
                t.label(),
                t.start(),
                dl.deadline(),
                status,
                ChronoUnit.DAYS.between(on, dl.deadline()),
                t.stoppedOn(),
                t.consequence(),
                why.build(),
                t.warnings());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProcedureState s)) {
            return false;
        }
        return kind == s.kind
                && phase == s.phase
                && track.equals(s.track)
                && outcome.equals(s.outcome)
                && ruling.equals(s.ruling)
                && completionRequestedOn.equals(s.completionRequestedOn)
                && entryBan.equals(s.entryBan)
                && appealChoice.equals(s.appealChoice)
                && events.equals(s.events)
                && terms.equals(s.terms)
                && history.equals(s.history)
                && rules == s.rules;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, phase, track, outcome, ruling, events, terms);
    }

    /**
     * Returns a short description (no personal data: events carry none).
     *
     * @return kind, phase and number of events
     */
    @Override
    public String toString() {
        return "ProcedureState[" + kind + ", " + phase + ", " + events.size() + " events]";
    }
}
