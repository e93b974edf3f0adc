package io.github.migratiekit.core.procedure;

import static io.github.migratiekit.core.procedure.Phase.APPEAL_DECIDED;
import static io.github.migratiekit.core.procedure.Phase.APPEAL_LODGED;
import static io.github.migratiekit.core.procedure.Phase.DECIDED;
import static io.github.migratiekit.core.procedure.Phase.FURTHER_APPEAL_DECIDED;
import static io.github.migratiekit.core.procedure.Phase.FURTHER_APPEAL_LODGED;
import static io.github.migratiekit.core.procedure.Phase.INTENTION_ISSUED;
import static io.github.migratiekit.core.procedure.Phase.IN_TRACK;
import static io.github.migratiekit.core.procedure.Phase.LODGED;
import static io.github.migratiekit.core.procedure.Phase.NOT_STARTED;
import static io.github.migratiekit.core.procedure.Phase.REGISTERED;
import static io.github.migratiekit.core.procedure.Phase.REST_AND_PREPARATION;
import static io.github.migratiekit.core.procedure.Phase.VIEW_SUBMITTED;
import static io.github.migratiekit.core.procedure.TermIds.APPEAL_PERIOD;
import static io.github.migratiekit.core.procedure.TermIds.DECISION;
import static io.github.migratiekit.core.procedure.TermIds.DEPARTURE_PERIOD;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.procedure.ProcedureEvent.SideIntake;
import io.github.migratiekit.core.procedure.ProcedureEvent.TrackAssigned;
import io.github.migratiekit.core.procedure.ProcedureEvent.TrackChanged;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The asylum procedure (Vw 2000 art. 28 ff.): lodging, registration, rest and preparation, tracks, intention and
 * view, decision, appeal, further appeal, and side intake after a failed Dublin transfer or an upheld appeal. There is
 * no objection stage (Vw 2000 art. 80).
 */
final class AsylumProcedure {
    private AsylumProcedure() {}

    private static final LegalSource ASYLUM = ProcedureKind.ASYLUM.source();
    static final LegalSource VW_39 =
            ProcedureSources.VW.withArticle("art. 39").withNote("intention and view; article not verified");
    private static final Set<Phase> BEFORE_DECISION =
            EnumSet.of(LODGED, REGISTERED, REST_AND_PREPARATION, IN_TRACK, INTENTION_ISSUED, VIEW_SUBMITTED);
    private static final Set<Phase> IN_A_TRACK = EnumSet.of(IN_TRACK, INTENTION_ISSUED, VIEW_SUBMITTED);
    private static final Set<Phase> DECIDABLE = BEFORE_DECISION;

    static final Machine MACHINE = Machine.builder(ProcedureKind.ASYLUM)
            // each row: phase, event, [only when], next phase, legal basis, effect
            .on(NOT_STARTED, EventType.APPLICATION_LODGED, LODGED, ProcedureSources.VW_42_1, AsylumProcedure::lodged)
            .on(LODGED, EventType.REGISTERED, REGISTERED, ASYLUM, AsylumProcedure::registered)
            .on(
                    REGISTERED,
                    EventType.REST_AND_PREPARATION_STARTED,
                    REST_AND_PREPARATION,
                    ProcedureSources.TRACKS,
                    AsylumProcedure::restAndPreparation)
            .onEach(
                    EnumSet.of(REGISTERED, REST_AND_PREPARATION),
                    EventType.TRACK_ASSIGNED,
                    IN_TRACK,
                    ProcedureSources.TRACKS,
                    AsylumProcedure::trackAssigned)
            .staysIn(
                    IN_A_TRACK,
                    EventType.TRACK_CHANGED,
                    s -> true,
                    ProcedureSources.TRACK_CHANGE,
                    AsylumProcedure::trackChanged)
            .on(IN_TRACK, EventType.INTENTION_ISSUED, INTENTION_ISSUED, VW_39, AsylumProcedure::intention)
            .on(INTENTION_ISSUED, EventType.VIEW_SUBMITTED, VIEW_SUBMITTED, VW_39, AsylumProcedure::view)
            .staysIn(
                    BEFORE_DECISION,
                    EventType.DECISION_PERIOD_SUSPENDED,
                    AsylumProcedure::decisionRunning,
                    Sources.AWB_4_15,
                    DecisionPeriods::suspended)
            .staysIn(
                    BEFORE_DECISION,
                    EventType.DECISION_PERIOD_EXTENDED,
                    AsylumProcedure::decisionRunning,
                    ProcedureSources.VW_42_4,
                    DecisionPeriods::extended)
            .onEach(DECIDABLE, EventType.DECIDED, DECIDED, ASYLUM, AsylumProcedure::decided)
            .rows(b -> remedies(b, ASYLUM))
            .outcomes(s -> s.track().isPresent()
                    ? EnumSet.allOf(Outcome.class)
                    : EnumSet.of(Outcome.WITHDRAWN, Outcome.NOT_PROCESSED))
            .build();

