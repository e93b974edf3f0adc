package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.statistics.analysis.CheckReport;
import io.github.migratiekit.statistics.analysis.ConsistencyCheck;
import io.github.migratiekit.statistics.analysis.Export;
import io.github.migratiekit.statistics.analysis.Finding;
import io.github.migratiekit.statistics.analysis.GrantRate;
import io.github.migratiekit.statistics.analysis.GrantRateDefinition;
import io.github.migratiekit.statistics.analysis.GrantRateNotComputableException;
import io.github.migratiekit.statistics.analysis.GrantRateResult;
import io.github.migratiekit.statistics.analysis.GrantRates;
import io.github.migratiekit.statistics.dataset.Catalogue;
import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.dataset.Observation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stats list [--json] | search TEXT [--json] | show DATASET [--json|--csv] | grant-rate --year 2023
 * --definition eurostat|national [--json] | check [--json]}: the bundled, sourced migration statistics.
 */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Sourced migration statistics: list, show, grant rates, and the consistency check.",
        subcommands = {
            StatsCommand.ListCommand.class,
            StatsCommand.SearchCommand.class,
            StatsCommand.ShowCommand.class,
            StatsCommand.GrantRateCommand.class,
            StatsCommand.CheckCommand.class,
            StatsCommand.ChartCommand.class
        })
