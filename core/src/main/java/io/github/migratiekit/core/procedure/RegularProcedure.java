package io.github.migratiekit.core.procedure;

import static io.github.migratiekit.core.procedure.Phase.LODGED;
import static io.github.migratiekit.core.procedure.Phase.NOT_STARTED;

import io.github.migratiekit.core.permit.StayPurpose;
import io.github.migratiekit.core.procedure.ProcedureEvent.ApplicationLodged;

/**
 * A regular residence application (Vw 2000 art. 14 ff.): the decision period of the purpose applied for (Vw 2000
 * art. 25), its suspension and extension, the decision, and objection, appeal and further appeal.
 */
final class RegularProcedure {
    private RegularProcedure() {}

    static final Machine MACHINE = Applications.commonRows(
                    Machine.builder(ProcedureKind.REGULAR),
                    ProcedureKind.REGULAR,
                    new Applications.Periods("objection-regular", "appeal-regular", "further-appeal-immigration"),
                    d -> {})
            // each row: phase, event, [only when], next phase, legal basis, effect
            .on(
                    NOT_STARTED,
                    EventType.APPLICATION_LODGED,
                    LODGED,
                    ProcedureSources.VW.withArticle("art. 14"),
                    RegularProcedure::lodged)
            .build();

    private static void lodged(Draft d) {
        ApplicationLodged e = (ApplicationLodged) d.event();
        if (e.purpose().map(StayPurpose::isAsylumGround).orElse(false)) {
            throw d.reject("purpose " + e.purpose().get() + " is an asylum ground; lodge an ASYLUM application");
        }
        d.step(
                d.date() + ": application for a regular residence permit lodged"
                        + e.purpose().map(p -> " (" + p.dutchLabel() + ")").orElse("")
                        + (e.withMvv().orElse(false) ? ", with an mvv (TEV procedure)" : "") + ".",
                e.purpose().map(StayPurpose::source).orElse(d.source()));
        d.add(DecisionPeriods.decisionTerm(
                d.rules(),
                e.purpose().map(StayPurpose::decisionTermId).orElse("regular"),
                d.date(),
                DecisionPeriods.IND_IN_DEFAULT_WITH_PENALTY));
    }
}
