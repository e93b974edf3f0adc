package io.github.migratiekit.examples.tour;

import io.github.migratiekit.eurules.dublin.Applicant;
import io.github.migratiekit.eurules.dublin.Application;
import io.github.migratiekit.eurules.dublin.CriterionAssessment;
import io.github.migratiekit.eurules.dublin.Dublin;
import io.github.migratiekit.eurules.dublin.DublinCase;
import io.github.migratiekit.eurules.dublin.DublinEvent;
import io.github.migratiekit.eurules.dublin.DublinResult;
import io.github.migratiekit.eurules.dublin.DublinTimeline;
import io.github.migratiekit.eurules.dublin.Entry;
import io.github.migratiekit.eurules.dublin.MemberState;
import io.github.migratiekit.eurules.dublin.Regime;
import io.github.migratiekit.eurules.dublin.ResidencePeriod;
import io.github.migratiekit.eurules.dublin.TimeLimit;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Dublin: an applicant who crossed into Greece irregularly and lived in Austria applies in the Netherlands. Which
 * State is responsible under Dublin III, and under the AMMR? Then the take-charge request, the silent reply and the
 * six-month transfer period that ends on a Saturday.
 */
public final class DublinExample {
    private DublinExample() {}

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
        DublinCase c = DublinCase.builder(
                        Applicant.of(LocalDate.of(1994, 8, 3), "AF", false),
                        Application.of(MemberState.NL, LocalDate.of(2025, 6, 30)))
                .entry(Entry.of(MemberState.GR, LocalDate.of(2024, 5, 20), Entry.Kind.IRREGULAR_CROSSING))
                .residencePeriod(
                        ResidencePeriod.of(MemberState.AT, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 6, 25)))
                .event(DublinEvent.of(DublinEvent.Kind.TAKE_CHARGE_REQUEST, LocalDate.of(2025, 7, 1), MemberState.AT))
                .event(DublinEvent.of(DublinEvent.Kind.ACCEPTED, LocalDate.of(2025, 8, 31)))
                .build();

        out.println(
                "An Afghan man crossed into Greece irregularly on 2024-05-20, lived in Austria from 2024-09-01 and");
        out.println("applied for asylum in the Netherlands on 2025-06-30, more than 12 months after the crossing.");
        DublinResult r = Dublin.determine(c);
        out.println("Under " + r.regime().displayName() + ": " + r.responsibleState() + " is responsible ("
                + r.article() + ", " + r.criterion().title() + "). The criteria tried:");
        for (CriterionAssessment a : r.assessments()) {
            if (a.outcome() != CriterionAssessment.Outcome.NOT_EXAMINED) {
                out.println("  - " + a.article() + " "
                        + a.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + a.reason());
            }
        }

        out.println();
        DublinResult ammr = Dublin.determine(c, Regime.AMMR);
        out.println("Had the application been registered under the AMMR, the answer would be " + ammr.responsibleState()
                + " (" + ammr.article() + "):");
        out.println("the AMMR has no five-month rule, and its entry criterion lasts 20 months instead of 12.");

        out.println();
        out.println("The Netherlands asked Austria to take charge on 2025-07-01; Austria accepted on 2025-08-31.");
        for (LocalDate on : new LocalDate[] {LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 2)}) {
            out.println("Time limits on " + on + ":");
            for (TimeLimit t : DublinTimeline.of(c).on(on)) {
                out.println("  " + t.status() + " " + t.step() + " (" + t.article() + "): last day "
                        + t.deadline().deadline() + " ("
                        + t.deadline().deadline().getDayOfWeek().toString().toLowerCase(Locale.ROOT) + ")"
                        + (t.status() == TimeLimit.Status.LAPSED ? " - " + t.consequence() : ""));
            }
        }
        out.println("Dublin time limits do not move past weekends (art. 42(c)): 28 February 2026 is a Saturday.");
    }
}
