package io.github.migratiekit.examples.tour;

import io.github.migratiekit.core.identity.Bsn;
import io.github.migratiekit.core.identity.VNumber;
import io.github.migratiekit.core.permit.PermitKind;
import io.github.migratiekit.core.permit.ResidencePermit;
import io.github.migratiekit.core.permit.StayPurpose;
import io.github.migratiekit.core.procedure.CaseReport;
import io.github.migratiekit.core.procedure.DeadlineReport;
import io.github.migratiekit.core.procedure.Outcome;
import io.github.migratiekit.core.procedure.ProcedureEvent;
import io.github.migratiekit.core.procedure.ProcedureKind;
import io.github.migratiekit.core.procedure.ProcedureState;
import io.github.migratiekit.core.procedure.Procedures;
import io.github.migratiekit.core.procedure.Track;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * Procedures: an asylum case in the general procedure from lodging to appeal, the nareis of the family once asylum is
 * granted, and a residence permit whose identifiers never show up in output.
 */
public final class ProceduresExample {
    private ProceduresExample() {}

    /**
     * Runs the example on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Prints the example.
     *
     * @param out where to print
     */
    public static void run(PrintWriter out) {
        LocalDate lodged = LocalDate.of(2026, 1, 5);
        List<ProcedureEvent> events = List.of(
                ProcedureEvent.ApplicationLodged.on(lodged),
                new ProcedureEvent.Registered(lodged),
                new ProcedureEvent.RestAndPreparationStarted(lodged.plusDays(1)),
                new ProcedureEvent.TrackAssigned(LocalDate.of(2026, 2, 16), Track.TRACK_4_GENERAL),
                new ProcedureEvent.IntentionIssued(LocalDate.of(2026, 2, 20)),
                new ProcedureEvent.ViewSubmitted(LocalDate.of(2026, 2, 23)),
                new ProcedureEvent.Decided(LocalDate.of(2026, 3, 12), Outcome.REJECTED));
        ProcedureState state = Procedures.fold(ProcedureKind.ASYLUM, events);
        out.println("An asylum application is lodged on 2026-01-05, handled in track 4 (general procedure) and");
        out.println("rejected on Thursday 2026-03-12. On Monday 2026-03-16 the case stands as follows:");
        CaseReport report = state.report(LocalDate.of(2026, 3, 16));
        for (DeadlineReport d : report.deadlines()) {
            out.println("  " + d.label() + ": " + d.deadline() + " (" + d.status() + ")");
        }
        DeadlineReport next = report.next().orElseThrow();
        out.println("  Next to lapse: " + next.label() + ", " + next.daysLeft() + " days left. Why:");
        next.explanation().steps().forEach(s -> out.println("    - " + s));

        out.println();
        out.println("Trying to lodge an objection instead of an appeal is refused:");
        try {
            state.apply(new ProcedureEvent.ObjectionLodged(LocalDate.of(2026, 3, 16)));
        } catch (RuntimeException e) {
            out.println("  " + e.getMessage());
        }

        out.println();
        out.println("Another applicant is granted asylum on 2026-01-15; the spouse applies for nareis on 2026-04-10:");
        ProcedureState nareis = Procedures.fold(
                ProcedureKind.NAREIS,
                List.of(
                        new ProcedureEvent.SponsorAsylumGranted(LocalDate.of(2026, 1, 15)),
                        ProcedureEvent.ApplicationLodged.on(LocalDate.of(2026, 4, 10)),
                        new ProcedureEvent.Decided(LocalDate.of(2026, 8, 3), Outcome.GRANTED),
                        new ProcedureEvent.MvvIssued(LocalDate.of(2026, 8, 10))));
        for (DeadlineReport d : nareis.report(LocalDate.of(2026, 8, 10)).deadlines()) {
            out.println("  " + d.label() + ": " + d.deadline() + " (" + d.status() + ")");
        }

        out.println();
        ResidencePermit permit = new ResidencePermit(
                PermitKind.ASYLUM_FIXED_TERM,
                Optional.of(StayPurpose.REFUGEE),
                LocalDateRange.ofClosed(LocalDate.of(2026, 1, 15), LocalDate.of(2031, 1, 14)),
                VNumber.parse("1234567890"),
                Optional.of(Bsn.parse("111222333")),
                Optional.empty());
        out.println("The sponsor's permit prints without identifiers: " + permit);
        out.println("  days until expiry on 2030-12-01: "
                + permit.daysUntilExpiry(LocalDate.of(2030, 12, 1)).orElseThrow()
                + "; an extension application received on 2031-01-20 is "
                + (permit.extensionApplication(LocalDate.of(2031, 1, 20)).timely() ? "timely." : "late."));
    }
}
