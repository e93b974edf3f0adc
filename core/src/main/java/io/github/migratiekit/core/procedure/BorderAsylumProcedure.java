package io.github.migratiekit.core.procedure;

import static io.github.migratiekit.core.procedure.Phase.DECIDED;
import static io.github.migratiekit.core.procedure.Phase.LODGED;
import static io.github.migratiekit.core.procedure.Phase.NOT_STARTED;
import static io.github.migratiekit.core.procedure.TermIds.BORDER_DECISION;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.procedure.ProcedureEvent.BorderApplicationLodged;
import io.github.migratiekit.core.time.TermRule;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The border asylum procedure: an application at the external border, examined in border detention; a decision
 * within the border period (Directive 2013/32/EU art. 43(2); from 2026-06-12 Regulation (EU) 2024/1348), or
 * admission to the Netherlands and the regular asylum procedure. Unaccompanied minors are never in it. After the
 * decision the remedies are those of the asylum procedure.
 */
final class BorderAsylumProcedure {
    private BorderAsylumProcedure() {}

    private static final LegalSource BORDER_ASYLUM = ProcedureKind.BORDER_ASYLUM.source();

    static final Machine MACHINE = Machine.builder(ProcedureKind.BORDER_ASYLUM)
            // each row: phase, event, [only when], next phase, legal basis, effect
            .on(
                    NOT_STARTED,
                    EventType.BORDER_APPLICATION_LODGED,
                    LODGED,
                    ProcedureSources.BORDER,
                    BorderAsylumProcedure::lodged)
            .on(LODGED, EventType.DECIDED, DECIDED, BORDER_ASYLUM, BorderAsylumProcedure::decided)
            .on(
                    LODGED,
                    EventType.ADMITTED_TO_REGULAR_PROCEDURE,
                    LODGED,
                    ProcedureSources.BORDER,
                    BorderAsylumProcedure::admitted)
            .rows(b -> AsylumProcedure.remedies(b, BORDER_ASYLUM))
            .outcomes(s -> EnumSet.of(
                    Outcome.GRANTED,
                    Outcome.REJECTED,
                    Outcome.REJECTED_MANIFESTLY_UNFOUNDED,
                    Outcome.NOT_CONSIDERED_DUBLIN,
                    Outcome.INADMISSIBLE,
                    Outcome.WITHDRAWN))
            .build();

    private static void lodged(Draft d) {
        LocalDate date = d.date();
        if (((BorderApplicationLodged) d.event()).unaccompaniedMinor()) {
            throw d.reject("unaccompanied minors are never in the border procedure: they are admitted and their"
                    + " application is handled in the regular asylum procedure ("
                    + ProcedureSources.AMV_BORDER.citation() + ")");
        }
        d.step(
                date + ": asylum application at the external border; the applicant stays in border detention while"
                        + " the application is examined.",
                d.source());
        TermRule rule = d.rules().rule("border-asylum", date);
        d.add(RunningTerm.explicit(
                BORDER_DECISION,
                rule.name(),
                date,
                rule.term(),
                rule.source(),
                Optional.of(ProcedureSources.ATW_4_C.withNote(
                        "the Atw does not apply to terms of deprivation of liberty (border detention)")),
                "If no decision is taken in time, the applicant is admitted to the Netherlands and the application is"
                        + " handled in the regular asylum procedure.",
                rule.source()));
    }

    private static void decided(Draft d) {
        DecisionPeriods.checkOutcome(d);
        LocalDate last = d.before().borderDecisionDeadline().orElse(d.date());
        if (d.date().isAfter(last)) {
            throw d.reject("the border procedure's decision period ended on " + last
                    + ": the applicant must be admitted to the regular procedure ("
                    + ProcedureSources.APD_43_2.citation() + ")");
        }
        AsylumProcedure.decided(d);
    }

    private static void admitted(Draft d) {
        LocalDate lodgedOn = d.before().firstEventDate().orElse(d.date());
        d.stop(BORDER_DECISION, d.date());
        d.kind = ProcedureKind.ASYLUM;
        d.step(
                d.date() + ": admitted to the Netherlands; the application lodged on " + lodgedOn
                        + " continues in the regular asylum procedure.",
                d.source());
        d.add(DecisionPeriods.asylumDecisionTerm(d.rules(), lodgedOn));
    }
}
