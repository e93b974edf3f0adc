package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.DeadlineCalculus;
import io.github.migratiekit.core.time.DeadlineRequest;
import io.github.migratiekit.core.time.Deadlines;
import io.github.migratiekit.core.time.Extension;
import io.github.migratiekit.core.time.ExtensionBasis;
import io.github.migratiekit.core.time.ProcedureTerms;
import io.github.migratiekit.core.time.Suspension;
import io.github.migratiekit.core.time.SuspensionGround;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
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
 * {@code deadline --procedure asylum --received 2024-04-10 [--suspension START/END[:GROUND]]… [--extension
 * PERIOD:BASIS:DECIDED_ON]… [--on DATE] [--json]}, or {@code --term P6W --calculus DUTCH_STATUTORY} for any term.
 */
@Command(
        name = "deadline",
        mixinStandardHelpOptions = true,
        description = {
            "Computes the last day of a legal term, with suspensions and extensions, and explains each step.",
            "Either --procedure (a term from the bundled rules, selected by the --received date) or --term with"
                    + " --calculus."
        })
final class DeadlineCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--procedure",
            description = "asylum, regular, regular-study-research, objection, objection-committee, objection-period,"
                    + " objection-regular, appeal-regular, appeal-asylum-general, appeal-asylum-extended,"
                    + " mvv-collect, mvv-entry.")
    @Nullable
    String procedure;

    @Option(
            names = {"--received", "--start"},
            required = true,
            description = "The day the term starts from (receipt of the application, announcement of the decision).")
    @SuppressWarnings("NullAway.Init")
    String received;

    @Option(names = "--term", description = "An ISO-8601 term such as P6W, P90D or P6M (with --calculus).")
    @Nullable
    String term;

    @Option(
            names = "--calculus",
            description = "DUTCH_STATUTORY (default), EU_REGULATION_1182_71 or DUBLIN_ART_42 (with --term).")
    @Nullable
    String calculus;

    @Option(
            names = "--suspension",
            description = "START/END[:GROUND], both days suspended; GROUND one of INCOMPLETE_APPLICATION (default),"
                    + " WRITTEN_AGREEMENT, APPLICANT_DELAY, FORCE_MAJEURE. Repeatable.")
    List<String> suspensions = new ArrayList<>();

    @Option(
            names = "--extension",
            description = "PERIOD:BASIS:DECIDED_ON, e.g. P9M:VW_42_4:2024-09-01; BASIS one of AWB_4_14, VW_42_4,"
                    + " APD_31_3, VW_25_2, AWB_7_10_3. Repeatable.")
    List<String> extensions = new ArrayList<>();

    @Option(names = "--on", description = "Report the days left (negative when overdue) on this day.")
    @Nullable
    String on;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public void run() {
        LocalDate start = Cli.date("--received", received);
        List<Suspension> susp = new ArrayList<>();
        for (String s : suspensions) {
            susp.add(parseSuspension(s));
        }
        List<Extension> ext = new ArrayList<>();
        for (String e : extensions) {
            ext.add(parseExtension(e));
        }
        Deadline d;
        if (procedure != null) {
            if (term != null || calculus != null) {
                throw new InvalidInputException(
                        "--term", "give either --procedure or --term with --calculus, not both");
            }
            d = ProcedureTerms.standard().deadline(procedure, start, susp, ext);
        } else if (term != null) {
            DeadlineCalculus calc = parseCalculus(calculus == null ? "DUTCH_STATUTORY" : calculus);
            d = Deadlines.compute(DeadlineRequest.builder()
                    .label("term of " + term)
                    .start(start)
                    .term(parseTerm(term))
                    .termSource(LegalSource.of("term given on the command line", "", ""))
                    .calculus(calc)
                    .suspensions(susp)
                    .extensions(ext)
                    .build());
        } else {
            throw new InvalidInputException("--procedure", "give --procedure or --term");
        }
        PrintWriter out = spec.commandLine().getOut();
        Long daysLeft = on == null ? null : d.statusOn(Cli.date("--on", on)).daysLeft();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("deadline", d.deadline().toString());
            root.put("rawDeadline", d.rawDeadline().toString());
            root.put("calculus", d.calculus().name());
            if (daysLeft != null) {
                root.put("daysLeft", daysLeft);
            }
            root.put("label", d.label());
            root.put("start", d.start().toString());
            root.put("term", d.term().toString());
            root.put("suspendedDays", d.suspendedDays());
            root.put("warnings", d.explanation().warnings());
            root.put("explanation", Cli.explanationJson(d.explanation()));
            Cli.printJson(out, root);
        } else {
            out.println(capitalise(d.label()) + ": last day " + d.deadline() + " ("
                    + d.deadline().getDayOfWeek().toString().toLowerCase(Locale.ROOT) + ")");
            if (daysLeft != null) {
                out.println(
                        daysLeft >= 0
                                ? "  " + daysLeft + " days left on " + on
                                : "  overdue by " + (-daysLeft) + " days on " + on);
            }
            out.println("Why:");
            d.explanation().steps().forEach(s -> out.println("  - " + s));
            if (!d.explanation().warnings().isEmpty()) {
                out.println("Uncertain: " + String.join(", ", d.explanation().warnings())
                        + " (see the steps marked WARNING or with a status in brackets)");
            }
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static Suspension parseSuspension(String text) {
        String range = text;
        SuspensionGround ground = SuspensionGround.INCOMPLETE_APPLICATION;
        int colon = text.indexOf(':');
        if (colon >= 0) {
            range = text.substring(0, colon);
            String g = text.substring(colon + 1).trim().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                ground = SuspensionGround.valueOf(g);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--suspension", "unknown ground '" + g + "'", e);
            }
        }
        LocalDate[] r = Cli.range("--suspension", range);
        return Suspension.of(r[0], r[1], ground);
    }

    static Extension parseExtension(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new InvalidInputException("--extension", "expected PERIOD:BASIS:DECIDED_ON, got '" + text + "'");
        }
        ExtensionBasis basis;
        try {
            basis = ExtensionBasis.valueOf(parts[1].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--extension", "unknown basis '" + parts[1] + "'", e);
        }
        return Extension.of(parseTerm(parts[0]), basis, Cli.date("--extension", parts[2]));
    }

    static Period parseTerm(String text) {
        try {
            Period p = Period.parse(text.trim());
            if (p.isNegative()) {
                throw new InvalidInputException("--term", "must not be negative, was " + text);
            }
            return p;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("--term", "not an ISO-8601 period such as P6W or P3M: '" + text + "'", e);
        }
    }

    static DeadlineCalculus parseCalculus(String text) {
        try {
            return DeadlineCalculus.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--calculus", "unknown calculus '" + text + "'", e);
        }
    }
}
