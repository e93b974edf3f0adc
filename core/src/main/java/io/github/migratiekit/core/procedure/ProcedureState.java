package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.ExplanationStep;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.permit.StayPurpose;
import io.github.migratiekit.core.procedure.ProcedureEvent.AppealDecided;
import io.github.migratiekit.core.procedure.ProcedureEvent.ApplicationLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.BorderApplicationLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.Decided;
import io.github.migratiekit.core.procedure.ProcedureEvent.DecisionPeriodExtended;
import io.github.migratiekit.core.procedure.ProcedureEvent.DecisionPeriodSuspended;
import io.github.migratiekit.core.procedure.ProcedureEvent.EntryBanImposed;
import io.github.migratiekit.core.procedure.ProcedureEvent.FurtherAppealDecided;
import io.github.migratiekit.core.procedure.ProcedureEvent.ObjectionDecided;
import io.github.migratiekit.core.procedure.ProcedureEvent.ReturnDecisionIssued;
import io.github.migratiekit.core.procedure.ProcedureEvent.SideIntake;
import io.github.migratiekit.core.procedure.ProcedureEvent.TrackAssigned;
import io.github.migratiekit.core.procedure.ProcedureEvent.TrackChanged;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.Extension;
import io.github.migratiekit.core.time.ExtensionBasis;
import io.github.migratiekit.core.time.ProcedureTerms;
import io.github.migratiekit.core.time.Suspension;
import io.github.migratiekit.core.time.SuspensionGround;
import io.github.migratiekit.core.time.TermRule;
import java.time.LocalDate;
import java.time.Period;
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
 * InvalidTransitionException} naming the phase and the event; the state it was called on is unchanged. Immutable and
 * thread-safe; {@code equals} compares everything, including the history.
 */
public final class ProcedureState {
    private static final String DECISION = "decision";
    private static final String BORDER_DECISION = "border-decision";
    private static final String APPEAL_PERIOD = "appeal-period";
    private static final String COURT_DECISION = "court-decision";
    private static final String FURTHER_APPEAL_PERIOD = "further-appeal-period";
    private static final String FURTHER_COURT_DECISION = "further-appeal-court-decision";
    private static final String OBJECTION_PERIOD = "objection-period";
    private static final String OBJECTION_DECISION = "objection-decision";
    private static final String NAREIS_APPLICATION = "nareis-application";
    private static final String MVV_COLLECTION = "mvv-collection";
    private static final String MVV_ENTRY = "mvv-entry";
    private static final String DEPARTURE_PERIOD = "departure-period";
    private static final String ENTRY_BAN = "entry-ban";

    private static final LegalSource DEFAULT_CONSEQUENCE =
            Sources.AWB.withArticle("art. 6:2(b), 6:12 and 8:55b").withNote("appeal for failure to decide in time");
    private static final LegalSource FINAL = Sources.AWB.withArticle("art. 6:7 and 6:11");
    private static final LegalSource VW_39 =
            ProcedureSources.VW.withArticle("art. 39").withNote("intention and view; article not verified");
    private static final LegalSource VW_2R = ProcedureSources.VW
            .withArticle("art. 2r")
            .withNote("per ABRvS 8 Feb 2023, De Staat van Migratie 2024 L3512");
    private static final LegalSource VW_63 = ProcedureSources.VW.withArticle("art. 63");
    private static final Set<Outcome> ALL_OUTCOMES = EnumSet.allOf(Outcome.class);
    private static final Set<Outcome> BORDER_OUTCOMES = EnumSet.of(
            Outcome.GRANTED,
            Outcome.REJECTED,
            Outcome.REJECTED_MANIFESTLY_UNFOUNDED,
            Outcome.NOT_CONSIDERED_DUBLIN,
            Outcome.INADMISSIBLE,
            Outcome.WITHDRAWN);
    private static final Set<Outcome> APPLICATION_OUTCOMES =
            EnumSet.of(Outcome.GRANTED, Outcome.REJECTED, Outcome.NOT_PROCESSED, Outcome.WITHDRAWN);

    private final ProcedureKind kind;
    private final Phase phase;
    private final Optional<Track> track;
    private final Optional<Outcome> outcome;
    private final Optional<Ruling> ruling;
    private final Optional<LocalDate> completionRequestedOn;
    private final Optional<EntryBanImposed> entryBan;
    private final List<ProcedureEvent> events;
    private final List<RunningTerm> terms;
    private final List<ExplanationStep> history;
    private final ProcedureTerms rules;

    private ProcedureState(Draft d) {
        this.kind = d.kind;
        this.phase = d.phase;
        this.track = d.track;
        this.outcome = d.outcome;
        this.ruling = d.ruling;
        this.completionRequestedOn = d.completionRequestedOn;
        this.entryBan = d.entryBan;
        this.events = List.copyOf(d.events);
        this.terms = List.copyOf(d.terms);
        this.history = List.copyOf(d.history);
        this.rules = d.rules;
    }

