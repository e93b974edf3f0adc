package io.github.migratiekit.examples.cli;

import io.github.migratiekit.eurules.schengen.ControlResult;
import io.github.migratiekit.eurules.schengen.ExcludedPeriod;
import io.github.migratiekit.eurules.schengen.ExclusionReason;
import io.github.migratiekit.eurules.schengen.PlanningResult;
import io.github.migratiekit.eurules.schengen.ShortStayCalculator;
import io.github.migratiekit.eurules.schengen.Stay;
import io.github.migratiekit.eurules.schengen.TravelHistory;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code schengen --stay START/END … [--excluded START/END] … [--on DATE] [--entry DATE] [--min-days N] [--json]}:
 * the Schengen 90/180 position on a day and, with {@code --entry}, the plan for an entry.
 */
@Command(
        name = "schengen",
        mixinStandardHelpOptions = true,
        description = {
            "Schengen short stay (90 days in any 180-day period, SBC art. 6(1)): days used and remaining on a day,"
                    + " overstay, unlawful days, latest allowed date; with --entry the maximum stay and the earliest"
                    + " entry for a stay of --min-days."
        })
final class SchengenCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--stay", description = "A stay START/END (entry and exit day, both counted). Repeatable.")
    List<String> stays = new ArrayList<>();

    @Option(
            names = "--excluded",
            description = "A period under a residence permit or long-stay visa, START/END, not counted. Repeatable.")
    List<String> excluded = new ArrayList<>();

    @Option(names = "--on", description = "The control day (default: today).")
    @Nullable
    String on;

    @Option(names = "--entry", description = "A planned entry day: report maxStayDays, lastAllowedDay, earliestEntry.")
    @Nullable
    String entry;

    @Option(
            names = "--min-days",
            defaultValue = "1",
            description = "With --entry: the minimum stay, 1–90, for earliestEntry (default 1).")
    int minDays;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(
            names = "--chart",
            description = "Write an SVG chart of the days used in the 180-day window, per day over the year up to"
                    + " the control day, against the 90-day limit.")
    @Nullable
    String chart;

    @Override
    public void run() {
        String chartText = chart;
        Charts.Target chartFile = chartText == null ? null : Charts.target("--chart", chartText);
        TravelHistory history = history(stays, excluded);
        String onText = on;
        LocalDate day = onText == null ? LocalDate.now() : Cli.date("--on", onText);
        String entryText = entry;
        LocalDate entryDay = entryText == null ? null : Cli.date("--entry", entryText);
        ShortStayCalculator calc = ShortStayCalculator.standard();
        ControlResult c =
                Cli.option("--on", onText == null ? day.toString() : onText, () -> calc.control(history, day));
        PlanningResult p = entryText == null || entryDay == null ? null : plan(calc, history, entryText, entryDay);
        PrintWriter out = spec.commandLine().getOut();
        if (chartFile != null) {
            java.nio.file.Path file = writeChart(chartFile, calc, history, day);
            spec.commandLine().getErr().println("chart written to " + file);
        }
        if (json) {
            Cli.printJson(out, fields(c, p));
            return;
        }
        out.println("On " + day + ": " + c.daysUsed() + " day(s) used in " + c.windowStart() + " to " + c.windowEnd()
                + ", " + c.daysRemaining() + " remaining.");
        if (c.overstayDays() > 0) {
            out.println("  Overstay (EC calculator figure, used - 90): " + c.overstayDays() + " day(s).");
        }
        out.println("  Unlawful days over the whole history: " + c.unlawfulDays()
                + c.firstUnlawfulDay().map(f -> ", the first on " + f).orElse("") + ".");
        out.println(c.latestAllowedDate()
                .map(l -> "  Staying on, the last lawful day is " + l + ".")
                .orElse("  A stay on " + day + " itself exceeds the limit."));
        if (p != null) {
            out.println("Entry on " + p.entry() + ": a stay of up to " + p.maxStayDays() + " day(s)"
                    + p.lastAllowedDay().map(l -> ", until " + l).orElse("") + ".");
            out.println("  Earliest entry for at least " + p.minDays() + " day(s): " + p.earliestEntry() + ".");
        }
        out.println("Why:");
        c.explanation().steps().forEach(s -> out.println("  - " + s));
        if (p != null) {
            p.explanation().steps().forEach(s -> out.println("  - " + s));
        }
    }

    /**
     * Plans an entry; a failure is pinned to {@code --entry}, or to {@code --min-days} when the same entry can be
     * planned for a stay of one day.
     */
    private PlanningResult plan(ShortStayCalculator calc, TravelHistory history, String entryText, LocalDate entryDay) {
        try {
            return calc.plan(history, entryDay, minDays);
        } catch (RuntimeException e) {
            if (minDays != 1) {
                try {
                    calc.plan(history, entryDay, 1);
                } catch (RuntimeException withOne) {
                    throw Cli.blame("--entry", entryText, withOne, false);
                }
                throw Cli.blame("--min-days", Cli.typed(spec, "--min-days", String.valueOf(minDays)), e, false);
            }
            throw Cli.blame("--entry", entryText, e, false);
        }
    }

    private static java.nio.file.Path writeChart(
            Charts.Target file, ShortStayCalculator calc, TravelHistory history, LocalDate day) {
        io.github.migratiekit.eurules.schengen.PreparedHistory prepared = calc.prepare(history);
        List<LocalDate> days = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        LocalDate first = day.minusDays(364).isBefore(Cli.FIRST_DAY) ? Cli.FIRST_DAY : day.minusDays(364);
        for (LocalDate d = first; !d.isAfter(day); d = d.plusDays(1)) {
            days.add(d);
            used.add((int) prepared.control(d).daysUsed());
        }
        return Charts.timeSeries(
                file,
                "Schengen days used in the 180-day window ending on each day",
                "days used",
                List.of(new Charts.DailySeries("days used", days, used)),
                90.0,
                "90-day limit (Schengen Borders Code art. 6(1))");
    }

    /**
     * Builds the travel history; a conflict between stays (an overlap) is pinned to the first {@code --stay} or
     * {@code --excluded}, in the order typed, that brings it in.
     *
     * @param stays the stays as typed
     * @param excluded the excluded periods as typed
     * @return the history
     */
    static TravelHistory history(List<String> stays, List<String> excluded) {
        List<Stay> s = new ArrayList<>();
        for (String text : stays) {
            LocalDate[] r = Cli.range("--stay", text);
            s.add(Cli.option("--stay", text, () -> Stay.of(r[0], r[1])));
        }
        List<ExcludedPeriod> ex = new ArrayList<>();
        for (String text : excluded) {
            LocalDate[] r = Cli.range("--excluded", text);
            ex.add(Cli.option(
                    "--excluded", text, () -> ExcludedPeriod.of(r[0], r[1], ExclusionReason.RESIDENCE_PERMIT)));
        }
        try {
            return TravelHistory.of(s, ex);
        } catch (RuntimeException e) {
            if (Cli.describe(e, false) == null) {
                throw e;
            }
        }
        for (int i = 1; i <= s.size(); i++) {
            List<Stay> prefix = s.subList(0, i);
            Cli.option("--stay", stays.get(i - 1), () -> TravelHistory.of(prefix, List.of()));
        }
        for (int i = 1; i <= ex.size(); i++) {
            List<ExcludedPeriod> prefix = ex.subList(0, i);
            Cli.option("--excluded", excluded.get(i - 1), () -> TravelHistory.of(s, prefix));
        }
        return TravelHistory.of(s, ex);
    }

    /** The JSON fields named in the issue, in its order; absent days are null. */
    static Map<String, @Nullable Object> fields(ControlResult c, @Nullable PlanningResult p) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("daysUsed", c.daysUsed());
        m.put("daysRemaining", c.daysRemaining());
        m.put("windowStart", c.windowStart().toString());
        m.put("windowEnd", c.windowEnd().toString());
        m.put("overstayDays", c.overstayDays());
        m.put("unlawfulDays", c.unlawfulDays());
        m.put("firstUnlawfulDay", c.firstUnlawfulDay().map(LocalDate::toString).orElse(null));
        m.put(
                "latestAllowedDate",
                c.latestAllowedDate().map(LocalDate::toString).orElse(null));
        if (p != null) {
            m.put("maxStayDays", p.maxStayDays());
            m.put("lastAllowedDay", p.lastAllowedDay().map(LocalDate::toString).orElse(null));
            m.put("earliestEntry", p.earliestEntry().toString());
        }
        return m;
    }
}
