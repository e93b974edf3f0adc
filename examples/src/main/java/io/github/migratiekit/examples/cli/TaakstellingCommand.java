package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.housing.ApportionmentMethod;
import io.github.migratiekit.core.housing.HousingTables;
import io.github.migratiekit.core.housing.MunicipalRealisation;
import io.github.migratiekit.core.housing.MunicipalTask;
import io.github.migratiekit.core.housing.MunicipalityRegistry;
import io.github.migratiekit.core.housing.ProvinceRealisation;
import io.github.migratiekit.core.housing.ProvinceTotal;
import io.github.migratiekit.core.housing.RealisationReport;
import io.github.migratiekit.core.housing.StandardApportionmentMethod;
import io.github.migratiekit.core.housing.Taakstelling;
import io.github.migratiekit.core.housing.TaakstellingAllocation;
import io.github.migratiekit.core.housing.TaakstellingPeriod;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code taakstelling --period 2025-II --total 13000 [--method hamilton|dhondt|sainte-lague|round] [--population
 * FILE.csv] [--realised FILE.csv] [--json]}.
 */
@Command(
        name = "taakstelling",
        mixinStandardHelpOptions = true,
        description = {
            "Apportions the national taakstelling of a half year over the municipalities in proportion to their"
                    + " inhabitants (Huisvestingswet 2014 art. 28 ff.).",
            "Default population: CBS, 342 municipalities on 2024-01-01."
        })
