package io.github.migratiekit.core.procedure.testing;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.permit.StayPurpose;
import io.github.migratiekit.core.procedure.CaseReport;
import io.github.migratiekit.core.procedure.DeadlineReport;
import io.github.migratiekit.core.procedure.DecisionGround;
import io.github.migratiekit.core.procedure.DepartureShortening;
import io.github.migratiekit.core.procedure.EntryBanGround;
import io.github.migratiekit.core.procedure.EventType;
import io.github.migratiekit.core.procedure.Outcome;
import io.github.migratiekit.core.procedure.Phase;
import io.github.migratiekit.core.procedure.ProcedureCase;
import io.github.migratiekit.core.procedure.ProcedureEvent;
import io.github.migratiekit.core.procedure.ProcedureKind;
import io.github.migratiekit.core.procedure.ProcedureState;
import io.github.migratiekit.core.procedure.Procedures;
import io.github.migratiekit.core.procedure.Ruling;
import io.github.migratiekit.core.procedure.SideIntakeReason;
import io.github.migratiekit.core.procedure.TermStatus;
import io.github.migratiekit.core.procedure.Track;
import io.github.migratiekit.core.time.ExtensionBasis;
import io.github.migratiekit.core.time.SuspensionGround;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for procedures: valid event sequences produced by a random walk over the allowed events
 * of each state, and single events of a given type (valid on their own, whether or not allowed in a state).
 *
 * <p>Knobs: the kind of procedure, the maximum number of events, and the largest gap in days between events.
 */
public final class ProcedureGenerators {
    private ProcedureGenerators() {}

    private static final LocalDate FIRST = LocalDate.of(2018, 6, 1); // every bundled rule applies from here
    private static final int SPAN_DAYS = 4_400; // up to about 2030

    /**
     * The number of examples a property tries: {@code -DQT_EXAMPLES=n} when given (to deepen a run, or to shorten a
     * mutation run), else {@code usual}.
     *
     * @param usual the number for an ordinary build
     * @return the number of examples
     */
    public static int examples(int usual) {
        return Integer.getInteger("QT_EXAMPLES", usual);
    }

    /**
     * Any kind of procedure.
     *
     * @return the generator
     */
    public static Gen<ProcedureKind> kinds() {
        return Generate.enumValues(ProcedureKind.class);
    }

    /**
     * Valid event sequences of any kind, up to 14 events, gaps up to 40 days.
     *
     * @return the generator of cases
     */
    public static Gen<ProcedureCase> cases() {
        return kinds().flatMap(k -> cases(k, 14, 40));
    }

    /**
     * Valid event sequences of one kind.
     *
     * @param kind the kind
     * @param maxEvents the most events
     * @param maxGapDays the largest gap between events
     * @return the generator of cases
     */
    public static Gen<ProcedureCase> cases(ProcedureKind kind, int maxEvents, int maxGapDays) {
        return in -> {
            IntUnaryOperator pick = n -> n <= 1 ? 0 : Generate.range(0, n - 1).generate(in);
            int length = pick.applyAsInt(maxEvents + 1);
            LocalDate start = FIRST.plusDays(pick.applyAsInt(SPAN_DAYS));
            return new ProcedureCase(kind, walk(kind, length, start, maxGapDays, pick));
        };
    }

    /** Walks from the initial state, choosing among the allowed events; every event produced is valid. */
    static List<ProcedureEvent> walk(
            ProcedureKind kind, int length, LocalDate start, int maxGapDays, IntUnaryOperator pick) {
        ProcedureState s = Procedures.start(kind);
        List<ProcedureEvent> events = new ArrayList<>();
        LocalDate last = start;
        for (int i = 0; i < length; i++) {
            List<EventType> allowed = new ArrayList<>(s.allowedEvents());
            allowed.sort(null);
            if (allowed.isEmpty()) {
                break;
            }
            LocalDate date = last.plusDays(pick.applyAsInt(maxGapDays + 1));
            Optional<LocalDate> border = s.borderDecisionDeadline();
            if (border.isPresent() && date.isAfter(border.get())) {
                date = last;
            }
            Optional<LocalDate> decisionEnd = runningDecisionEnd(s, date);
            if (decisionEnd.isEmpty()
                    || date.plusDays(1).isAfter(decisionEnd.get())
                    || s.allowedExtensionBases().isEmpty()) {
                allowed.remove(EventType.DECISION_PERIOD_EXTENDED);
            }
            if (allowed.isEmpty()) {
                break;
            }
            EventType type = allowed.get(pick.applyAsInt(allowed.size()));
            ProcedureEvent e = event(s, type, date, pick);
            if (e instanceof ProcedureEvent.DecisionPeriodExtended x
                    && !x.length().equals(x.basis().smallestStep())) {
                try {
                    s.apply(e);
                } catch (InvalidInputException tooLong) {
                    // the random length exceeds what is left of the basis's maximum: the smallest step always fits
                    e = new ProcedureEvent.DecisionPeriodExtended(
                            x.date(), x.basis().smallestStep(), x.basis());
                }
            }
            s = s.apply(e);
            events.add(e);
            last = e.date();
        }
        return events;
    }

