package io.github.migratiekit.examples.tour;

import io.github.migratiekit.eurules.schengen.ControlResult;
import io.github.migratiekit.eurules.schengen.ExcludedPeriod;
import io.github.migratiekit.eurules.schengen.ExclusionReason;
import io.github.migratiekit.eurules.schengen.PlanningResult;
import io.github.migratiekit.eurules.schengen.ShortStayCalculator;
import io.github.migratiekit.eurules.schengen.Stay;
import io.github.migratiekit.eurules.schengen.TravelHistory;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Schengen 90/180: the Swiss SEM's "long overstay" example checked at the border, planning a return despite the
 * overstay, and a stay in Croatia before and after it joined.
 */
public final class SchengenExample {
    private SchengenExample() {}

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
        ShortStayCalculator calc = ShortStayCalculator.standard();

        out.println("A traveller without a visa requirement leaves Geneva on 2014-03-01. The stamps show");
        out.println("2013-06-28 to 2013-08-09 and an entry on 2013-09-19 (SEM example 6):");
        TravelHistory history = TravelHistory.of(List.of(
                Stay.of(LocalDate.of(2013, 6, 28), LocalDate.of(2013, 8, 9)),
                Stay.of(LocalDate.of(2013, 9, 19), LocalDate.of(2014, 3, 1))));
        ControlResult c = calc.control(history, LocalDate.of(2014, 3, 1));
        out.println("  " + c.daysUsed() + " days in " + c.windowStart() + " to " + c.windowEnd() + "; the EC calculator"
                + " shows an overstay of " + c.overstayDays() + " days,");
        out.println("  but " + c.unlawfulDays() + " days were unlawful, the first on "
                + c.firstUnlawfulDay().orElseThrow() + ".");
        c.explanation().steps().forEach(s -> out.println("    - " + s));

        out.println();
        out.println("When may the same traveller come back for a two-week trip? (The EC calculator refuses to plan");
        out.println("for a history with an overstay.)");
        PlanningResult p = calc.plan(history, LocalDate.of(2014, 3, 2), 14);
        out.println("  Earliest entry for at least 14 days: " + p.earliestEntry() + ".");
        PlanningResult full = calc.plan(history, LocalDate.of(2014, 3, 2), 90);
        out.println(
                "  Earliest entry for a full 90 days: " + full.earliestEntry() + " (after one long stay both need the");
        out.println("  same 90 days of absence).");

        out.println();
        out.println("A researcher lives in the Netherlands on a residence permit until 2022-11-30, then spends");
        out.println("2022-12-01 to 2023-02-28 in Croatia, which applied the Schengen acquis from 2023-01-01:");
        TravelHistory nomad = TravelHistory.of(
                List.of(
                        Stay.of(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 11, 30)),
                        Stay.in("HR", LocalDate.of(2022, 12, 1), LocalDate.of(2023, 2, 28))),
                List.of(ExcludedPeriod.of(
                        LocalDate.of(2021, 1, 1), LocalDate.of(2022, 11, 30), ExclusionReason.RESIDENCE_PERMIT)));
        ControlResult n = calc.control(nomad, LocalDate.of(2023, 2, 28));
        out.println(
                "  On 2023-02-28: " + n.daysUsed() + " days used, " + n.daysRemaining() + " remaining, may stay until "
                        + n.latestAllowedDate().map(LocalDate::toString).orElse("(not at all)") + ".");
        n.explanation().steps().forEach(s -> out.println("    - " + s));
    }
}
