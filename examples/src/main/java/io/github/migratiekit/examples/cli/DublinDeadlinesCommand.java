package io.github.migratiekit.examples.cli;

import io.github.migratiekit.eurules.dublin.DublinCase;
import io.github.migratiekit.eurules.dublin.DublinTimeline;
import io.github.migratiekit.eurules.dublin.Regime;
import io.github.migratiekit.eurules.dublin.TimeLimit;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dublin-deadlines --case FILE.json --on DATE [--regime R] [--json]}: open and lapsed Dublin time limits. */
@Command(
        name = "dublin-deadlines",
        mixinStandardHelpOptions = true,
        description = {
            "Reports every Dublin time limit triggered by the events of a case (take charge, take back, reply,"
                    + " transfer, extensions, cessation) as it stands on a day: open, lapsed (with the consequence) or"
                    + " met. Counted under Dublin III art. 42: no roll past weekends or holidays."
        })
final class DublinDeadlinesCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--case", required = true, description = "The case as JSON, with its \"events\".")
    @SuppressWarnings("NullAway.Init")
    String caseFile;

    @Option(names = "--on", required = true, description = "The day of the report (ISO date).")
    @SuppressWarnings("NullAway.Init")
    String on;

    @Option(names = "--regime", description = "DUBLIN_III or AMMR; by default chosen by the registration date.")
    @Nullable
    String regime;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public void run() {
        LocalDate day = Cli.date("--on", on);
        Regime chosen = DublinCommand.regime(regime);
        DublinCase c = DublinCommand.readCase(caseFile);
        DublinTimeline tl = Cli.fileOption(
                "--case", caseFile, () -> chosen == null ? DublinTimeline.of(c) : DublinTimeline.of(c, chosen));
        List<TimeLimit> all = Cli.fileOption("--case", caseFile, () -> tl.on(day));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("regime", tl.regime().name());
            root.put("on", day.toString());
            for (TimeLimit.Status st : List.of(TimeLimit.Status.OPEN, TimeLimit.Status.LAPSED, TimeLimit.Status.MET)) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (TimeLimit t : all) {
                    if (t.status() == st) {
                        list.add(json(t));
                    }
                }
                root.put(st.name().toLowerCase(Locale.ROOT), list);
            }
            Cli.printJson(out, root);
            return;
        }
        out.println("Dublin time limits on " + day + " (" + tl.regime().displayName() + "):");
        if (all.isEmpty()) {
            out.println("  none triggered yet");
        }
        for (TimeLimit t : all) {
            String head =
                    switch (t.status()) {
                        case OPEN -> "OPEN    ";
                        case LAPSED -> "LAPSED  ";
                        case MET -> "MET     ";
                    };
            out.println("  " + head + t.step() + ": last day " + t.deadline().deadline() + " (" + t.article()
                    + ", from " + t.trigger() + ")"
                    + t.doneOn().map(d -> ", done " + d).orElse(""));
            if (t.status() == TimeLimit.Status.OPEN) {
                out.println("          " + t.daysLeft() + " days left");
            } else if (t.status() == TimeLimit.Status.LAPSED) {
                out.println("          "
                        + (t.doneOn().isPresent()
                                ? "done late"
                                : "ended " + t.deadline().deadline()) + ": " + t.consequence());
            }
        }
    }

    private static Map<String, Object> json(TimeLimit t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", t.step());
        m.put("article", t.article());
        m.put("source", t.source().citation());
        m.put("trigger", t.trigger());
        m.put("start", t.deadline().start().toString());
        m.put("term", t.deadline().term().toString());
        m.put("deadline", t.deadline().deadline().toString());
        m.put("status", t.status().name());
        t.doneOn().ifPresent(d -> m.put("doneOn", d.toString()));
        m.put("daysLeft", t.daysLeft());
        m.put("consequence", t.consequence());
        m.put("explanation", Cli.explanationJson(t.deadline().explanation()));
        return m;
    }
}