final class StatsCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code stats list}: the catalogue. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists the bundled datasets: title (Dutch and English), measures, units, periods, source"
                    + " and page.")
    static final class ListCommand implements Runnable {
        @Spec
        @SuppressWarnings("NullAway.Init")
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "Print the catalogue as JSON.")
        boolean json;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            Catalogue cat = Catalogue.standard();
            if (json) {
                Cli.printJson(out, cat.entries());
                return;
            }
            printEntries(out, cat.entries());
            out.println(cat.ids().size() + " datasets, " + cat.observationCount() + " observations.");
        }
    }

    static void printEntries(PrintWriter out, List<Catalogue.Entry> entries) {
        for (Catalogue.Entry e : entries) {
            out.println(e.id());
            out.println("  " + e.title());
            if (!e.titleEnglish().isBlank() && !e.titleEnglish().equals(e.title())) {
                out.println("  " + e.titleEnglish());
            }
            out.println("  measures: " + String.join(", ", e.measures()) + "; units: " + String.join(", ", e.units())
                    + "; periods: " + e.periods() + "; " + e.observations() + " observations");
            out.println("  source: " + e.document() + ", " + e.location()
                    + (e.provider().isBlank() ? "" : "; data " + e.provider()));
            if (!e.carrier().isBlank()) {
                out.println("  copied from: " + e.carrier());
            }
        }
    }

    /** {@code stats search TEXT [--json]}: datasets by words in titles, series and labels. */
    @Command(
            name = "search",
            mixinStandardHelpOptions = true,
            description = "Finds datasets by words in their titles (Dutch or English), series and labels;"
                    + " case and accents are ignored.")
    static final class SearchCommand implements Runnable {
        @Spec
        @SuppressWarnings("NullAway.Init")
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words that must all occur.")
        List<String> words = new ArrayList<>();

        @Option(names = "--json", description = "Print the matching catalogue entries as JSON.")
        boolean json;

        @Override
        public void run() {
            String query = String.join(" ", words);
            List<Catalogue.Entry> found;
            try {
                found = Catalogue.standard().search(query);
            } catch (io.github.migratiekit.statistics.dataset.InvalidDatasetException e) {
                throw new InvalidInputException("TEXT", "give at least one word to search for, got '" + query + "'", e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Cli.printJson(out, found);
                return;
            }
            printEntries(out, found);
            out.println(found.size() + " datasets match '" + query + "'.");
        }
    }

    /** {@code stats show DATASET [--json|--csv]}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one dataset with its source.")
    static final class ShowCommand implements Runnable {
        @Spec
        @SuppressWarnings("NullAway.Init")
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset id (see 'stats list').")
        @SuppressWarnings("NullAway.Init")
        String id;

        @Option(names = "--json", description = "Print the dataset as JSON.")
        boolean json;

        @Option(names = "--csv", description = "Print the observations as CSV.")
        boolean csv;

        @Override
        public void run() {
            if (json && csv) {
                throw new InvalidInputException("--csv", "give --json or --csv, not both");
            }
            PrintWriter out = spec.commandLine().getOut();
            Dataset d = Catalogue.standard().get(id);
            if (json) {
                out.println(Export.json(d));
            } else if (csv) {
                out.print(Export.csv(d.observations()));
            } else {
                out.println(d.title());
                out.println(d.titleEnglish());
                out.println("Source: " + d.source().citation());
                out.println("Licence: " + d.source().licence());
                out.println("Rounding: " + d.rounding().description());
                for (Observation o : d.observations()) {
                    out.printf(
                            Locale.ROOT,
                            "  %-8s %-58s %-20s %-14s %s%n",
                            o.period().text(),
                            dims(o),
                            o.measure(),
                            o.value().token(),
                            o.unit().name().toLowerCase(Locale.ROOT));
                }
                d.breaks()
                        .forEach(b -> out.println(
                                "Break from " + b.from() + ": " + b.description() + " (" + b.lines() + ")"));
                if (d.observations().stream().anyMatch(o -> o.derived().isPresent())) {
                    out.println("Derived (not printed by the source):");
                    d.observations().stream()
                            .filter(o -> o.derived().isPresent())
                            .forEach(o -> out.println(
                                    "  " + o.key() + " = " + o.derived().orElseThrow()));
                }
                d.notes().forEach(n -> out.println("Note: " + n));
                out.println("Values: 123 exact, 123~10 rounded to tens, <5 means 1–4, A!B reported A, corrected B.");
            }
        }

        static String dims(Observation o) {
            List<String> parts = new ArrayList<>();
            o.dimensions().forEach((k, v) -> parts.add(k + "=" + v));
            return String.join(" ", parts);
        }
    }

    /** {@code stats grant-rate --year 2023 --definition eurostat|national [--json]}. */
    @Command(
            name = "grant-rate",
            mixinStandardHelpOptions = true,
            description = {
                "Computes the asylum grant rate (inwilligingspercentage) of a year under a named definition.",
                "eurostat: grants / (grants + rejections), Dublin and other non-substantive decisions left out;"
                        + " national: grants / all decisions.",
                "A rate the bundled data cannot give under the definition is refused (exit code 2), e.g. eurostat for"
                        + " 2022-2023: the national table counts Dublin decisions among the rejections."
            })
    static final class GrantRateCommand implements java.util.concurrent.Callable<Integer> {
        @Spec
        @SuppressWarnings("NullAway.Init")
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--year", required = true, description = "The year (2008–2016 Eurostat; 2022–2023 national).")
        int year;

        @Option(names = "--definition", required = true, description = "eurostat or national.")
        @SuppressWarnings("NullAway.Init")
        String definition;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            GrantRateDefinition def;
            try {
                def = GrantRateDefinition.valueOf(definition.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "--definition", "expected eurostat or national, got '" + definition + "'", e);
            }
            GrantRateResult result = GrantRates.evaluate(Catalogue.standard(), year, def);
            PrintWriter out = spec.commandLine().getOut();
            if (result instanceof GrantRateResult.NotComputable nc) {
                if (json) {
                    Map<String, Object> root = new LinkedHashMap<>();
                    root.put("year", nc.year());
                    root.put("definition", nc.definition().name().toLowerCase(Locale.ROOT));
                    root.put("computable", false);
                    root.put("reason", nc.reason());
                    root.put("dataset", nc.datasetId());
                    root.put("explanation", Cli.explanationJson(nc.explanation()));
                    Cli.printJson(out, root);
                    return 2;
                }
                throw new GrantRateNotComputableException(nc);
            }
            GrantRate r = (GrantRate) result;
            if (json) {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("year", r.year());
                root.put("definition", r.definition().name().toLowerCase(Locale.ROOT));
                root.put("rate", r.rate().rounded(1));
                root.put(
                        "rateRange",
                        Map.of(
                                "lo",
                                round(r.rate().range().lo()),
                                "hi",
                                round(r.rate().range().hi())));
                root.put("granted", r.granted().formula());
                root.put("rejected", r.rejected().formula());
                root.put("nonSubstantive", r.nonSubstantive().formula());
                root.put("formula", r.rate().formula());
                root.put("dataset", r.datasetId());
                root.put("explanation", Cli.explanationJson(r.explanation()));
                root.put("computable", true);
                Cli.printJson(out, root);
            } else {
                out.println(
                        "Grant rate " + r.year() + " (" + r.definition().name().toLowerCase(Locale.ROOT) + "): "
                                + r.rate().rounded(1) + "% (range "
                                + round(r.rate().range().lo()) + "–"
                                + round(r.rate().range().hi()) + "%)");
                out.println("  " + r.rate().formula());
                out.println("Why:");
                r.explanation().steps().forEach(s -> out.println("  - " + s));
            }
            return 0;
        }

        private static double round(double v) {
            return Math.round(v * 100) / 100.0;
        }
    }

    /** {@code stats check [--json] [--dataset ID]}. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Checks every printed total, ledger, percentage and change against its figures; reports"
                    + " inconsistent figures (printed together, contradicting each other beyond rounding) and"
                    + " unreconciled ones (an assumed identity, other reference dates, versions or sources), with"
                    + " counts.")
    static final class CheckCommand implements Runnable {
        @Spec
        @SuppressWarnings("NullAway.Init")
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--dataset", description = "Check one dataset only.")
        @Nullable
        String dataset;

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Override
        public void run() {
            Catalogue cat = Catalogue.standard();
            CheckReport report =
                    dataset == null ? ConsistencyCheck.check(cat) : ConsistencyCheck.check(List.of(cat.get(dataset)));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Cli.printJson(out, report);
                return;
            }
            out.println("Checked " + report.datasets() + " datasets, " + report.evaluated() + " printed relations: "
                    + report.inconsistent() + " inconsistent, " + report.unreconciled() + " unreconciled, "
                    + report.withinRounding() + " differences within rounding.");
            out.println(
                    "  inconsistent: printed numbers in one publication contradict each other beyond its rounding.");
            out.println("  unreconciled: the comparison rests on an identity the source does not state, on other"
                    + " reference dates, data versions or sources, or on a value off the rounding grid;"
                    + " not an error in the publication.");
            printClass(out, report, Finding.Classification.INCONSISTENT, "INCONSISTENT");
            printClass(out, report, Finding.Classification.UNRECONCILED, "UNRECONCILED");
            printClass(out, report, Finding.Classification.WITHIN_ROUNDING, "WITHIN ROUNDING");
        }

        private static void printClass(PrintWriter out, CheckReport report, Finding.Classification c, String name) {
            List<Finding> fs = report.of(c);
            if (fs.isEmpty()) {
                return;
            }
            out.println();
            out.println(name + " (" + fs.size() + "):");
            for (Finding f : fs) {
                out.println("  " + f.dataset() + " (" + f.location() + ")");
                out.println("    " + f.message());
                if (c != Finding.Classification.WITHIN_ROUNDING) {
                    out.println("    arithmetic: " + f.arithmetic());
                    out.println("    basis: " + f.basis());
                }
            }
        }
    }

    /** {@code stats chart DATASET --out FILE.svg [--measure M] [--where KEY=VALUE]...}: a time series chart. */
    @Command(
            name = "chart",
            mixinStandardHelpOptions = true,
            description = "Writes an SVG time series of a dataset: one line per combination of dimensions (the"
                    + " middle of the range each printed value stands for).")
    static final class ChartCommand implements Runnable {
        @Spec
        @SuppressWarnings("NullAway.Init")
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset id (see 'stats list').")
        @SuppressWarnings("NullAway.Init")
        String id;

        @Option(names = "--out", required = true, description = "The SVG file to write.")
        @SuppressWarnings("NullAway.Init")
        String out;

        @Option(names = "--measure", description = "Only this measure (default: the first measure of the dataset).")
        @Nullable
        String measure;

        @Option(names = "--where", description = "Only observations with this dimension value, KEY=VALUE. Repeatable.")
        List<String> where = new ArrayList<>();

        @Option(names = "--max-series", description = "Draw at most this many lines (default 8, the largest).")
        int maxSeries = 8;

        @Override
        public void run() {
            Dataset d = Catalogue.standard().get(id);
            Map<String, String> selector = new LinkedHashMap<>();
            for (String w : where) {
                int eq = w.indexOf('=');
                if (eq <= 0) {
                    throw new InvalidInputException("--where", "expected KEY=VALUE, got '" + w + "'");
                }
                selector.put(w.substring(0, eq), w.substring(eq + 1));
            }
            if (d.observations().isEmpty()) {
                throw new InvalidInputException("DATASET", id + " has no observations");
            }
            String m = measure != null ? measure : d.observations().get(0).measure();
            Map<String, java.util.TreeMap<java.time.LocalDate, Double>> lines = new LinkedHashMap<>();
            for (Observation o : d.observations()) {
                if (!o.measure().equals(m) || !o.matches(selector)) {
                    continue;
                }
                String name = o.dimensions().isEmpty() ? m : ShowCommand.dims(o);
                lines.computeIfAbsent(name, k -> new java.util.TreeMap<>())
                        .put(o.period().start(), o.value().range().mid());
            }
            if (lines.isEmpty()) {
                throw new InvalidInputException(
                        "--where", "no observations of measure '" + m + "' match " + selector + " in " + id);
            }
            List<Charts.DailySeries> series = new ArrayList<>();
            lines.entrySet().stream()
                    .sorted((a, b) -> Double.compare(
                            b.getValue().values().stream()
                                    .mapToDouble(Double::doubleValue)
                                    .sum(),
                            a.getValue().values().stream()
                                    .mapToDouble(Double::doubleValue)
                                    .sum()))
                    .limit(Math.max(1, maxSeries))
                    .forEach(e -> series.add(new Charts.DailySeries(
                            e.getKey(),
                            new ArrayList<>(e.getValue().keySet()),
                            new ArrayList<>(e.getValue().values()))));
            java.nio.file.Path file = Charts.timeSeries(
                    java.nio.file.Path.of(out),
                    d.title(),
                    m + " (" + d.observations().get(0).unit().name().toLowerCase(Locale.ROOT) + ")",
                    series,
                    null,
                    "");
            spec.commandLine()
                    .getOut()
                    .println("chart written to " + file + " (" + series.size() + " series, source: "
                            + d.source().citation() + ")");
        }
    }
}