    /**
     * Returns the state of a case before any event.
     *
     * @param kind the kind of procedure
     * @param rules the procedure terms to use
     * @return the initial state
     */
    static ProcedureState initial(ProcedureKind kind, ProcedureTerms rules) {
        Draft d = new Draft(kind, rules);
        return new ProcedureState(d);
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
        EnumSet<EventType> a = EnumSet.noneOf(EventType.class);
        boolean decisionRunning = openTerm(DECISION).isPresent();
        switch (kind) {
            case ASYLUM:
            case BORDER_ASYLUM:
                switch (phase) {
                    case NOT_STARTED:
                        a.add(
                                kind == ProcedureKind.ASYLUM
                                        ? EventType.APPLICATION_LODGED
                                        : EventType.BORDER_APPLICATION_LODGED);
                        break;
                    case LODGED:
                        if (kind == ProcedureKind.BORDER_ASYLUM) {
                            a.add(EventType.DECIDED);
                            a.add(EventType.ADMITTED_TO_REGULAR_PROCEDURE);
                        } else {
                            a.add(EventType.REGISTERED);
                            a.add(EventType.DECIDED);
                        }
                        break;
                    case REGISTERED:
                        a.add(EventType.REST_AND_PREPARATION_STARTED);
                        a.add(EventType.TRACK_ASSIGNED);
                        a.add(EventType.DECIDED);
                        break;
                    case REST_AND_PREPARATION:
                        a.add(EventType.TRACK_ASSIGNED);
                        a.add(EventType.DECIDED);
                        break;
                    case IN_TRACK:
                        a.add(EventType.TRACK_CHANGED);
                        a.add(EventType.INTENTION_ISSUED);
                        a.add(EventType.DECIDED);
                        break;
                    case INTENTION_ISSUED:
                        a.add(EventType.VIEW_SUBMITTED);
                        a.add(EventType.TRACK_CHANGED);
                        a.add(EventType.DECIDED);
                        break;
                    case VIEW_SUBMITTED:
                        a.add(EventType.TRACK_CHANGED);
                        a.add(EventType.DECIDED);
                        break;
                    case DECIDED:
                        if (outcome.map(Outcome::isAdverse).orElse(false)) {
                            a.add(EventType.APPEAL_LODGED);
                        }
                        if (outcome.equals(Optional.of(Outcome.NOT_CONSIDERED_DUBLIN))) {
                            a.add(EventType.SIDE_INTAKE);
                        }
                        break;
                    default:
                        addRemedies(a);
                        if ((phase == Phase.APPEAL_DECIDED || phase == Phase.FURTHER_APPEAL_DECIDED)
                                && ruling.equals(Optional.of(Ruling.UPHELD))) {
                            a.add(EventType.SIDE_INTAKE);
                        }
                }
                if (decisionRunning && phase.compareTo(Phase.DECIDED) < 0) {
                    a.add(EventType.DECISION_PERIOD_SUSPENDED);
                    a.add(EventType.DECISION_PERIOD_EXTENDED);
                }
                break;
            case NAREIS:
            case REGULAR:
            case NATURALISATION:
                switch (phase) {
                    case NOT_STARTED:
                        a.add(
                                kind == ProcedureKind.NAREIS
                                        ? EventType.SPONSOR_ASYLUM_GRANTED
                                        : EventType.APPLICATION_LODGED);
                        break;
                    case SPONSOR_GRANTED:
                        a.add(EventType.APPLICATION_LODGED);
                        break;
                    case LODGED:
                        a.add(EventType.COMPLETION_REQUESTED);
                        a.add(EventType.DECISION_PERIOD_SUSPENDED);
                        a.add(EventType.DECISION_PERIOD_EXTENDED);
                        a.add(EventType.DECIDED);
                        break;
                    case AWAITING_COMPLETION:
                        a.add(EventType.APPLICATION_COMPLETED);
                        a.add(EventType.DECISION_PERIOD_EXTENDED);
                        a.add(EventType.DECIDED);
                        break;
                    case DECIDED:
                        if (outcome.map(Outcome::isAdverse).orElse(false)) {
                            a.add(EventType.OBJECTION_LODGED);
                        } else if (outcome.equals(Optional.of(Outcome.GRANTED))) {
                            if (kind == ProcedureKind.NAREIS) {
                                a.add(EventType.MVV_ISSUED);
                            } else if (kind == ProcedureKind.NATURALISATION) {
                                a.add(EventType.CEREMONY_ATTENDED);
                            }
                        }
                        break;
                    case OBJECTION_LODGED:
                        a.add(EventType.OBJECTION_DECIDED);
                        break;
                    case OBJECTION_DECIDED:
                        a.add(EventType.APPEAL_LODGED);
                        break;
                    case MVV_ISSUED:
                        a.add(EventType.MVV_COLLECTED);
                        break;
                    case MVV_COLLECTED:
                        a.add(EventType.ENTERED);
                        break;
                    case ENTERED:
                        a.add(EventType.PERMIT_GRANTED);
                        break;
                    default:
                        addRemedies(a);
                }
                break;
            case DEPARTURE:
                if (phase == Phase.NOT_STARTED) {
                    a.add(EventType.RETURN_DECISION_ISSUED);
                } else if (phase == Phase.RETURN_DECISION_ISSUED) {
                    if (entryBan.isEmpty()) {
                        a.add(EventType.ENTRY_BAN_IMPOSED);
                    }
                    a.add(EventType.DEPARTED);
                }
                break;
        }
        return a;
    }