final class TaakstellingCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--period", required = true, description = "The half year, e.g. 2025-I or 2025-II.")
    @SuppressWarnings("NullAway.Init")
    String period;

    @Option(names = "--total", required = true, description = "The national number of status holders to house.")
    long total;

    @Option(
            names = "--method",
            defaultValue = "hamilton",
            description = "hamilton (largest remainder, default), dhondt, sainte-lague or round (plain rounding; the"
                    + " difference from the total is reported).")
    String method = "hamilton";

    @Option(
            names = "--population",
            description = "A CBS-layout CSV (gemeentecode, gemeentenaam, provinciecode, provincienaam,"
                    + " inwoners_YYYY_MM_DD) to use instead of the bundled 2024 table.")
    @Nullable
    String population;

    @Option(
            names = "--realised",
            description = "A CSV with gemeentecode, gehuisvest and optionally positie_begin (backlog +, lead -)"
                    + " to report the realisation per municipality and province.")
    @Nullable
    String realised;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(
            names = "--chart",
            description = "Write an SVG bar chart per province: allocated, and with --realised the corrected task"
                    + " and the number housed.")
    @Nullable
    String chart;

    @Override
    public void run() {
        Charts.Target chartFile = chart == null ? null : Charts.target("--chart", chart);
        TaakstellingPeriod p = Cli.option("--period", period, () -> TaakstellingPeriod.parse(period));
        ApportionmentMethod m = Cli.option("--method", method, () -> StandardApportionmentMethod.parse(method));
        long t = HousingCli.nonNegative(spec, "--total", total);
        MunicipalityRegistry registry = HousingCli.registry(population);
        TaakstellingAllocation a = HousingCli.apportion(
                spec,
                "--total",
                t,
                population == null ? null : "--population",
                population,
                n -> Taakstelling.allocate(p, n, registry, m));
        RealisationReport report = null;
        if (realised != null) {
            String text = HousingCli.readFile("--realised", realised);
            String file = realised;
            report = Cli.fileOption(
                    "--realised", file, () -> RealisationReport.of(a, HousingTables.parseRealisations(text, registry)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (chartFile != null) {
            java.nio.file.Path written = writeChart(chartFile, a, report);
            spec.commandLine().getErr().println("chart written to " + written);
        }
        if (json) {
            printJson(out, a, report);
        } else {
            printText(out, a, report);
        }
    }

    private static java.nio.file.Path writeChart(
            Charts.Target file, TaakstellingAllocation a, @Nullable RealisationReport report) {
        List<String> provinces = new ArrayList<>();
        List<Long> allocated = new ArrayList<>();
        for (ProvinceTotal pt : a.provinces()) {
            provinces.add(pt.province());
            allocated.add(pt.allocated());
        }
        List<Charts.CategorySeries> series = new ArrayList<>();
        series.add(new Charts.CategorySeries("allocated " + a.period().label(), allocated));
        if (report != null) {
            List<Long> corrected = new ArrayList<>();
            List<Long> housed = new ArrayList<>();
            for (String province : provinces) {
                ProvinceRealisation pr = report.provinces().stream()
                        .filter(x -> x.province().equals(province))
                        .findFirst()
                        .orElse(null);
                corrected.add(pr == null ? 0L : pr.correctedTask());
                housed.add(pr == null ? 0L : pr.housed());
            }
            series.add(new Charts.CategorySeries("corrected task", corrected));
            series.add(new Charts.CategorySeries("housed", housed));
        }
        return Charts.bars(
                file,
                "Taakstelling " + a.period().label() + " per province (" + a.method() + ")",
                "status holders",
                provinces,
                series);
    }

    private static void printJson(PrintWriter out, TaakstellingAllocation a, @Nullable RealisationReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("period", a.period().label());
        root.put("announcementDate", a.announcementDeadline().toString());
        root.put(
                "permitWindow",
                Map.of(
                        "start", a.period().permitWindow().getStart().toString(),
                        "endInclusive",
                                a.period().permitWindow().getEndInclusive().toString()));
        root.put("method", a.method());
        root.put("total", a.total());
        root.put("allocatedSum", a.allocatedSum());
        root.put("difference", a.difference());
        root.put("populationReferenceDate", a.populationReferenceDate().toString());
        List<Map<String, Object>> ms = new ArrayList<>();
        for (MunicipalTask t : a.municipalities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", t.code());
            m.put("name", t.name());
            m.put("province", t.province());
            m.put("population", t.population());
            m.put("quota", t.quota());
            m.put("allocated", t.allocated());
            ms.add(m);
        }
        root.put("municipalities", ms);
        root.put("provinces", HousingCli.provincesJson(a.provinces()));
        if (report != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            List<Map<String, Object>> rm = new ArrayList<>();
            for (MunicipalRealisation x : report.municipalities()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", x.code());
                m.put("name", x.name());
                m.put("province", x.province());
                putRealisation(
                        m, x.task(), x.openingPosition(), x.correctedTask(), x.housed(), x.backlog(), x.percentage());
                rm.add(m);
            }
            List<Map<String, Object>> rp = new ArrayList<>();
            for (ProvinceRealisation x : report.provinces()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("province", x.province());
                m.put("municipalities", x.municipalities());
                putRealisation(
                        m, x.task(), x.openingPosition(), x.correctedTask(), x.housed(), x.backlog(), x.percentage());
                rp.add(m);
            }
            r.put("municipalities", rm);
            r.put("provinces", rp);
            root.put("realisation", r);
        }
        root.put("explanation", Cli.explanationJson(a.explanation()));
        Cli.printJson(out, root);
    }

    /** The realisation fields shared by municipalities and provinces, in the JSON contract's order. */
    private static void putRealisation(
            Map<String, Object> m,
            long task,
            long openingPosition,
            long correctedTask,
            long housed,
            long backlog,
            java.util.Optional<java.math.BigDecimal> percentage) {
        m.put("task", task);
        m.put("openingPosition", openingPosition);
        m.put("correctedTask", correctedTask);
        m.put("housed", housed);
        m.put("backlog", backlog);
        m.put("percentage", percentage.orElse(null));
    }

    private static void printText(PrintWriter out, TaakstellingAllocation a, @Nullable RealisationReport report) {
        out.println("Taakstelling " + a.period().label() + ": " + a.total() + " status holders, method " + a.method()
                + ", announce by " + a.announcementDeadline());
        if (a.difference() != 0) {
            out.println("  Rounded shares sum to " + a.allocatedSum() + " (difference " + a.difference() + ")");
        }
        out.println("Why:");
        a.explanation().steps().forEach(s -> out.println("  - " + s));
        out.println();
        out.println(String.format(
                Locale.ROOT,
                "%-7s %-32s %-14s %10s %12s %9s",
                "code",
                "name",
                "province",
                "population",
                "quota",
                "allocated"));
        for (MunicipalTask t : a.municipalities()) {
            out.println(String.format(
                    Locale.ROOT,
                    "%-7s %-32s %-14s %10d %12s %9d",
                    t.code(),
                    t.name(),
                    t.province(),
                    t.population(),
                    t.quota().setScale(2, java.math.RoundingMode.HALF_EVEN),
                    t.allocated()));
        }
        out.println();
        for (ProvinceTotal pt : a.provinces()) {
            out.println(String.format(
                    Locale.ROOT,
                    "%-14s %3d municipalities %10d inhabitants %9d allocated",
                    pt.province(),
                    pt.municipalities(),
                    pt.population(),
                    pt.allocated()));
        }
        if (report != null) {
            out.println();
            out.println("Realisation (positive backlog = achterstand, negative = voorsprong):");
            for (MunicipalRealisation x : report.municipalities()) {
                out.println("  " + x.code() + " " + x.name() + ": task " + x.task() + ", carried in "
                        + x.openingPosition() + ", corrected " + x.correctedTask() + ", housed " + x.housed()
                        + ", backlog " + x.backlog()
                        + x.percentage()
                                .map(v -> " (" + v.toPlainString() + "%)")
                                .orElse(""));
            }
            for (ProvinceRealisation x : report.provinces()) {
                out.println("  " + x.province() + " (" + x.municipalities() + "): corrected " + x.correctedTask()
                        + ", housed " + x.housed() + ", backlog " + x.backlog()
                        + x.percentage()
                                .map(v -> " (" + v.toPlainString() + "%)")
                                .orElse(""));
            }
        }
    }
}
