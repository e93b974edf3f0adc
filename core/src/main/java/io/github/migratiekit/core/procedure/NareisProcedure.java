package io.github.migratiekit.core.procedure;

import static io.github.migratiekit.core.procedure.Phase.DECIDED;
import static io.github.migratiekit.core.procedure.Phase.ENTERED;
import static io.github.migratiekit.core.procedure.Phase.LODGED;
import static io.github.migratiekit.core.procedure.Phase.MVV_COLLECTED;
import static io.github.migratiekit.core.procedure.Phase.MVV_ISSUED;
import static io.github.migratiekit.core.procedure.Phase.NOT_STARTED;
import static io.github.migratiekit.core.procedure.Phase.PERMIT_GRANTED;
import static io.github.migratiekit.core.procedure.Phase.SPONSOR_GRANTED;
import static io.github.migratiekit.core.procedure.TermIds.MVV_COLLECTION;
import static io.github.migratiekit.core.procedure.TermIds.MVV_ENTRY;
import static io.github.migratiekit.core.procedure.TermIds.NAREIS_APPLICATION;

import io.github.migratiekit.core.permit.StayPurpose;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Family reunification of an asylum status holder (nareis): the application within three months of the sponsor's
 * grant (a later one becomes a regular family-reunification application), the decision, then the mvv to collect and
 * to enter with, and the derived asylum permit (Vw 2000 art. 29(2)). A refusal goes to objection.
 */
final class NareisProcedure {
    private NareisProcedure() {}

    static final Machine MACHINE = Applications.commonRows(
                    Machine.builder(ProcedureKind.NAREIS),
                    ProcedureKind.NAREIS,
                    new Applications.Periods("objection-regular", "appeal-regular", "further-appeal-immigration"),
                    d -> d.step(
                            "The mvv will be issued; then it must be collected and used to enter.",
                            ProcedureSources.VW_2R))
            // each row: phase, event, [only when], next phase, legal basis, effect
            .on(
                    NOT_STARTED,
                    EventType.SPONSOR_ASYLUM_GRANTED,
                    SPONSOR_GRANTED,
                    ProcedureSources.NAREIS,
                    NareisProcedure::sponsorGranted)
            .on(SPONSOR_GRANTED, EventType.APPLICATION_LODGED, LODGED, ProcedureSources.NAREIS, NareisProcedure::lodged)
            .on(
                    DECIDED,
                    EventType.MVV_ISSUED,
                    Applications::granted,
                    MVV_ISSUED,
                    ProcedureSources.VW_2R,
                    NareisProcedure::mvvIssued)
            .on(
                    MVV_ISSUED,
                    EventType.MVV_COLLECTED,
                    MVV_COLLECTED,
                    ProcedureSources.VW_2R,
                    NareisProcedure::mvvCollected)
            .on(MVV_COLLECTED, EventType.ENTERED, ENTERED, ProcedureSources.VW_29_2, NareisProcedure::entered)
            .on(
                    ENTERED,
                    EventType.PERMIT_GRANTED,
                    PERMIT_GRANTED,
                    ProcedureSources.VW_29_2,
                    NareisProcedure::permitGranted)
            .build();

    private static void sponsorGranted(Draft d) {
        d.step(d.date() + ": the sponsor's asylum permit was granted.", d.source());
        d.add(RunningTerm.ofRule(
                d.rules(),
                NAREIS_APPLICATION,
                "nareis-application",
                d.date(),
                "After this day only regular family reunification is possible, with its own conditions.",
                ProcedureSources.SVM_2024.withArticle("L3337")));
    }

    /** Within the three months a nareis application; after them a regular family-reunification application. */
    private static void lodged(Draft d) {
        LocalDate date = d.date();
        Optional<RunningTerm> period = d.openTerm(NAREIS_APPLICATION);
        d.stop(NAREIS_APPLICATION, date);
        LocalDate last = period.map(d::lastDay).orElse(date);
        if (date.isAfter(last)) {
            d.kind = ProcedureKind.REGULAR;
            d.step(
                    date + ": application lodged after the nareis period ended on " + last
                            + ": only regular family reunification is possible; handled as a regular application.",
                    ProcedureSources.SVM_2024.withArticle("L3335-L3337"));
            d.add(DecisionPeriods.decisionTerm(
                    d.rules(),
                    StayPurpose.FAMILY_REUNIFICATION.decisionTermId(),
                    date,
                    DecisionPeriods.IND_IN_DEFAULT_WITH_PENALTY));
        } else {
            d.step(date + ": nareis application (mvv) lodged within the period ending " + last + ".", d.source());
            d.add(DecisionPeriods.decisionTerm(d.rules(), "nareis", date, DecisionPeriods.IND_IN_DEFAULT));
        }
    }

    private static void mvvIssued(Draft d) {
        d.step(d.date() + ": the mvv was granted and notified; it must be collected at the post.", d.source());
        d.add(RunningTerm.ofRule(
                d.rules(),
                MVV_COLLECTION,
                "mvv-collect",
                d.date(),
                "The mvv was not collected in time; the State may not postpone the collection period.",
                ProcedureSources.VW_2R));
    }

    private static void mvvCollected(Draft d) {
        d.stop(MVV_COLLECTION, d.date());
        d.step(d.date() + ": the mvv sticker was collected at the post.", d.source());
        d.add(RunningTerm.ofRule(
                d.rules(),
                MVV_ENTRY,
                "mvv-entry",
                d.date(),
                "The mvv has expired: entry with it is no longer possible.",
                ProcedureSources.SVM_2024.withArticle("L3339")));
    }

    private static void entered(Draft d) {
        d.stop(MVV_ENTRY, d.date());
        d.step(
                d.date() + ": the family member entered the Netherlands; the derived asylum permit follows.",
                d.source());
    }

    private static void permitGranted(Draft d) {
        d.step(d.date() + ": the derived asylum permit was granted.", d.source());
    }
}
