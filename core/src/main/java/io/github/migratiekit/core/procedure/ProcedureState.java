package io.github.migratiekit.core.procedure;

import static io.github.migratiekit.core.procedure.TermIds.BORDER_DECISION;
import static io.github.migratiekit.core.procedure.TermIds.DECISION;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.ExplanationStep;
import io.github.migratiekit.core.procedure.ProcedureEvent.EntryBanImposed;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.Extension;
import io.github.migratiekit.core.time.ExtensionBasis;
import io.github.migratiekit.core.time.ProcedureTerms;
import io.github.migratiekit.core.time.Suspension;
import io.github.migratiekit.core.time.SuspensionGround;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    /** Beyond this many days a bound is not tried: its end would leave every calendar. */
    private static final long BOUND_DAYS = 200L * 366;

    private final ProcedureKind kind;
    private final Phase phase;
    private final Optional<Track> track;
    private final Optional<Outcome> outcome;
    private final Optional<Ruling> ruling;
    private final Optional<LocalDate> completionRequestedOn;
    private final Optional<EntryBanImposed> entryBan;
    private final Optional<AppealPeriods.Choice> appealChoice;
    private final Chain<ProcedureEvent> events;
    private final Optional<LocalDate> firstEventDate;
    private final TermLog terms;
    private final Chain<ExplanationStep> history;
    private final ProcedureTerms rules;
    // read as lists when asked; immutable lists, so a race only computes them twice
    private @Nullable List<ProcedureEvent> eventList;
    private @Nullable List<RunningTerm> termList;
    private @Nullable List<ExplanationStep> historyList;

    private ProcedureState(
            ProcedureKind kind,
            Phase phase,
            Optional<Track> track,
            Optional<Outcome> outcome,
            Optional<Ruling> ruling,
            Optional<LocalDate> completionRequestedOn,
            Optional<EntryBanImposed> entryBan,
            Optional<AppealPeriods.Choice> appealChoice,
            Chain<ProcedureEvent> events,
            Optional<LocalDate> firstEventDate,
            TermLog terms,
            Chain<ExplanationStep> history,
            ProcedureTerms rules) {
        this.kind = kind;
        this.phase = phase;
        this.track = track;
        this.outcome = outcome;
        this.ruling = ruling;
        this.completionRequestedOn = completionRequestedOn;
        this.entryBan = entryBan;
        this.appealChoice = appealChoice;
        this.events = events;
        this.firstEventDate = firstEventDate;
        this.terms = terms;
        this.history = history;
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
                Chain.empty(),
                Optional.empty(),
                TermLog.empty(),
                Chain.empty(),
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
        List<ProcedureEvent> l = eventList;
        if (l == null) {
            l = events.toList();
            eventList = l;
        }
        return l;
    }

    /**
     * Returns the terms the events started, in order.
     *
     * @return the terms
     */
    public List<RunningTerm> terms() {
        List<RunningTerm> l = termList;
        if (l == null) {
            l = terms.toList();
            termList = l;
        }
        return l;
    }

    /**
     * Returns the history: one or more steps per event, with sources.
     *
     * @return the history
     */
    public Explanation history() {
        return Explanation.of(historyList());
    }

    private List<ExplanationStep> historyList() {
        List<ExplanationStep> l = historyList;
        if (l == null) {
            l = history.toList();
            historyList = l;
        }
        return l;
    }

    /** The terms as kept for transitions. */
    TermLog termLog() {
        return terms;
    }

    /** The day of the first event, if any. */
    Optional<LocalDate> firstEventDate() {
        return firstEventDate;
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
        return events.isEmpty() ? Optional.empty() : Optional.of(events.last().date());
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
     * Returns the legal bases on which the running decision period can be extended now: those its term rule lists
     * in {@code procedure-terms.json} (for asylum Vw 2000 art. 42(4) and (5), for regular applications art. 25(2),
     * for nareis art. 2u(1), for naturalisation RWN art. 9(4)), less those whose limits are used up (how often, how
     * long in total, and art. 42(5) only after an art. 42(4) extension).
     *
     * @return the bases; empty when no decision period can be extended now
     */
    public Set<ExtensionBasis> allowedExtensionBases() {
        if (!allowedEvents().contains(EventType.DECISION_PERIOD_EXTENDED)) {
            return EnumSet.noneOf(ExtensionBasis.class);
        }
        Optional<RunningTerm> decision = openTerm(DECISION);
        if (decision.isEmpty()) {
            return EnumSet.noneOf(ExtensionBasis.class);
        }
        RunningTerm t = decision.get();
        Set<ExtensionBasis> result = EnumSet.noneOf(ExtensionBasis.class);
        for (ExtensionBasis b : rules.rule(t.ruleId(), t.start()).extensionBases()) {
            List<Extension> tried = new ArrayList<>(t.extensions());
            LocalDate on =
                    tried.isEmpty() ? t.start() : tried.get(tried.size() - 1).decidedOn();
            tried.add(Extension.of(b.smallestStep(), b, on));
            try {
                ExtensionBasis.checkLimits(tried);
                result.add(b);
            } catch (InvalidInputException e) {
                // this basis is used up for the running term
            }
        }
        return result;
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
            check(d);
        } catch (InvalidTransitionException e) {
            throw e;
        } catch (InvalidInputException e) {
            throw reject(field, type, e.field() + ": " + e.rule());
        }
        return new ProcedureState(
                d.kind,
                d.phase,
                d.track,
                d.outcome,
                d.ruling,
                d.completionRequestedOn,
                d.entryBan,
                d.appealChoice,
                events.append(event),
                firstEventDate.isPresent() ? firstEventDate : Optional.of(event.date()),
                terms.with(d.recent),
                history.appendAll(d.steps),
                rules);
    }

    private InvalidTransitionException reject(String field, EventType type, String reason) {
        return new InvalidTransitionException(field, kind, phase, type, reason);
    }

    /**
     * Checks that every term the event started or changed has a computable deadline, so that no state holds a term
     * the rules cannot count (an extension decided after the term ended, a suspension from before it started, a day
     * outside the calendar). A new term is counted in full. A changed term is checked in constant amortised time
     * where that is exact:
     *
     * <ul>
     *   <li>a suspension must start after the term started (checked when it is added);
     *   <li>an extension must be decided on or before the term's last day: true if on or before a known lower bound
     *       of it (the last day when the term was last counted in full; suspensions and extensions only move it
     *       later);
     *   <li>the calendar must cover the term: true if the rules could count the same term moved by at least as many
     *       days, as one suspension from the day after its start. Such a term ends no earlier than the real one (a
     *       union of suspensions moves the end by at most its days, no more than their sum nor than the days from the
     *       first suspended day to the last; extensions move it by at most their lengths; categorical extensions and
     *       the roll move a later end later), and the calendar covers whole years without gaps. That bound is
     *       counted with room to spare (twice the days, at least a year more), so it is counted again only after
     *       the term has doubled.
     * </ul>
     *
     * Otherwise the term is counted in full and passes or fails on its own. So an event costs time in the few recent
     * terms, not in the history, and a fold is linear in the number of events; what remains is the cost of the
     * counting itself in {@code core.time} (an Atw roll looks at every day of the term for its two working days).
     */
    private void check(Draft d) {
        LocalDate day = d.date();
        for (int i = 0; i < d.recent.size(); i++) {
            TermLog.Slot slot = d.recent.get(i);
            Draft.Check c = d.checks.get(i);
            if (c == Draft.Check.NONE) {
                continue;
            }
            RunningTerm t = slot.term();
            List<Suspension> extra = DecisionPeriods.openSuspension(t, d.completionRequestedOn, day);
            boolean extensionInTime = c != Draft.Check.EXTENDED
                    || slot.lowerBound().map(b -> !day.isAfter(b)).orElse(false);
            if (c != Draft.Check.FULL && extra.isEmpty() && extensionInTime) {
                long days = slot.suspendedDays() + slot.extendedDays();
                if (days <= slot.coveredDays()) {
                    continue;
                }
                long covered = cover(t, days);
                if (covered >= 0) {
                    d.recent.set(i, slot.covering(covered));
                    continue;
                }
            }
            LocalDate last = t.deadline(rules, extra).deadline();
            if (extra.isEmpty()) {
                d.recent.set(i, slot.counted(last));
            }
        }
    }

    /**
     * Counts a term moved by at least {@code days} (with room to spare if it can); returns the days counted, or -1 if
     * the rules cannot count it that far.
     */
    private long cover(RunningTerm t, long days) {
        for (long tried : new long[] {Math.max(2 * days, days + 366), days}) {
            if (tried > BOUND_DAYS) {
                continue;
            }
            RunningTerm bound = t.withExtensions(List.of())
                    .withSuspensions(List.of(Suspension.of(
                            t.start().plusDays(1),
                            t.start().plusDays(Math.max(1, tried)),
                            SuspensionGround.INCOMPLETE_APPLICATION)));
            try {
                bound.deadline(rules, List.of());
                return tried;
            } catch (InvalidInputException e) {
                // try fewer days, then count the term itself
            }
        }
        return -1;
    }

    /** The last open term with an id. */
    Optional<RunningTerm> openTerm(String id) {
        return terms.openTerm(id);
    }

    /**
     * Reports the case on a day: every term with its last day and status, the next to lapse, and what follows.
     *
     * @param on the report day
     * @return the report
     */
    public CaseReport report(LocalDate on) {
        List<DeadlineReport> reports = new ArrayList<>();
        for (RunningTerm t : terms()) {
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
                && events().equals(s.events())
                && terms().equals(s.terms())
                && historyList().equals(s.historyList())
                && rules == s.rules;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, phase, track, outcome, ruling, events(), terms());
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