    private void addRemedies(EnumSet<EventType> a) {
        switch (phase) {
            case APPEAL_LODGED:
                a.add(EventType.APPEAL_DECIDED);
                break;
            case APPEAL_DECIDED:
                a.add(EventType.FURTHER_APPEAL_LODGED);
                break;
            case FURTHER_APPEAL_LODGED:
                a.add(EventType.FURTHER_APPEAL_DECIDED);
                break;
            default:
                break;
        }
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
        switch (kind) {
            case ASYLUM:
                return track.isPresent()
                        ? EnumSet.copyOf(ALL_OUTCOMES)
                        : EnumSet.of(Outcome.WITHDRAWN, Outcome.NOT_PROCESSED);
            case BORDER_ASYLUM:
                return EnumSet.copyOf(BORDER_OUTCOMES);
            default:
                return EnumSet.copyOf(APPLICATION_OUTCOMES);
        }
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
        Set<EventType> allowed = allowedEvents();
        if (!allowed.contains(type)) {
            throw reject(
                    field,
                    type,
                    allowed.isEmpty()
                            ? "the case is closed"
                            : "allowed next: "
                                    + allowed.stream().map(EventType::jsonName).toList());
        }
        Draft d = new Draft(this);
        d.events.add(event);
        try {
            transition(d, event, field);
            for (RunningTerm t : d.terms) {
                t.deadline(rules, openSuspension(t, d.completionRequestedOn, event.date()));
            }
        } catch (InvalidTransitionException e) {
            throw e;
        } catch (InvalidInputException e) {
            throw reject(field, type, e.field() + ": " + e.rule());
        }
        return new ProcedureState(d);
    }

    private InvalidTransitionException reject(String field, EventType type, String reason) {
        return new InvalidTransitionException(field, kind, phase, type, reason);
    }

