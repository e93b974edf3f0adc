package io.github.migratiekit.examples.cli;

import io.github.migratiekit.eurules.dublin.CriterionAssessment;
import io.github.migratiekit.eurules.dublin.Dublin;
import io.github.migratiekit.eurules.dublin.DublinCase;
import io.github.migratiekit.eurules.dublin.DublinResult;
import io.github.migratiekit.eurules.dublin.Regime;
import java.io.PrintWriter;
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
        Regime chosen = regime(regime);
        DublinCase c = readCase(caseFile);
        DublinResult r = Cli.fileOption(
                "--case", caseFile, () -> chosen == null ? Dublin.determine(c) : Dublin.determine(c, chosen));
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

    /**
     * Reads a case file; every problem with it becomes one line naming {@code --case} and the file.
     *
     * @param file the file name as typed
     * @return the case
     */
    static DublinCase readCase(String file) {
        return InputFiles.json("--case", file, DublinCase.class, "a Dublin case object");
    }

    /**
     * Parses {@code --regime}.
     *
     * @param text the value as typed, or {@code null}
     * @return the regime, or {@code null} to choose it by the registration date
     */
    static @Nullable Regime regime(@Nullable String text) {
        return text == null ? null : Cli.option("--regime", text, () -> Regime.parse(text));
    }
}
