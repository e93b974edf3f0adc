package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.housing.ApportionmentMethod;
import io.github.migratiekit.core.housing.HousingTables;
import io.github.migratiekit.core.housing.MunicipalityRegistry;
import io.github.migratiekit.core.housing.ProsperityCorrection;
import io.github.migratiekit.core.housing.ProvinceTotal;
import io.github.migratiekit.core.housing.Spreiding;
import io.github.migratiekit.core.housing.SpreidingAllocation;
import io.github.migratiekit.core.housing.SpreidingShare;
import io.github.migratiekit.core.housing.StandardApportionmentMethod;
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

/** {@code spreiding --places 96000 [--weights FILE.csv] [--method M] [--population FILE.csv] [--json]}. */
@Command(
        name = "spreiding",
        mixinStandardHelpOptions = true,
        description = {
            "Distributes asylum reception places over the municipalities under the Spreidingswet: population share"
                    + " times a prosperity factor, with about 8.5%% of places for unaccompanied minors.",
            "Without --weights no prosperity correction is applied (the official key was not retrieved)."
        })
final class SpreidingCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--places", required = true, description = "The national number of reception places.")
    long places;

    @Option(
            names = "--weights",
            description = "A CSV with gemeentecode and either factor (prosperity factor, missing rows keep 1) or"
                    + " weight (a full weight for every municipality, e.g. a published distribution).")
    @Nullable
    String weights;

    @Option(
            names = "--method",
            defaultValue = "hamilton",
            description = "hamilton (default), dhondt," + " sainte-lague or round.")
    String method = "hamilton";

    @Option(names = "--population", description = "A CBS-layout CSV instead of the bundled 2024 table.")
    @Nullable
    String population;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public void run() {
        ApportionmentMethod m = Cli.option("--method", method, () -> StandardApportionmentMethod.parse(method));
        long n = HousingCli.nonNegative(spec, "--places", places);
        MunicipalityRegistry registry = HousingCli.registry(population);
        ProsperityCorrection correction;
        if (weights == null) {
            correction = ProsperityCorrection.none();
        } else {
            String text = HousingCli.readFile("--weights", weights);
            correction = Cli.fileOption("--weights", weights, () -> HousingTables.parseWeights(text, registry));
        }
        String tableOption = weights != null ? "--weights" : population != null ? "--population" : null;
        String tableFile = weights != null ? weights : population;
        SpreidingAllocation a = HousingCli.apportion(
                spec,
                "--places",
                n,
                tableOption,
                tableFile,
                total -> Spreiding.allocate(total, registry, correction, m, Spreiding.FIRST_CYCLE_MINORS_SHARE));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("places", a.places());
            root.put("method", a.method());
            root.put("prosperityCorrection", a.prosperityCorrection());
            root.put("populationReferenceDate", a.populationReferenceDate().toString());
            root.put("allocatedSum", a.allocatedSum());
            root.put("difference", a.difference());
            root.put("unaccompaniedMinorsShare", a.unaccompaniedMinorsShare());
            root.put("unaccompaniedMinors", a.unaccompaniedMinors());
            List<Map<String, Object>> ms = new ArrayList<>();
            for (SpreidingShare s : a.municipalities()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("code", s.code());
                x.put("name", s.name());
                x.put("province", s.province());
                x.put("population", s.population());
                x.put("factor", s.factor());
                x.put("quota", s.quota());
                x.put("allocated", s.allocated());
                x.put("unaccompaniedMinors", s.unaccompaniedMinors());
                ms.add(x);
            }
            root.put("municipalities", ms);
            root.put("provinces", HousingCli.provincesJson(a.provinces()));
            root.put("explanation", Cli.explanationJson(a.explanation()));
            Cli.printJson(out, root);
            return;
        }
        out.println("Spreidingswet: " + a.places() + " reception places, method " + a.method()
                + (a.difference() != 0
                        ? " (rounded sum " + a.allocatedSum() + ", difference " + a.difference() + ")"
                        : ""));
        out.println("Why:");
        a.explanation().steps().forEach(s -> out.println("  - " + s));
        out.println();
        out.println(String.format(
                Locale.ROOT,
                "%-7s %-32s %-14s %10s %8s %9s %5s",
                "code",
                "name",
                "province",
                "population",
                "factor",
                "places",
                "amv"));
        for (SpreidingShare s : a.municipalities()) {
            out.println(String.format(
                    Locale.ROOT,
                    "%-7s %-32s %-14s %10d %8s %9d %5d",
                    s.code(),
                    s.name(),
                    s.province(),
                    s.population(),
                    s.factor().setScale(3, java.math.RoundingMode.HALF_EVEN),
                    s.allocated(),
                    s.unaccompaniedMinors()));
        }
        out.println();
        for (ProvinceTotal pt : a.provinces()) {
            out.println(String.format(
                    Locale.ROOT,
                    "%-14s %3d municipalities %9d places",
                    pt.province(),
                    pt.municipalities(),
                    pt.allocated()));
        }
    }
}
