package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.eurules.dublin.CriterionAssessment;
import io.github.migratiekit.eurules.dublin.Dublin;
import io.github.migratiekit.eurules.dublin.DublinCase;
import io.github.migratiekit.eurules.dublin.DublinResult;
import io.github.migratiekit.eurules.dublin.Regime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dublin --case FILE.json [--regime DUBLIN_III|AMMR] [--json]}: which Member State is responsible. */
@Command(
        name = "dublin",
        mixinStandardHelpOptions = true,
        description = {
            "Determines the Member State responsible for an application for international protection (Dublin III or"
                    + " the AMMR, chosen by the registration date unless --regime is given) and lists every criterion"
                    + " tried. The case file format is described in docs/dublin.md."
        })
final class DublinCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--case", required = true, description = "The case as JSON (see docs/dublin.md).")
    @SuppressWarnings("NullAway.Init")
    String caseFile;

    @Option(names = "--regime", description = "DUBLIN_III or AMMR; by default chosen by the registration date.")
    @Nullable
    String regime;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public void run() {
        DublinCase c = readCase(caseFile);
        DublinResult r = regime == null ? Dublin.determine(c) : Dublin.determine(c, Regime.parse(regime));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("regime", r.regime().name());
            root.put("responsibleState", r.responsibleState().code());
            root.put("criterion", r.criterion().name());
            root.put("article", r.article());
            root.put("frozenOn", r.frozenOn().toString());
            root.put("explanation", Cli.explanationJson(r.explanation()));
            List<Map<String, Object>> as = new ArrayList<>();
            for (CriterionAssessment a : r.assessments()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("criterion", a.criterion().name());
                m.put("article", a.article());
                m.put("outcome", a.outcome().name());
                a.state().ifPresent(s -> m.put("state", s.code()));
                m.put("reason", a.reason());
                as.add(m);
            }
            root.put("assessments", as);
            Cli.printJson(out, root);
        } else {
            out.println(r.responsibleState() + " (" + r.responsibleState().dutchName() + ") is responsible under "
                    + r.regime().displayName() + " " + r.article() + " ("
                    + r.criterion().title() + ").");
            out.println("Why:");
            r.explanation().steps().forEach(s -> out.println("  - " + s));
        }
    }

    /** Reads a case file; bad files become one-line input errors. */
    static DublinCase readCase(String file) {
        Path p = Path.of(file);
        try {
            return Json.read(Files.newInputStream(p), DublinCase.class);
        } catch (IOException e) {
            throw new InvalidInputException(
                    "--case", "cannot read " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }
}