    /**
     * The rows after a first-instance asylum decision, shared by the asylum and the border asylum procedure: appeal
     * and further appeal (Awb art. 6:11 for their timeliness), and a side intake after a Dublin decision or an upheld
     * decision.
     *
     * @param b the machine being built
     * @param basis the source of the procedure whose court decisions these are
     * @return {@code b}
     */
    static Machine.Builder remedies(Machine.Builder b, LegalSource basis) {
        return b.on(
                        DECIDED,
                        EventType.APPEAL_LODGED,
                        AsylumProcedure::adverse,
                        APPEAL_LODGED,
                        ProcedureSources.AWB_6_11,
                        Remedies::asylumAppealLodged)
                .on(
                        DECIDED,
                        EventType.SIDE_INTAKE,
                        AsylumProcedure::dublin,
                        IN_TRACK,
                        ProcedureSources.SIDE_INTAKE,
                        AsylumProcedure::sideIntake)
                .on(APPEAL_LODGED, EventType.APPEAL_DECIDED, APPEAL_DECIDED, basis, AsylumProcedure::appealDecided)
                .on(
                        APPEAL_DECIDED,
                        EventType.FURTHER_APPEAL_LODGED,
                        FURTHER_APPEAL_LODGED,
                        ProcedureSources.AWB_6_11,
                        Remedies::asylumFurtherAppealLodged)
                .on(
                        APPEAL_DECIDED,
                        EventType.SIDE_INTAKE,
                        AsylumProcedure::upheld,
                        IN_TRACK,
                        ProcedureSources.SIDE_INTAKE,
                        AsylumProcedure::sideIntake)
                .on(
                        FURTHER_APPEAL_LODGED,
                        EventType.FURTHER_APPEAL_DECIDED,
                        FURTHER_APPEAL_DECIDED,
                        basis,
                        Remedies::furtherAppealDecided)
                .on(
                        FURTHER_APPEAL_DECIDED,
                        EventType.SIDE_INTAKE,
                        AsylumProcedure::upheld,
                        IN_TRACK,
                        ProcedureSources.SIDE_INTAKE,
                        AsylumProcedure::sideIntake);
    }

    static boolean decisionRunning(ProcedureState s) {
        return s.openTerm(DECISION).isPresent();
    }

    static boolean adverse(ProcedureState s) {
        return s.outcome().map(Outcome::isAdverse).orElse(false);
    }

    static boolean dublin(ProcedureState s) {
        return s.outcome().equals(Optional.of(Outcome.NOT_CONSIDERED_DUBLIN));
    }

    static boolean upheld(ProcedureState s) {
        return s.ruling().equals(Optional.of(Ruling.UPHELD));
    }

    private static void lodged(Draft d) {
        d.step(d.date() + ": asylum application lodged.", d.source());
        d.add(DecisionPeriods.asylumDecisionTerm(d.rules(), d.date()));
    }

    private static void registered(Draft d) {
        d.step(d.date() + ": the applicant was registered.", d.source());
    }

    private static void restAndPreparation(Draft d) {
        d.step(d.date() + ": the rest and preparation period started.", d.source());
    }

    private static void trackAssigned(Draft d) {
        Track t = ((TrackAssigned) d.event()).track();
        d.track = Optional.of(t);
        d.step(
                d.date() + ": assigned to " + t.dutchLabel() + "."
                        + (t.isDormant() ? " This track is dormant: used only when the inflow rises sharply." : ""),
                t.source());
    }

    private static void trackChanged(Draft d) {
        Track t = ((TrackChanged) d.event()).track();
        Optional<Track> before = d.before().track();
        if (before.equals(Optional.of(t))) {
            throw d.reject("the case is already in " + t);
        }
        d.track = Optional.of(t);
        d.step(
                d.date() + ": track change (spoorwissel) from "
                        + before.map(Track::dutchLabel).orElse("no track") + " to " + t.dutchLabel() + ".",
                d.source());
    }

    private static void intention(Draft d) {
        d.step(d.date() + ": the IND issued its intention to reject (voornemen).", d.source());
    }

    private static void view(Draft d) {
        d.step(d.date() + ": the applicant submitted a view (zienswijze) on the intention.", d.source());
    }