    private void transition(Draft d, ProcedureEvent event, String field) {
        LocalDate date = event.date();
        EventType type = event.eventType();
        switch (type) {
            case APPLICATION_LODGED:
                lodged(d, (ApplicationLodged) event, field);
                break;
            case REGISTERED:
                d.phase = Phase.REGISTERED;
                d.step(date + ": the applicant was registered.", kind.source());
                break;
            case REST_AND_PREPARATION_STARTED:
                d.phase = Phase.REST_AND_PREPARATION;
                d.step(date + ": the rest and preparation period started.", ProcedureSources.TRACKS);
                break;
            case TRACK_ASSIGNED: {
                Track t = ((TrackAssigned) event).track();
                d.track = Optional.of(t);
                d.phase = Phase.IN_TRACK;
                d.step(
                        date + ": assigned to " + t.dutchLabel() + "."
                                + (t.isDormant()
                                        ? " This track is dormant: used only when the inflow rises sharply."
                                        : ""),
                        t.source());
                break;
            }
            case TRACK_CHANGED: {
                Track t = ((TrackChanged) event).track();
                if (track.equals(Optional.of(t))) {
                    throw reject(field, type, "the case is already in " + t);
                }
                d.track = Optional.of(t);
                d.step(
                        date + ": track change (spoorwissel) from "
                                + track.map(Track::dutchLabel).orElse("no track") + " to " + t.dutchLabel() + ".",
                        ProcedureSources.TRACK_CHANGE);
                break;
            }
            case INTENTION_ISSUED:
                d.phase = Phase.INTENTION_ISSUED;
                d.step(date + ": the IND issued its intention to reject (voornemen).", VW_39);
                break;
            case VIEW_SUBMITTED:
                d.phase = Phase.VIEW_SUBMITTED;
                d.step(date + ": the applicant submitted a view (zienswijze) on the intention.", VW_39);
                break;
            case COMPLETION_REQUESTED:
                d.completionRequestedOn = Optional.of(date);
                d.phase = Phase.AWAITING_COMPLETION;
                d.step(
                        date + ": the applicant was asked to complete the application; the decision period is"
                                + " suspended from " + date.plusDays(1) + ".",
                        ProcedureSources.AWB_4_5);
                break;
            case APPLICATION_COMPLETED:
                closeCompletion(d, date);
                d.phase = Phase.LODGED;
                break;
            case DECISION_PERIOD_SUSPENDED: {
                DecisionPeriodSuspended s = (DecisionPeriodSuspended) event;
                d.updateOpen(DECISION, t -> t.withSuspension(Suspension.of(s.date(), s.until(), s.ground())));
                d.step(
                        date + ": the decision period is suspended until " + s.until() + " ("
                                + s.ground().dutchLabel() + ").",
                        s.ground().source());
                break;
            }
            case DECISION_PERIOD_EXTENDED: {
                DecisionPeriodExtended x = (DecisionPeriodExtended) event;
                if (!allowedExtensionBases().contains(x.basis())) {
                    throw reject(
                            field,
                            type,
                            "basis " + x.basis() + " (" + x.basis().source().citation() + ") does not apply to a "
                                    + kind + " decision period; allowed: " + allowedExtensionBases());
                }
                d.updateOpen(DECISION, t -> t.withExtension(Extension.of(x.length(), x.basis(), x.date())));
                d.step(
                        date + ": the decision period is extended by " + x.length() + ".",
                        x.basis().source());
                break;
            }
            case DECIDED:
                decided(d, (Decided) event, field);
                break;
            case OBJECTION_LODGED: {
                Optional<RunningTerm> period = openTerm(OBJECTION_PERIOD);
                d.stop(OBJECTION_PERIOD, date);
                d.phase = Phase.OBJECTION_LODGED;
                LocalDate from =
                        period.map(t -> t.deadline(rules, List.of()).deadline()).orElse(date);
                d.step(date + ": objection lodged" + lateNote(period, date) + ".", ProcedureSources.AWB_7_1);
                d.terms.add(RunningTerm.ofRule(
                        rules,
                        OBJECTION_DECISION,
                        "objection",
                        from,
                        "The authority is in default: the objector may give notice of default and appeal for failure"
                                + " to decide in time.",
                        DEFAULT_CONSEQUENCE));
                break;
            }
            case OBJECTION_DECIDED: {
                Ruling r = ((ObjectionDecided) event).ruling();
                d.stop(OBJECTION_DECISION, date);
                d.ruling = Optional.of(r);
                d.phase = Phase.OBJECTION_DECIDED;
                d.step(date + ": the objection was declared " + r.dutchLabel() + ".", Sources.AWB_7_10);
                d.terms.add(RunningTerm.ofRule(
                        rules,
                        APPEAL_PERIOD,
                        kind == ProcedureKind.NATURALISATION ? "appeal-general" : "appeal-regular",
                        date,
                        "If no appeal is lodged by then, the decision on the objection becomes final.",
                        FINAL));
                break;
            }
            case APPEAL_LODGED: {
                Optional<RunningTerm> period = openTerm(APPEAL_PERIOD);
                d.stop(APPEAL_PERIOD, date);
                d.phase = Phase.APPEAL_LODGED;
                d.step(
                        date + ": appeal lodged with the district court" + lateNote(period, date) + ".",
                        ProcedureSources.AWB_6_11);
                if (kind == ProcedureKind.ASYLUM || kind == ProcedureKind.BORDER_ASYLUM) {
                    boolean shortTerm = kind == ProcedureKind.BORDER_ASYLUM
                            || track.map(Track::isGeneralProcedure).orElse(true)
                            || outcome.map(o -> o != Outcome.REJECTED && o != Outcome.GRANTED)
                                    .orElse(false);
                    d.terms.add(RunningTerm.ofRule(
                            rules,
                            COURT_DECISION,
                            shortTerm ? "court-asylum-short" : "court-asylum-extended",
                            date,
                            "The court has exceeded its statutory decision period (a term of order; the appeal stays"
                                    + " pending).",
                            ProcedureSources.VW.withArticle("art. 83b")));
                }
                break;
            }
            case APPEAL_DECIDED: {
                Ruling r = ((AppealDecided) event).ruling();
                d.stop(COURT_DECISION, date);
                d.ruling = Optional.of(r);
                d.phase = Phase.APPEAL_DECIDED;
                d.step(date + ": the district court declared the appeal " + r.dutchLabel() + ".", kind.source());
                d.terms.add(RunningTerm.ofRule(
                        rules,
                        FURTHER_APPEAL_PERIOD,
                        kind == ProcedureKind.NATURALISATION ? "appeal-general" : "further-appeal-immigration",
                        date,
                        "If no further appeal is lodged by then, the judgment becomes final.",
                        FINAL));
                break;
            }
            case FURTHER_APPEAL_LODGED: {
                Optional<RunningTerm> period = openTerm(FURTHER_APPEAL_PERIOD);
                d.stop(FURTHER_APPEAL_PERIOD, date);
                d.phase = Phase.FURTHER_APPEAL_LODGED;
                d.step(
                        date + ": further appeal lodged with the Council of State" + lateNote(period, date) + ".",
                        ProcedureSources.AWB_6_11);
                if (kind == ProcedureKind.ASYLUM || kind == ProcedureKind.BORDER_ASYLUM) {
                    d.terms.add(RunningTerm.ofRule(
                            rules,
                            FURTHER_COURT_DECISION,
                            "court-further-appeal-asylum",
                            date,
                            "The Council of State has exceeded its statutory decision period (a term of order).",
                            ProcedureSources.VW.withArticle("art. 89")));
                }
                break;
            }
            case FURTHER_APPEAL_DECIDED: {
                Ruling r = ((FurtherAppealDecided) event).ruling();
                d.stop(FURTHER_COURT_DECISION, date);
                d.ruling = Optional.of(r);
                d.phase = Phase.FURTHER_APPEAL_DECIDED;
                d.step(
                        date + ": the Council of State declared the further appeal " + r.dutchLabel()
                                + "; the judgment is final.",
                        kind.source());
                break;
            }
            case SIDE_INTAKE:
                sideIntake(d, (SideIntake) event, field);
                break;
            case BORDER_APPLICATION_LODGED: {
                if (((BorderApplicationLodged) event).unaccompaniedMinor()) {
                    throw reject(
                            field,
                            type,
                            "unaccompanied minors are never in the border procedure: they are admitted and their"
                                    + " application is handled in the regular asylum procedure ("
                                    + ProcedureSources.AMV_BORDER.citation() + ")");
                }
                d.phase = Phase.LODGED;
                d.step(
                        date + ": asylum application at the external border; the applicant stays in border"
                                + " detention while the application is examined.",
                        ProcedureSources.BORDER);
                TermRule borderRule = rules.rule("border-asylum", date);
                d.terms.add(RunningTerm.explicit(
                        BORDER_DECISION,
                        borderRule.name(),
                        date,
                        borderRule.term(),
                        borderRule.source(),
                        Optional.of(ProcedureSources.ATW_4_C.withNote(
                                "the Atw does not apply to terms of deprivation of liberty (border detention)")),
                        "If no decision is taken in time, the applicant is admitted to the Netherlands and the"
                                + " application is handled in the regular asylum procedure.",
                        borderRule.source()));
                break;
            }
            case ADMITTED_TO_REGULAR_PROCEDURE: {
                LocalDate lodgedOn = events.get(0).date();
                d.stop(BORDER_DECISION, date);
                d.kind = ProcedureKind.ASYLUM;
                d.phase = Phase.LODGED;
                d.step(
                        date + ": admitted to the Netherlands; the application lodged on " + lodgedOn
                                + " continues in the regular asylum procedure.",
                        ProcedureSources.BORDER);
                d.terms.add(asylumDecisionTerm(lodgedOn));
                break;
            }
            case SPONSOR_ASYLUM_GRANTED:
                d.phase = Phase.SPONSOR_GRANTED;
                d.step(date + ": the sponsor's asylum permit was granted.", ProcedureSources.NAREIS);
                d.terms.add(RunningTerm.ofRule(
                        rules,
                        NAREIS_APPLICATION,
                        "nareis-application",
                        date,
                        "After this day only regular family reunification is possible, with its own conditions.",
                        ProcedureSources.SVM_2024.withArticle("L3337")));
                break;
            case MVV_ISSUED:
                d.phase = Phase.MVV_ISSUED;
                d.step(date + ": the mvv was granted and notified; it must be collected at the post.", VW_2R);
                d.terms.add(RunningTerm.ofRule(
                        rules,
                        MVV_COLLECTION,
                        "mvv-collect",
                        date,
                        "The mvv was not collected in time; the State may not postpone the collection period.",
                        VW_2R));
                break;
            case MVV_COLLECTED:
                d.stop(MVV_COLLECTION, date);
                d.phase = Phase.MVV_COLLECTED;
                d.step(date + ": the mvv sticker was collected at the post.", VW_2R);
                d.terms.add(RunningTerm.ofRule(
                        rules,
                        MVV_ENTRY,
                        "mvv-entry",
                        date,
                        "The mvv has expired: entry with it is no longer possible.",
                        ProcedureSources.SVM_2024.withArticle("L3339")));
                break;
            case ENTERED:
                d.stop(MVV_ENTRY, date);
                d.phase = Phase.ENTERED;
                d.step(
                        date + ": the family member entered the Netherlands; the derived asylum permit follows.",
                        ProcedureSources.VW_29_2);
                break;
            case PERMIT_GRANTED:
                d.phase = Phase.PERMIT_GRANTED;
                d.step(date + ": the derived asylum permit was granted.", ProcedureSources.VW_29_2);
                break;
            case CEREMONY_ATTENDED:
                d.phase = Phase.NATURALISED;
                d.step(
                        date + ": the applicant attended the naturalisation ceremony and is Dutch from this day.",
                        ProcedureSources.CEREMONY);
                break;
            case RETURN_DECISION_ISSUED:
                returnDecision(d, (ReturnDecisionIssued) event);
                break;
            case ENTRY_BAN_IMPOSED: {
                EntryBanImposed b = (EntryBanImposed) event;
                d.entryBan = Optional.of(b);
                d.step(
                        date + ": " + b.ground().dutchLabel() + " of " + b.length() + " imposed with the return"
                                + " decision; it runs from the day of departure.",
                        b.ground().source());
                break;
            }
            case DEPARTED:
                d.stop(DEPARTURE_PERIOD, date);
                d.phase = Phase.DEPARTED;
                d.step(date + ": the person left the Netherlands.", ProcedureSources.VW_62_1);
                if (entryBan.isPresent()) {
                    EntryBanImposed b = entryBan.get();
                    d.terms.add(RunningTerm.explicit(
                            ENTRY_BAN,
                            b.ground().dutchLabel(),
                            date,
                            b.length(),
                            b.ground().source(),
                            Optional.of(ProcedureSources.OUHRAMI),
                            "The entry ban has ended: the person may enter again if the entry conditions are met.",
                            b.ground().source()));
                }
                break;
            default:
                throw reject(field, type, "not an event of this procedure");
        }
    }

