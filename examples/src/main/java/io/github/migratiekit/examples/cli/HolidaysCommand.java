package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.time.AtwCalendar;
import io.github.migratiekit.core.time.DecreeCoverage;
import io.github.migratiekit.core.time.Holiday;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code holidays --year 2026 [--json]}: the Atw holidays of a year. */
@Command(
        name = "holidays",
        mixinStandardHelpOptions = true,
        description = "Lists the days that are not working days under the Algemene termijnenwet (besides weekends).")
final class HolidaysCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--year", required = true, description = "The year, 1990–2100.")
    int year;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<Holiday> holidays =
                Cli.option("--year", Cli.typed(spec, "--year", String.valueOf(year)), () -> AtwCalendar.standard()
                        .holidays(year));
        if (json) {
            List<Map<String, Object>> days = new ArrayList<>();
            for (Holiday h : holidays) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("date", h.date().toString());
                m.put("weekday", h.date().getDayOfWeek().toString());
                m.put("name", h.name());
                m.put("kind", h.kind().name());
                m.put("source", h.source().citation());
                m.put("verification", h.source().verification().label());
                days.add(m);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("year", year);
            root.put("calendar", AtwCalendar.standard().name());
            root.put("holidays", days);
            DecreeCoverage c = AtwCalendar.standard().decreeCoverage(year);
            Map<String, Object> cov = new LinkedHashMap<>();
            cov.put("status", c.status().name());
            cov.put("note", c.note());
            cov.put("warning", c.warningCode());
            root.put("royalDecreeCoverage", cov);
            Cli.printJson(out, root);
        } else {
            out.println("Algemene termijnenwet holidays in " + year + " (Saturdays and Sundays are not listed):");
            for (Holiday h : holidays) {
                out.printf(
                        "  %s %-9s %-28s %s%n",
                        h.date(),
                        h.date().getDayOfWeek().toString().substring(0, 3),
                        h.name(),
                        h.source().citation());
            }
            DecreeCoverage c = AtwCalendar.standard().decreeCoverage(year);
            if (c.isKnown()) {
                out.println("Days equated by royal decree (Atw art. 3(3)) in " + year + ": known (" + c.note() + ").");
            } else {
                out.println("WARNING (" + c.warningCode() + "): days equated by royal decree (Atw art. 3(3)) in "
                        + year + " are " + (c.status() == DecreeCoverage.Status.UNKNOWN ? "not known" : "not all known")
                        + ": " + c.note() + ".");
            }
        }
    }
}