    /** {@code decided} in an asylum case (also the border procedure): what follows from each outcome. */
    static void decided(Draft d) {
        Outcome o = DecisionPeriods.decide(d);
        ProcedureState s = d.before();
        LocalDate date = d.date();
        if (o == Outcome.GRANTED) {
            if (s.track()
                    .filter(t -> t == Track.TRACK_1_DUBLIN || t == Track.TRACK_2_SAFE_COUNTRY)
                    .isPresent()) {
                d.fact("In principle no grants are made in track 1 or 2; a track change usually precedes a"
                        + " grant (De Staat van Migratie 2024 L2287).");
            }
            d.step(
                    "A fixed-term asylum residence permit follows, valid for five years; family members may"
                            + " apply for nareis within three months.",
                    ProcedureSources.VW_28);
            return;
        }
        if (!o.isAdverse()) {
            return;
        }
        d.step(
                "No objection stage for asylum decisions: appeal lies directly to the district court.",
                ProcedureSources.VW_80);
        AppealPeriods.Choice choice = AppealPeriods.forAsylumDecision(s, (ProcedureEvent.Decided) d.event());
        d.appealChoice = Optional.of(choice);
        d.step(choice.reason(), choice.basis());
        RunningTerm appeal = RunningTerm.ofRule(
                d.rules(), APPEAL_PERIOD, choice.appealRule(), date, Remedies.FINAL_IF_NO_APPEAL, Remedies.FINAL);
        for (String w : choice.warnings()) {
            d.fact("Warning: " + w);
            appeal = appeal.withWarning(w);
        }
        d.add(appeal);
        if (s.kind() == ProcedureKind.BORDER_ASYLUM) {
            d.step(
                    "Entry is refused after all; border detention applies while return is prepared.",
                    ProcedureSources.BORDER);
        } else if (o == Outcome.NOT_CONSIDERED_DUBLIN) {
            d.fact("Another Member State is responsible: the applicant is to be transferred; if the transfer"
                    + " fails the case is taken up again (side intake).");
        } else if (s.track().equals(Optional.of(Track.TRACK_2_SAFE_COUNTRY))) {
            d.step(
                    "Rejected in track 2: the applicant must leave the Netherlands immediately and receives an"
                            + " entry ban of 2 years for the Netherlands and the whole EU.",
                    ProcedureSources.TRACK_2);
        } else {
            d.step(
                    "The rejection counts as a return decision with a departure period of four weeks.",
                    ProcedureSources.VW_45);
            d.add(RunningTerm.ofRule(
                    d.rules(),
                    DEPARTURE_PERIOD,
                    "departure",
                    date,
                    "The person must have left the Netherlands; after this day removal may follow, unless an"
                            + " appeal with suspensive effect (Vw 2000 art. 82) lets the person await the"
                            + " judgment here; suspensive effect is not modelled.",
                    ProcedureSources.VW_63));
        }
    }

    /**
     * {@code appeal-decided} in an asylum case: the further appeal period goes with the appeal period (one week
     * after an appeal under Vw 2000 art. 69(2), ECLI:NL:RVS:2013:2679; four weeks otherwise).
     */
    static void appealDecided(Draft d) {
        Optional<AppealPeriods.Choice> choice = d.before().appealChoice();
        Remedies.appealDecided(
                        choice.map(AppealPeriods.Choice::furtherAppealRule).orElse("further-appeal-immigration"),
                        choice.map(AppealPeriods.Choice::warnings).orElse(java.util.List.of()))
                .apply(d);
        if (choice.map(AppealPeriods.Choice::oneWeek).orElse(false)) {
            d.step(
                    "Further appeal period: one week, as for the appeal: art. 69(2) also governs the further appeal.",
                    AppealPeriods.FURTHER_APPEAL_69_2);
        }
    }

    /**
     * {@code side-intake}: a decided case is taken up again in a track, after a failed Dublin transfer (a new
     * decision period runs) or an upheld appeal; every open term is superseded.
     */
    static void sideIntake(Draft d) {
        SideIntake e = (SideIntake) d.event();
        ProcedureState s = d.before();
        boolean dublinFailed = s.phase() == DECIDED && dublin(s);
        boolean upheld = upheld(s) && (s.phase() == APPEAL_DECIDED || s.phase() == FURTHER_APPEAL_DECIDED);
        if (e.reason() == SideIntakeReason.DUBLIN_TRANSFER_FAILED && !dublinFailed) {
            throw d.reject("a failed Dublin transfer needs a Dublin decision");
        }
        if (e.reason() == SideIntakeReason.APPEAL_UPHELD && !upheld) {
            throw d.reject("no appeal was upheld");
        }
        d.supersedeOpen(d.date());
        d.kind = ProcedureKind.ASYLUM;
        d.track = Optional.of(e.track());
        d.outcome = Optional.empty();
        d.ruling = Optional.empty();
        d.appealChoice = Optional.empty();
        d.step(
                d.date() + ": the case is taken up again (side intake) in "
                        + e.track().dutchLabel() + ".",
                d.source());
        if (e.reason() == SideIntakeReason.DUBLIN_TRANSFER_FAILED) {
            d.step(
                    "The Netherlands is responsible after the failed transfer: the decision period runs from this"
                            + " day.",
                    ProcedureSources.APD_31_3_DUBLIN);
            d.add(DecisionPeriods.asylumDecisionTerm(d.rules(), d.date()));
        } else {
            d.fact("The IND must take a new decision; the court may have set a term for it (not modelled).");
        }
    }
}