    private void lodged(Draft d, ApplicationLodged e, String field) {
        LocalDate date = e.date();
        d.phase = Phase.LODGED;
        switch (kind) {
            case ASYLUM:
                d.step(date + ": asylum application lodged.", ProcedureSources.VW.withArticle("art. 42(1)"));
                d.terms.add(asylumDecisionTerm(date));
                break;
            case NAREIS: {
                Optional<RunningTerm> period = openTerm(NAREIS_APPLICATION);
                d.stop(NAREIS_APPLICATION, date);
                LocalDate last =
                        period.map(t -> t.deadline(rules, List.of()).deadline()).orElse(date);
                if (date.isAfter(last)) {
                    d.kind = ProcedureKind.REGULAR;
                    d.step(
                            date + ": application lodged after the nareis period ended on " + last
                                    + ": only regular family reunification is possible; handled as a regular application.",
                            ProcedureSources.SVM_2024.withArticle("L3335-L3337"));
                    d.terms.add(RunningTerm.ofRule(
                            rules,
                            DECISION,
                            StayPurpose.FAMILY_REUNIFICATION.decisionTermId(),
                            date,
                            "The IND is in default: notice of default, penalty (Awb 4:17) and appeal for failure to"
                                    + " decide in time.",
                            DEFAULT_CONSEQUENCE));
                } else {
                    d.step(
                            date + ": nareis application (mvv) lodged within the period ending " + last + ".",
                            ProcedureSources.NAREIS);
                    d.terms.add(RunningTerm.ofRule(
                            rules,
                            DECISION,
                            "nareis",
                            date,
                            "The IND is in default: notice of default and appeal for failure to decide in time.",
                            DEFAULT_CONSEQUENCE));
                }
                break;
            }
            case REGULAR: {
                if (e.purpose().map(StayPurpose::isAsylumGround).orElse(false)) {
                    throw reject(
                            field,
                            EventType.APPLICATION_LODGED,
                            "purpose " + e.purpose().get() + " is an asylum ground; lodge an ASYLUM application");
                }
                String ruleId = e.purpose().map(StayPurpose::decisionTermId).orElse("regular");
                d.step(
                        date + ": application for a regular residence permit lodged"
                                + e.purpose()
                                        .map(p -> " (" + p.dutchLabel() + ")")
                                        .orElse("")
                                + (e.withMvv().orElse(false) ? ", with an mvv (TEV procedure)" : "") + ".",
                        e.purpose().map(StayPurpose::source).orElse(ProcedureSources.VW.withArticle("art. 14")));
                d.terms.add(RunningTerm.ofRule(
                        rules,
                        DECISION,
                        ruleId,
                        date,
                        "The IND is in default: notice of default, penalty (Awb 4:17) and appeal for failure to"
                                + " decide in time.",
                        DEFAULT_CONSEQUENCE));
                break;
            }
            case NATURALISATION:
                d.step(date + ": naturalisation request lodged.", ProcedureSources.RWN);
                d.terms.add(RunningTerm.ofRule(
                        rules,
                        DECISION,
                        "naturalisation",
                        date,
                        "The IND is in default: notice of default and appeal for failure to decide in time.",
                        DEFAULT_CONSEQUENCE));
                break;
            default:
                throw new IllegalStateException("application-lodged in " + kind);
        }
    }

