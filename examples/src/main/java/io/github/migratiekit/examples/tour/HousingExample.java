package io.github.migratiekit.examples.tour;

import io.github.migratiekit.core.housing.InterventionLadder;
import io.github.migratiekit.core.housing.LadderStep;
import io.github.migratiekit.core.housing.LedgerEntry;
import io.github.migratiekit.core.housing.LedgerLine;
import io.github.migratiekit.core.housing.MunicipalTask;
import io.github.migratiekit.core.housing.MunicipalityRegistry;
import io.github.migratiekit.core.housing.ProsperityCorrection;
import io.github.migratiekit.core.housing.Spreiding;
import io.github.migratiekit.core.housing.SpreidingShare;
import io.github.migratiekit.core.housing.StandardApportionmentMethod;
import io.github.migratiekit.core.housing.Taakstelling;
import io.github.migratiekit.core.housing.TaakstellingAllocation;
import io.github.migratiekit.core.housing.TaakstellingLedger;
import io.github.migratiekit.core.housing.TaakstellingPeriod;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Taakstelling: Utrecht's share of a national half-year task under each rounding method, a backlog carried over
 * three periods and the province's intervention ladder, and the Spreidingswet key for Vaals.
 */
public final class HousingExample {
    private HousingExample() {}

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
        MunicipalityRegistry cbs = MunicipalityRegistry.cbs2024();
        TaakstellingPeriod period = TaakstellingPeriod.parse("2025-II");
        out.println("The national taakstelling for " + period + " is 13 000 status holders. Utrecht (GM0344):");
        for (StandardApportionmentMethod m : StandardApportionmentMethod.values()) {
            TaakstellingAllocation a = Taakstelling.allocate(period, 13_000, cbs, m);
            MunicipalTask u = a.municipality("GM0344").orElseThrow();
            out.println("  " + m.id() + ": " + u.allocated() + " (exact share " + u.quota() + ")"
                    + (a.difference() != 0 ? "; all shares together differ by " + a.difference() : ""));
        }
        TaakstellingAllocation a = Taakstelling.allocate(period, 13_000, cbs);
        a.explanation().steps().forEach(s -> out.println("    - " + s));

        out.println();
        out.println("Utrecht carries a backlog of 120 into 2025-II and houses 250, 230 and 260 in three periods:");
        long task = a.municipality("GM0344").orElseThrow().allocated();
        List<LedgerLine> lines = TaakstellingLedger.run(
                120,
                List.of(
                        LedgerEntry.of(period, task, 250),
                        LedgerEntry.of(period.next(), task, 230),
                        LedgerEntry.of(period.next().next(), task, 260)));
        for (LedgerLine l : lines) {
            TaakstellingLedger.explain(l).steps().forEach(s -> out.println("    - " + s));
        }
        InterventionLadder ladder = InterventionLadder.illustrative();
        out.println("  On an illustrative ladder (intervention from step " + ladder.interventionStep() + "):");
        for (LadderStep s : ladder.climb(lines)) {
            out.println("    " + s.period() + ": step " + s.step()
                    + (s.interventionPossible() ? ", the province may intervene" : ""));
        }

        out.println();
        out.println("Spreidingswet, 96 000 places. Vaals (GM0981) by population alone:");
        SpreidingShare plain = Spreiding.allocate(96_000, cbs, ProsperityCorrection.none())
                .municipality("GM0981")
                .orElseThrow();
        out.println(
                "  " + plain.allocated() + " places (" + plain.unaccompaniedMinors() + " for unaccompanied minors)");
        out.println("  The prosperity correction is a parameter: ProsperityCorrection.factors(...), or"
                + " `migratiekit spreiding --weights FILE.csv` with factors or a published distribution.");
    }
}
