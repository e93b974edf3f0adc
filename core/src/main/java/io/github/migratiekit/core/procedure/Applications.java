package io.github.migratiekit.core.procedure;

import static io.github.migratiekit.core.procedure.Phase.APPEAL_DECIDED;
import static io.github.migratiekit.core.procedure.Phase.APPEAL_LODGED;
import static io.github.migratiekit.core.procedure.Phase.AWAITING_COMPLETION;
import static io.github.migratiekit.core.procedure.Phase.DECIDED;
import static io.github.migratiekit.core.procedure.Phase.FURTHER_APPEAL_DECIDED;
import static io.github.migratiekit.core.procedure.Phase.FURTHER_APPEAL_LODGED;
import static io.github.migratiekit.core.procedure.Phase.LODGED;
import static io.github.migratiekit.core.procedure.Phase.OBJECTION_DECIDED;
import static io.github.migratiekit.core.procedure.Phase.OBJECTION_LODGED;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the application procedures (nareis, regular, naturalisation) share: from lodging to the decision (request to
 * complete, suspension, extension), and after an adverse decision objection, appeal and further appeal, each with
 * the period of its own rule.
 */
final class Applications {
    private Applications() {}

    /**
     * The periods that differ between the application procedures.
     *
     * @param objection the rule of the objection period (Vw 2000 art. 69(1), or Awb art. 6:7 for naturalisation)
     * @param appeal the rule of the appeal period after the objection
     * @param furtherAppeal the rule of the further appeal period
     */
    record Periods(String objection, String appeal, String furtherAppeal) {}

    /** The rows every application procedure has, from {@code LODGED} on. */
    static Machine.Builder commonRows(
            Machine.Builder b, ProcedureKind kind, Periods periods, Consumer<Draft> afterGrant) {
        LegalSource basis = kind.source();
        return b
                // each row: phase, event, [only when], next phase, legal basis, effect
                .on(
                        LODGED,
                        EventType.COMPLETION_REQUESTED,
                        AWAITING_COMPLETION,
                        ProcedureSources.AWB_4_5,
                        DecisionPeriods::completionRequested)
                .on(LODGED, EventType.DECISION_PERIOD_SUSPENDED, LODGED, Sources.AWB_4_15, DecisionPeriods::suspended)
                .staysIn(
                        EnumSet.of(LODGED, AWAITING_COMPLETION),
                        EventType.DECISION_PERIOD_EXTENDED,
                        s -> true,
                        Sources.AWB_4_14,
                        DecisionPeriods::extended)
                .on(
                        AWAITING_COMPLETION,
                        EventType.APPLICATION_COMPLETED,
                        LODGED,
                        Sources.AWB_4_15,
                        DecisionPeriods::completed)
                .onEach(
                        EnumSet.of(LODGED, AWAITING_COMPLETION),
                        EventType.DECIDED,
                        DECIDED,
                        basis,
                        d -> decided(d, periods, afterGrant))
                .on(
                        DECIDED,
                        EventType.OBJECTION_LODGED,
                        AsylumProcedure::adverse,
                        OBJECTION_LODGED,
                        ProcedureSources.AWB_7_1,
                        Remedies::objectionLodged)
                .on(
                        OBJECTION_LODGED,
                        EventType.OBJECTION_DECIDED,
                        OBJECTION_DECIDED,
                        Sources.AWB_7_10,
                        Remedies.objectionDecided(periods.appeal()))
                .on(
                        OBJECTION_DECIDED,
                        EventType.APPEAL_LODGED,
                        APPEAL_LODGED,
                        ProcedureSources.AWB_6_11,
                        Remedies::appealLodged)
                .on(
                        APPEAL_LODGED,
                        EventType.APPEAL_DECIDED,
                        APPEAL_DECIDED,
                        basis,
                        Remedies.appealDecided(periods.furtherAppeal()))
                .on(
                        APPEAL_DECIDED,
                        EventType.FURTHER_APPEAL_LODGED,
                        FURTHER_APPEAL_LODGED,
                        ProcedureSources.AWB_6_11,
                        Remedies::furtherAppealLodged)
                .on(
                        FURTHER_APPEAL_LODGED,
                        EventType.FURTHER_APPEAL_DECIDED,
                        FURTHER_APPEAL_DECIDED,
                        basis,
                        Remedies::furtherAppealDecided)
                .outcomes(s -> EnumSet.of(Outcome.GRANTED, Outcome.REJECTED, Outcome.NOT_PROCESSED, Outcome.WITHDRAWN));
    }

    static boolean granted(ProcedureState s) {
        return s.outcome().equals(Optional.of(Outcome.GRANTED));
    }

    /** {@code decided} on an application: a grant leads on; a refusal opens the objection period. */
    private static void decided(Draft d, Periods periods, Consumer<Draft> afterGrant) {
        Optional<DecisionGround> ground = ((ProcedureEvent.Decided) d.event()).ground();
        if (ground.isPresent()) {
            throw d.reject("ground " + ground.get() + ": the grounds of Vw 2000 art. 30-31 are grounds of an asylum"
                    + " decision, not of a " + d.before().kind() + " decision");
        }
        Outcome o = DecisionPeriods.decide(d);
        if (o == Outcome.GRANTED) {
            afterGrant.accept(d);
        } else if (o.isAdverse()) {
            Remedies.startObjectionPeriod(d, periods.objection());
        }
    }
}