    private static Optional<LocalDate> runningDecisionEnd(ProcedureState s, LocalDate on) {
        CaseReport r = s.report(on);
        return r.deadlines().stream()
                .filter(d -> d.id().equals("decision") && d.status() == TermStatus.RUNNING)
                .map(DeadlineReport::deadline)
                .findFirst();
    }

    /**
     * Makes an event of a type dated on a day, with fields chosen to be valid for the state where that matters
     * (outcomes allowed, a track different from the current one, a side-intake reason that fits).
     *
     * @param s the state it is meant for
     * @param type the type
     * @param date the day
     * @param pick chooses an index below its argument
     * @return the event
     */
    public static ProcedureEvent event(ProcedureState s, EventType type, LocalDate date, IntUnaryOperator pick) {
        switch (type) {
            case APPLICATION_LODGED: {
                List<StayPurpose> regular = Arrays.stream(StayPurpose.values())
                        .filter(p -> !p.isAsylumGround())
                        .toList();
                Optional<StayPurpose> purpose = s.kind() == ProcedureKind.REGULAR && pick.applyAsInt(2) == 0
                        ? Optional.of(regular.get(pick.applyAsInt(regular.size())))
                        : Optional.empty();
                int mvv = pick.applyAsInt(3);
                return new ProcedureEvent.ApplicationLodged(
                        date, purpose, mvv == 2 ? Optional.empty() : Optional.of(mvv == 0));
            }
            case REGISTERED:
                return new ProcedureEvent.Registered(date);
            case REST_AND_PREPARATION_STARTED:
                return new ProcedureEvent.RestAndPreparationStarted(date);
            case TRACK_ASSIGNED:
                return new ProcedureEvent.TrackAssigned(date, anyTrack(pick));
            case TRACK_CHANGED: {
                List<Track> others = Arrays.stream(Track.values())
                        .filter(t -> !s.track().equals(Optional.of(t)))
                        .toList();
                return new ProcedureEvent.TrackChanged(date, others.get(pick.applyAsInt(others.size())));
            }
            case INTENTION_ISSUED:
                return new ProcedureEvent.IntentionIssued(date);
            case VIEW_SUBMITTED:
                return new ProcedureEvent.ViewSubmitted(date);
            case COMPLETION_REQUESTED:
                return new ProcedureEvent.CompletionRequested(date);
            case APPLICATION_COMPLETED:
                return new ProcedureEvent.ApplicationCompleted(date);
            case DECISION_PERIOD_SUSPENDED: {
                LocalDate first = date.plusDays(1);
                return new ProcedureEvent.DecisionPeriodSuspended(
                        first,
                        first.plusDays(pick.applyAsInt(31)),
                        SuspensionGround.values()[pick.applyAsInt(SuspensionGround.values().length)]);
            }
            case DECISION_PERIOD_EXTENDED: {
                List<ExtensionBasis> bases = new ArrayList<>(s.allowedExtensionBases());
                if (bases.isEmpty()) {
                    bases = List.of(ExtensionBasis.AWB_4_14);
                }
                ExtensionBasis basis = bases.get(pick.applyAsInt(bases.size()));
                Period length = basis.maximum()
                        .map(max -> max.toTotalMonths() > 0
                                ? Period.ofMonths(1 + pick.applyAsInt((int) max.toTotalMonths()))
                                : Period.ofDays(1 + pick.applyAsInt(max.getDays())))
                        .orElse(Period.ofMonths(1 + pick.applyAsInt(6)));
                return new ProcedureEvent.DecisionPeriodExtended(date, length, basis);
            }
            case DECIDED: {
                List<Outcome> outcomes = new ArrayList<>(s.allowedOutcomes());
                if (outcomes.isEmpty()) {
                    outcomes = List.of(Outcome.values());
                }
                Outcome outcome = outcomes.get(pick.applyAsInt(outcomes.size()));
                List<DecisionGround> grounds = new ArrayList<>(DecisionGround.fitting(outcome));
                boolean asylum = s.kind() == ProcedureKind.ASYLUM || s.kind() == ProcedureKind.BORDER_ASYLUM;
                Optional<DecisionGround> ground = asylum && !grounds.isEmpty() && pick.applyAsInt(2) == 0
                        ? Optional.of(grounds.get(pick.applyAsInt(grounds.size())))
                        : Optional.empty();
                return new ProcedureEvent.Decided(date, outcome, ground);
            }
            case OBJECTION_LODGED:
                return new ProcedureEvent.ObjectionLodged(date);
            case OBJECTION_DECIDED:
                return new ProcedureEvent.ObjectionDecided(date, anyRuling(pick));
            case APPEAL_LODGED:
                return new ProcedureEvent.AppealLodged(date);
            case APPEAL_DECIDED:
                return new ProcedureEvent.AppealDecided(date, anyRuling(pick));
            case FURTHER_APPEAL_LODGED:
                return new ProcedureEvent.FurtherAppealLodged(date);
            case FURTHER_APPEAL_DECIDED:
                return new ProcedureEvent.FurtherAppealDecided(date, anyRuling(pick));
            case SIDE_INTAKE: {
                SideIntakeReason reason = s.phase() == Phase.DECIDED
                        ? SideIntakeReason.DUBLIN_TRANSFER_FAILED
                        : SideIntakeReason.APPEAL_UPHELD;
                return new ProcedureEvent.SideIntake(date, reason, anyTrack(pick));
            }
            case BORDER_APPLICATION_LODGED:
                return new ProcedureEvent.BorderApplicationLodged(date, false);
            case ADMITTED_TO_REGULAR_PROCEDURE:
                return new ProcedureEvent.AdmittedToRegularProcedure(date);
            case SPONSOR_ASYLUM_GRANTED:
                return new ProcedureEvent.SponsorAsylumGranted(date);
            case MVV_ISSUED:
                return new ProcedureEvent.MvvIssued(date);
            case MVV_COLLECTED:
                return new ProcedureEvent.MvvCollected(date);
            case ENTERED:
                return new ProcedureEvent.Entered(date);
            case PERMIT_GRANTED:
                return new ProcedureEvent.PermitGranted(date);
            case CEREMONY_ATTENDED:
                return new ProcedureEvent.CeremonyAttended(date);
            case RETURN_DECISION_ISSUED: {
                if (pick.applyAsInt(2) == 0) {
                    return ProcedureEvent.ReturnDecisionIssued.on(date);
                }
                DepartureShortening[] grounds = DepartureShortening.values();
                return new ProcedureEvent.ReturnDecisionIssued(
                        date, Optional.of(pick.applyAsInt(28)), Optional.of(grounds[pick.applyAsInt(grounds.length)]));
            }
            case ENTRY_BAN_IMPOSED: {
                EntryBanGround g = EntryBanGround.values()[pick.applyAsInt(EntryBanGround.values().length)];
                int months = 1 + pick.applyAsInt((int) g.maximum().toTotalMonths());
                return new ProcedureEvent.EntryBanImposed(
                        date, Period.ofMonths(months).normalized(), g);
            }
            case DEPARTED:
                return new ProcedureEvent.Departed(date);
        }
        throw new IllegalArgumentException(type.toString());
    }

    private static Track anyTrack(IntUnaryOperator pick) {
        return Track.values()[pick.applyAsInt(Track.values().length)];
    }

    private static Ruling anyRuling(IntUnaryOperator pick) {
        return Ruling.values()[pick.applyAsInt(Ruling.values().length)];
    }
}
