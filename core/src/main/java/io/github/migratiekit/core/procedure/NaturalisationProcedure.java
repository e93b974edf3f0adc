package io.github.migratiekit.core.procedure;

import static io.github.migratiekit.core.procedure.Phase.DECIDED;
import static io.github.migratiekit.core.procedure.Phase.LODGED;
import static io.github.migratiekit.core.procedure.Phase.NATURALISED;
import static io.github.migratiekit.core.procedure.Phase.NOT_STARTED;

/**
 * Naturalisation (Rijkswet op het Nederlanderschap): the request, the decision, and the ceremony from which the
 * applicant is Dutch. A refusal follows the general Awb periods (six weeks for objection and appeal): nationality is
 * not vreemdelingenrecht, so Vw 2000 art. 69 does not apply.
 */
final class NaturalisationProcedure {
    private NaturalisationProcedure() {}

    static final Machine MACHINE = Applications.commonRows(
                    Machine.builder(ProcedureKind.NATURALISATION),
                    ProcedureKind.NATURALISATION,
                    new Applications.Periods("objection-period", "appeal-general", "appeal-general"),
                    d -> d.step(
                            "Naturalisation takes effect when the applicant attends the ceremony.",
                            ProcedureSources.CEREMONY))
            // each row: phase, event, [only when], next phase, legal basis, effect
            .on(
                    NOT_STARTED,
                    EventType.APPLICATION_LODGED,
                    LODGED,
                    ProcedureSources.RWN,
                    NaturalisationProcedure::lodged)
            .on(
                    DECIDED,
                    EventType.CEREMONY_ATTENDED,
                    Applications::granted,
                    NATURALISED,
                    ProcedureSources.CEREMONY,
                    NaturalisationProcedure::ceremony)
            .build();

    private static void lodged(Draft d) {
        d.step(d.date() + ": naturalisation request lodged.", d.source());
        d.add(DecisionPeriods.decisionTerm(d.rules(), "naturalisation", d.date(), DecisionPeriods.IND_IN_DEFAULT));
    }

    private static void ceremony(Draft d) {
        d.step(
                d.date() + ": the applicant attended the naturalisation ceremony and is Dutch from this day.",
                d.source());
    }
}
