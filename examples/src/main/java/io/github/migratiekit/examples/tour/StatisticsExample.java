package io.github.migratiekit.examples.tour;

import io.github.migratiekit.statistics.analysis.CheckReport;
import io.github.migratiekit.statistics.analysis.ConsistencyCheck;
import io.github.migratiekit.statistics.analysis.Derived;
import io.github.migratiekit.statistics.analysis.Finding;
import io.github.migratiekit.statistics.analysis.GrantRate;
import io.github.migratiekit.statistics.analysis.GrantRateDefinition;
import io.github.migratiekit.statistics.analysis.GrantRateResult;
import io.github.migratiekit.statistics.analysis.GrantRates;
import io.github.migratiekit.statistics.analysis.Stats;
import io.github.migratiekit.statistics.analysis.YearOnYear;
import io.github.migratiekit.statistics.dataset.Catalogue;
import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Statistics: a journalist checks two figures from De Staat van Migratie 2024 — the asylum grant rate under both
 * definitions, and the growth of asylum inflow — and runs the consistency check on the report's tables.
 */
public final class StatisticsExample {
    private StatisticsExample() {}

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
        Catalogue catalogue = Catalogue.standard();
        out.println("The catalogue holds " + catalogue.ids().size() + " sourced datasets ("
                + catalogue.observationCount() + " observations).");

        out.println();
        out.println("What was the asylum grant rate in 2023? It depends on the definition:");
        for (GrantRateDefinition def : GrantRateDefinition.values()) {
            GrantRateResult result = GrantRates.evaluate(catalogue, 2023, def);
            if (result instanceof GrantRate r) {
                out.println("  " + def.name().toLowerCase(java.util.Locale.ROOT) + ": "
                        + r.rate().rounded(1) + "%  (" + r.rate().formula() + ")");
                r.explanation().steps().forEach(s -> out.println("      - " + s));
            } else if (result instanceof GrantRateResult.NotComputable nc) {
                out.println("  " + def.name().toLowerCase(java.util.Locale.ROOT) + ": not computable from "
                        + nc.datasetId() + ": " + nc.reason());
            }
        }

        out.println();
        Dataset inflow = catalogue.get("svm2024-fig51-asylum-inflow");
        YearOnYear y =
                Stats.yearOnYear(inflow, Map.of("type", "total", "measure", "asylum_inflow"), StatPeriod.year(2023));
        Derived pct = y.percent();
        out.println("Asylum inflow 2023 against 2022 (" + inflow.source().citation() + "):");
        out.println(
                "  " + y.absolute().rounded(0) + " persons, " + pct.rounded(1) + "%; the counts are rounded to tens,"
                        + " so the true change lies in " + pct.range() + "%. The report prints +3%.");

        out.println();
        CheckReport report = ConsistencyCheck.check(catalogue);
        out.println("The consistency check evaluated " + report.evaluated() + " printed totals, ledgers, percentages"
                + " and changes: " + report.inconsistent() + " inconsistent (printed figures contradict each other), "
                + report.unreconciled() + " unreconciled (not shown to be errors), " + report.withinRounding()
                + " differences within rounding. For example:");
        report.of(Finding.Classification.INCONSISTENT).stream()
                .filter(f -> f.dataset().equals("svm2024-fig76-ukraine-brp"))
                .findFirst()
                .ifPresent(f -> out.println("  inconsistent (" + f.location() + "): " + f.arithmetic()));
        report.of(Finding.Classification.WITHIN_ROUNDING).stream()
                .filter(f -> f.dataset().equals("svm2024-fig51-asylum-inflow"))
                .findFirst()
                .ifPresent(f -> out.println("  within rounding (" + f.location() + "): " + f.message()));
    }
}
