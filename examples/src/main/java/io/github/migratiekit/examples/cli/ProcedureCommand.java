package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.procedure.CaseReport;
import io.github.migratiekit.core.procedure.DeadlineReport;
import io.github.migratiekit.core.procedure.EventType;
import io.github.migratiekit.core.procedure.ProcedureCase;
import io.github.migratiekit.core.procedure.ProcedureState;
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
 * {@code procedure --events FILE.json [--on DATE] [--json]}: folds the events of a case (the JSON form of {@link
 * ProcedureCase}) and prints its state and deadlines on a day.
 */
@Command(
        name = "procedure",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the state of a case and its running, lapsed and met deadlines on a day, with explanations.",
            "The events file is {\"kind\": \"ASYLUM\", \"events\": [{\"type\": \"application-lodged\", \"date\":"
                    + " \"2026-01-05\"}, ...]}; see docs/permits-and-procedures.md."
        })
final class ProcedureCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--events", required = true, description = "The JSON file with the kind and events of the case.")
    @SuppressWarnings("NullAway.Init")
    String events;

    @Option(
            names = "--on",
            description = "The report day (default: the day of the last event); later events are left out.")
    @Nullable
    String on;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public void run() {
        String onText = on;
        LocalDate onDay = onText == null ? null : Cli.date("--on", onText);
        ProcedureCase c = InputFiles.json("--events", events, ProcedureCase.class, "an object with kind and events");
        LocalDate day = onDay != null
                ? onDay
                : c.events().isEmpty()
                        ? LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                        : c.events().get(c.events().size() - 1).date();
        ProcedureState state = Cli.fileOption("--events", events, () -> c.foldUntil(day));
        int ignored = c.events().size() - state.events().size();
        CaseReport r = onText == null
                ? Cli.fileOption("--events", events, () -> state.report(day))
                : Cli.option("--on", onText, () -> state.report(day));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("kind", r.kind().name());
            root.put("phase", r.phase().name());
            root.put("phaseLabel", r.phase().dutchLabel());
            root.put("on", r.on().toString());
            r.track().ifPresent(t -> root.put("track", t.name()));
            r.outcome().ifPresent(o -> root.put("outcome", o.name()));
            root.put("eventsApplied", state.events().size());
            root.put("eventsAfterOn", ignored);
            List<Map<String, Object>> terms = new ArrayList<>();
            for (DeadlineReport d : r.deadlines()) {
                terms.add(termJson(d, true));
            }
            root.put("deadlines", terms);
            r.next().ifPresent(n -> root.put("next", termJson(n, false)));
            root.put(
                    "allowedNext",
                    r.allowedNext().stream().map(EventType::jsonName).toList());
            root.put("history", Cli.explanationJson(r.history()));
            Cli.printJson(out, root);
            return;
        }
        out.println(r.kind().dutchLabel() + " (" + r.kind() + ") on " + r.on() + ": "
                + r.phase().dutchLabel()
                + r.track().map(t -> ", " + t.dutchLabel()).orElse("")
                + r.outcome().map(o -> ", " + o.dutchLabel()).orElse(""));
        if (ignored > 0) {
            out.println("  (" + ignored + " later event(s) left out)");
        }
        out.println("History:");
        r.history().steps().forEach(s -> out.println("  - " + s));
        out.println("Deadlines:");
        if (r.deadlines().isEmpty()) {
            out.println("  (none)");
        }
        for (DeadlineReport d : r.deadlines()) {
            out.println("  * " + d.label() + ": " + d.deadline() + " — " + status(d));
        }
        r.next()
                .ifPresentOrElse(
                        n -> {
                            out.println("Next to lapse: " + n.label() + " on " + n.deadline() + " (" + n.daysLeft()
                                    + " days left). Why:");
                            n.explanation().steps().forEach(s -> out.println("  - " + s));
                        },
                        () -> out.println("No term is running."));
        out.println("Allowed next: "
                + (r.allowedNext().isEmpty()
                        ? "nothing (the case is closed)"
                        : String.join(
                                ", ",
                                r.allowedNext().stream()
                                        .map(EventType::jsonName)
                                        .toList())));
    }

    private static String status(DeadlineReport d) {
        switch (d.status()) {
            case RUNNING:
                return "running, " + d.daysLeft() + " days left";
            case LAPSED:
                return "lapsed " + (-d.daysLeft()) + " days ago: " + d.consequence();
            case MET:
                return "met on " + d.stoppedOn().orElseThrow();
            case MET_LATE:
                return "met late on " + d.stoppedOn().orElseThrow();
            case SUPERSEDED:
                return "superseded on " + d.stoppedOn().orElseThrow();
        }
        return d.status().name();
    }

    private static Map<String, Object> termJson(DeadlineReport d, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("label", d.label());
        m.put("start", d.start().toString());
        m.put("deadline", d.deadline().toString());
        m.put("status", d.status().name());
        m.put("daysLeft", d.daysLeft());
        d.stoppedOn().ifPresent(s -> m.put("stoppedOn", s.toString()));
        m.put("consequence", d.consequence());
        if (full) {
            m.put("explanation", Cli.explanationJson(d.explanation()));
        }
        return m;
    }
}