    private RunningTerm asylumDecisionTerm(LocalDate start) {
        return RunningTerm.ofRule(
                rules,
                DECISION,
                "asylum",
                start,
                "The IND is in default: the applicant may give notice of default and appeal for failure to decide in"
                        + " time (beroep niet tijdig beslissen); the administrative penalty is suspended for asylum"
                        + " decisions.",
                DEFAULT_CONSEQUENCE);
    }

    private void closeCompletion(Draft d, LocalDate date) {
        if (completionRequestedOn.isEmpty()) {
            return;
        }
        LocalDate from = completionRequestedOn.get().plusDays(1);
        d.completionRequestedOn = Optional.empty();
        if (!date.isBefore(from)) {
            d.updateOpen(
                    DECISION,
                    t -> t.withSuspension(Suspension.of(from, date, SuspensionGround.INCOMPLETE_APPLICATION)));
            d.step(
                    date + ": the application was completed; the decision period was suspended from " + from + " to "
                            + date + ".",
                    Sources.AWB_4_15);
        } else {
            d.step(
                    date + ": the application was completed on the day of the request: no suspension.",
                    Sources.AWB_4_15);
        }
    }

    private void decided(Draft d, Decided e, String field) {
        LocalDate date = e.date();
        Outcome o = e.outcome();
        if (!allowedOutcomes().contains(o)) {
            throw reject(
                    field,
                    EventType.DECIDED,
                    "outcome " + o + " is not possible here; allowed: " + allowedOutcomes()
                            + (kind == ProcedureKind.ASYLUM && track.isEmpty()
                                    ? " (a decision on the merits needs a track)"
                                    : ""));
        }
        if (kind == ProcedureKind.BORDER_ASYLUM) {
            LocalDate last = borderDecisionDeadline().orElse(date);
            if (date.isAfter(last)) {
                throw reject(
                        field,
                        EventType.DECIDED,
                        "the border procedure's decision period ended on " + last
                                + ": the applicant must be admitted to the regular procedure ("
                                + ProcedureSources.APD_43_2.citation() + ")");
            }
        }
        closeCompletion(d, date);
        Optional<RunningTerm> decisionTerm = d.openTerm(DECISION).or(() -> d.openTerm(BORDER_DECISION));
        d.stop(DECISION, date);
        d.stop(BORDER_DECISION, date);
        d.outcome = Optional.of(o);
        d.ruling = Optional.empty();
        d.phase = Phase.DECIDED;
        String late = decisionTerm
                .map(t -> t.deadline(rules, List.of()).deadline())
                .filter(date::isAfter)
                .map(dl -> " (after the decision period ended on " + dl + ")")
                .orElse("");
        d.step(
                date + ": decision: " + o.dutchLabel() + late
                        + track.map(t -> ", in " + t.dutchLabel()).orElse("") + ".",
                kind.source());
        boolean asylum = kind == ProcedureKind.ASYLUM || kind == ProcedureKind.BORDER_ASYLUM;
        if (o == Outcome.GRANTED) {
            if (asylum) {
                if (track.filter(t -> t == Track.TRACK_1_DUBLIN || t == Track.TRACK_2_SAFE_COUNTRY)
                        .isPresent()) {
                    d.fact("In principle no grants are made in track 1 or 2; a track change usually precedes a"
                            + " grant (De Staat van Migratie 2024 L2287).");
                }
                d.step(
                        "A fixed-term asylum residence permit follows, valid for five years; family members may"
                                + " apply for nareis within three months.",
                        ProcedureSources.VW_28);
            } else if (kind == ProcedureKind.NAREIS) {
                d.step("The mvv will be issued; then it must be collected and used to enter.", VW_2R);
            } else if (kind == ProcedureKind.NATURALISATION) {
                d.step(
                        "Naturalisation takes effect when the applicant attends the ceremony.",
                        ProcedureSources.CEREMONY);
            }
            return;
        }
        if (!o.isAdverse()) {
            return;
        }
        if (asylum) {
            d.step(
                    "No objection stage for asylum decisions: appeal lies directly to the district court.",
                    ProcedureSources.VW_80);
            boolean general = kind == ProcedureKind.BORDER_ASYLUM
                    || track.map(Track::isGeneralProcedure).orElse(true);
            d.terms.add(RunningTerm.ofRule(
                    rules,
                    APPEAL_PERIOD,
                    general ? "appeal-asylum-general" : "appeal-asylum-extended",
                    date,
                    "If no appeal is lodged by then, the decision becomes final; a late appeal is admissible only if"
                            + " the delay is excusable.",
                    FINAL));
            if (kind == ProcedureKind.BORDER_ASYLUM) {
                d.step(
                        "Entry is refused after all; border detention applies while return is prepared.",
                        ProcedureSources.BORDER);
            } else if (o == Outcome.NOT_CONSIDERED_DUBLIN) {
                d.fact("Another Member State is responsible: the applicant is to be transferred; if the transfer"
                        + " fails the case is taken up again (side intake).");
            } else if (track.equals(Optional.of(Track.TRACK_2_SAFE_COUNTRY))) {
                d.step(
                        "Rejected in track 2: the applicant must leave the Netherlands immediately and receives an"
                                + " entry ban of 2 years for the Netherlands and the whole EU.",
                        ProcedureSources.TRACK_2);
            } else {
                d.step(
                        "The rejection counts as a return decision with a departure period of four weeks.",
                        ProcedureSources.VW_45);
                d.terms.add(RunningTerm.ofRule(
                        rules,
                        DEPARTURE_PERIOD,
                        "departure",
                        date,
                        "The person must have left the Netherlands; after this day removal may follow, unless an"
                                + " appeal with suspensive effect (Vw 2000 art. 82) lets the person await the"
                                + " judgment here; suspensive effect is not modelled.",
                        VW_63));
            }
        } else {
            d.terms.add(RunningTerm.ofRule(
                    rules,
                    OBJECTION_PERIOD,
                    kind == ProcedureKind.NATURALISATION ? "objection-period" : "objection-regular",
                    date,
                    "If no objection is lodged by then, the decision becomes final.",
                    FINAL));
        }
    }

    private void sideIntake(Draft d, SideIntake e, String field) {
        boolean dublinFailed = phase == Phase.DECIDED && outcome.equals(Optional.of(Outcome.NOT_CONSIDERED_DUBLIN));
        boolean upheld = ruling.equals(Optional.of(Ruling.UPHELD))
                && (phase == Phase.APPEAL_DECIDED || phase == Phase.FURTHER_APPEAL_DECIDED);
        if (e.reason() == SideIntakeReason.DUBLIN_TRANSFER_FAILED && !dublinFailed) {
            throw reject(field, EventType.SIDE_INTAKE, "a failed Dublin transfer needs a Dublin decision");
        }
        if (e.reason() == SideIntakeReason.APPEAL_UPHELD && !upheld) {
            throw reject(field, EventType.SIDE_INTAKE, "no appeal was upheld");
        }
        d.supersedeOpen(e.date());
        d.kind = ProcedureKind.ASYLUM;
        d.phase = Phase.IN_TRACK;
        d.track = Optional.of(e.track());
        d.outcome = Optional.empty();
        d.ruling = Optional.empty();
        d.step(
                e.date() + ": the case is taken up again (side intake) in "
                        + e.track().dutchLabel() + ".",
                ProcedureSources.SIDE_INTAKE);
        if (e.reason() == SideIntakeReason.DUBLIN_TRANSFER_FAILED) {
            d.step(
                    "The Netherlands is responsible after the failed transfer: the decision period runs from this"
                            + " day.",
                    ProcedureSources.APD_31_3_DUBLIN);
            d.terms.add(asylumDecisionTerm(e.date()));
        } else {
            d.fact("The IND must take a new decision; the court may have set a term for it (not modelled).");
        }
    }

    private void returnDecision(Draft d, ReturnDecisionIssued e) {
        LocalDate date = e.date();
        d.phase = Phase.RETURN_DECISION_ISSUED;
        d.step(date + ": return decision issued.", ProcedureSources.VW_62_1);
        String consequence = "The person must have left the Netherlands; after this day removal may follow.";
        if (e.shortenedToDays().isPresent() && e.shorteningGround().isPresent()) {
            int days = e.shortenedToDays().get();
            DepartureShortening g = e.shorteningGround().get();
            if (days == 0) {
                d.step("The person must leave immediately: " + g.dutchLabel() + ".", g.source());
            } else {
                d.terms.add(RunningTerm.explicit(
                        DEPARTURE_PERIOD,
                        "shortened departure period",
                        date,
                        Period.ofDays(days),
                        g.source(),
                        Optional.empty(),
                        consequence,
                        VW_63));
                d.step("The departure period is shortened to " + days + " days: " + g.dutchLabel() + ".", g.source());
            }
        } else {
            d.terms.add(RunningTerm.ofRule(rules, DEPARTURE_PERIOD, "departure", date, consequence, VW_63));
        }
    }

    private String lateNote(Optional<RunningTerm> period, LocalDate date) {
        if (period.isEmpty()) {
            return "";
        }
        LocalDate last = period.get().deadline(rules, List.of()).deadline();
        return date.isAfter(last)
                ? " after the period ended on " + last + " (admissible only if the delay is excusable)"
                : " within the period ending " + last;
    }

    private Optional<RunningTerm> openTerm(String id) {
        for (int i = terms.size() - 1; i >= 0; i--) {
            RunningTerm t = terms.get(i);
            if (t.id().equals(id) && t.open()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The suspension still running on a day because a request to complete the application is open. */
    private static List<Suspension> openSuspension(
            RunningTerm t, Optional<LocalDate> completionRequestedOn, LocalDate on) {
        if (t.open() && t.id().equals(DECISION) && completionRequestedOn.isPresent()) {
            LocalDate from = completionRequestedOn.get().plusDays(1);
            if (!on.isBefore(from)) {
                return List.of(Suspension.of(from, on, SuspensionGround.INCOMPLETE_APPLICATION));
            }
        }
        return List.of();
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
            List<Suspension> extra = openSuspension(t, completionRequestedOn, on);
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
                why.fact("The request to complete the application is still open: the term is taken as suspended up"
                        + " to " + on + " and moves on every further day.");
            }
            switch (status) {
                case MET:
                    why.fact("Ended in time by the event on " + t.stoppedOn().orElseThrow() + ".");
                    break;
                case MET_LATE:
                    why.fact("Ended by the event on " + t.stoppedOn().orElseThrow() + ", "
                            + ChronoUnit.DAYS.between(
                                    dl.deadline(), t.stoppedOn().orElseThrow())
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
            reports.add(new DeadlineReport(
                    t.id(),
                    t.label(),
                    t.start(),
                    dl.deadline(),
                    status,
                    ChronoUnit.DAYS.between(on, dl.deadline()),
                    t.stoppedOn(),
                    t.consequence(),
                    why.build()));
        }
        Optional<DeadlineReport> next = reports.stream()
                .filter(r -> r.status() == TermStatus.RUNNING)
                .min(Comparator.comparing(DeadlineReport::deadline));
        return new CaseReport(kind, phase, on, track, outcome, reports, next, List.copyOf(allowedEvents()), history());
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

    /** The mutable copy a transition works on. */
    private static final class Draft {
        ProcedureKind kind;
        Phase phase;
        Optional<Track> track;
        Optional<Outcome> outcome;
        Optional<Ruling> ruling;
        Optional<LocalDate> completionRequestedOn;
        Optional<EntryBanImposed> entryBan;
        final List<ProcedureEvent> events;
        final List<RunningTerm> terms;
        final List<ExplanationStep> history;
        final ProcedureTerms rules;

        Draft(ProcedureKind kind, ProcedureTerms rules) {
            this.kind = kind;
            this.phase = Phase.NOT_STARTED;
            this.track = Optional.empty();
            this.outcome = Optional.empty();
            this.ruling = Optional.empty();
            this.completionRequestedOn = Optional.empty();
            this.entryBan = Optional.empty();
            this.events = new ArrayList<>();
            this.terms = new ArrayList<>();
            this.history = new ArrayList<>();
            this.rules = rules;
        }

        Draft(ProcedureState s) {
            this.kind = s.kind;
            this.phase = s.phase;
            this.track = s.track;
            this.outcome = s.outcome;
            this.ruling = s.ruling;
            this.completionRequestedOn = s.completionRequestedOn;
            this.entryBan = s.entryBan;
            this.events = new ArrayList<>(s.events);
            this.terms = new ArrayList<>(s.terms);
            this.history = new ArrayList<>(s.history);
            this.rules = s.rules;
        }

        void step(String text, LegalSource source) {
            history.add(ExplanationStep.of(text, source));
        }

        void fact(String text) {
            history.add(ExplanationStep.fact(text));
        }

        void stop(String id, LocalDate day) {
            for (int i = 0; i < terms.size(); i++) {
                RunningTerm t = terms.get(i);
                if (t.id().equals(id) && t.open()) {
                    terms.set(i, t.stopped(day));
                }
            }
        }

        void supersedeOpen(LocalDate day) {
            for (int i = 0; i < terms.size(); i++) {
                if (terms.get(i).open()) {
                    terms.set(i, terms.get(i).superseded(day));
                }
            }
        }

        void updateOpen(String id, java.util.function.UnaryOperator<RunningTerm> f) {
            for (int i = terms.size() - 1; i >= 0; i--) {
                RunningTerm t = terms.get(i);
                if (t.id().equals(id) && t.open()) {
                    terms.set(i, f.apply(t));
                    return;
                }
            }
        }

        Optional<RunningTerm> openTerm(String id) {
            for (int i = terms.size() - 1; i >= 0; i--) {
                RunningTerm t = terms.get(i);
                if (t.id().equals(id) && t.open()) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }
}
