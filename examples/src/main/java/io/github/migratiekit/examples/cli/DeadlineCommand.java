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

    /** The longest term or extension the command line accepts: longer ones are typing mistakes. */
    static final Period LONGEST = Period.ofYears(100);

    @Override
    public void run() {
        LocalDate start = Cli.date("--received", received);
        if (procedure != null && term != null) {
            throw new OptionException("--term", term, "give either --procedure or --term (with --calculus), not both");
        }
        if (procedure != null && calculus != null) {
            throw new OptionException(
                    "--calculus", calculus, "--calculus goes with --term; --procedure brings its own calculus");
        }
        if (procedure == null && term == null) {
            throw new OptionException("--procedure", null, "give --procedure or --term");
        }
        String name = procedure;
        if (name != null) {
            boolean known = ProcedureTerms.standard().procedures().contains(name);
            Cli.option(known ? "--received" : "--procedure", known ? received : name, () -> ProcedureTerms.standard()
                    .rule(name, start));
        }
        Period t = term == null ? null : parseTerm("--term", term);
        DeadlineCalculus calc = parseCalculus(calculus == null ? "DUTCH_STATUTORY" : calculus);
        List<Suspension> susp = new ArrayList<>();
        for (String s : suspensions) {
            susp.add(parseSuspension(s));
        }
        List<Extension> ext = new ArrayList<>();
        for (String e : extensions) {
            ext.add(parseExtension(e));
        }
        String onText = on;
        LocalDate onDay = onText == null ? null : Cli.date("--on", onText);
        Deadline d = compute(start, name, t, calc, susp, ext);
        Long daysLeft = onText == null || onDay == null
                ? null
                : Cli.option("--on", onText, () -> d.statusOn(onDay).daysLeft());
        PrintWriter out = spec.commandLine().getOut();
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

    /**
     * Computes the deadline; when that fails on the input, finds the option to blame by adding the inputs one at a
     * time: the start and term alone, then each suspension in the order typed, then each extension in the order they
     * were decided (the order in which they apply).
     */
    private Deadline compute(
            LocalDate start,
            @Nullable String name,
            @Nullable Period t,
            DeadlineCalculus calc,
            List<Suspension> susp,
            List<Extension> ext) {
        try {
            return deadline(start, name, t, calc, susp, ext);
        } catch (RuntimeException e) {
            if (Cli.describe(e, false) == null) {
                throw e;
            }
        }
        try {
            deadline(start, name, t, calc, List.of(), List.of());
        } catch (RuntimeException e) {
            String termText = term;
            if (termText != null && startComputes(start, calc)) {
                // the start and the term are each fine; together they end beyond the calendar: name both
                RuntimeException blamed = Cli.blame("--received", received, beyondCalendar(e), false);
                if (blamed instanceof OptionException oe) {
                    throw new OptionException(
                            "--received",
                            received,
                            "with --term " + OptionException.quote(termText) + ": " + oe.rule(),
                            e);
                }
                throw blamed;
            }
            throw Cli.blame("--received", received, beyondCalendar(e), false);
        }
        for (int i = 1; i <= susp.size(); i++) {
            try {
                deadline(start, name, t, calc, susp.subList(0, i), List.of());
            } catch (RuntimeException e) {
                throw Cli.blame("--suspension", suspensions.get(i - 1), beyondCalendar(e), false);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ext.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(i -> ext.get(i).decidedOn()));
        List<Extension> applied = new ArrayList<>();
        for (int i : order) {
            applied.add(ext.get(i));
            try {
                deadline(start, name, t, calc, susp, applied);
            } catch (RuntimeException e) {
                throw Cli.blame("--extension", extensions.get(i), beyondCalendar(e), false);
            }
        }
        // every step passed on its own: report the whole computation against the start
        return Cli.option("--received", received, () -> deadline(start, name, t, calc, susp, ext));
    }

    private static Deadline deadline(
            LocalDate start,
            @Nullable String name,
            @Nullable Period t,
            DeadlineCalculus calc,
            List<Suspension> susp,
            List<Extension> ext) {
        if (name != null) {
            return ProcedureTerms.standard().deadline(name, start, susp, ext);
        }
        Period p = java.util.Objects.requireNonNull(t);
        return Deadlines.compute(DeadlineRequest.builder()
                .label("term of " + p)
                .start(start)
                .term(p)
                .termSource(LegalSource.of("term given on the command line", "", ""))
                .calculus(calc)
                .suspensions(susp)
                .extensions(ext)
                .build());
    }

    /** Whether a term of zero days from the start computes: if not, the start itself is at fault, not the term. */
    private static boolean startComputes(LocalDate start, DeadlineCalculus calc) {
        try {
            deadline(start, null, Period.ZERO, calc, List.of(), List.of());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A day outside java.time's range or the calendar's years becomes one plain rule. */
    private static RuntimeException beyondCalendar(RuntimeException e) {
        if (e instanceof java.time.DateTimeException || e instanceof ArithmeticException) {
            return new InvalidInputException(
                    "deadline", "the term would end beyond the years the calendars cover (up to 2100 for the Atw)", e);
        }
        return e;
    }

    static Suspension parseSuspension(String text) {
        String range = text;
        SuspensionGround ground = SuspensionGround.INCOMPLETE_APPLICATION;
        int colon = text.indexOf(':');
        if (colon >= 0) {
            range = text.substring(0, colon);
            String g = text.substring(colon + 1).trim().toUpperCase(Locale.ROOT).replace('-', '_');
            ground = Cli.option("--suspension", text, () -> enumValue(SuspensionGround.class, g, "GROUND"));
        }
        String r = range;
        LocalDate[] days = Cli.part("--suspension", text, "START/END", () -> Cli.range("--suspension", r));
        SuspensionGround gr = ground;
        return Cli.option("--suspension", text, () -> Suspension.of(days[0], days[1], gr));
    }

    static Extension parseExtension(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new OptionException(
                    "--extension", text, "expected PERIOD:BASIS:DECIDED_ON, e.g. P9M:VW_42_4:2024-09-01");
        }
        Period length = Cli.part("--extension", text, "PERIOD", () -> parseTerm("--extension", parts[0]));
        ExtensionBasis basis = Cli.option(
                "--extension",
                text,
                () -> enumValue(ExtensionBasis.class, parts[1].trim().toUpperCase(Locale.ROOT), "BASIS"));
        LocalDate decidedOn = Cli.part("--extension", text, "DECIDED_ON", () -> Cli.date("--extension", parts[2]));
        return Cli.option("--extension", text, () -> Extension.of(length, basis, decidedOn));
    }

    /**
     * Parses an ISO-8601 term of at most {@link #LONGEST}.
     *
     * @param option the option it came from ({@code --term}, or {@code --extension} for its PERIOD)
     * @param text the text as typed
     * @return the term
     */
    static Period parseTerm(String option, String text) {
        Period p;
        try {
            p = Period.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new OptionException(option, text, "not an ISO-8601 period such as P6W or P3M", e);
        } catch (ArithmeticException e) {
            // e.g. P400000000W: the days do not fit in an int
            throw new OptionException(option, text, "longer than " + LONGEST.getYears() + " years", e);
        }
        if (p.isNegative()) {
            throw new OptionException(option, text, "must not be negative");
        }
        if (p.toTotalMonths() * 31L + p.getDays() > LONGEST.toTotalMonths() * 31L) {
            throw new OptionException(option, text, "longer than " + LONGEST.getYears() + " years");
        }
        return p;
    }

    static DeadlineCalculus parseCalculus(String text) {
        return Cli.option(
                "--calculus",
                text,
                () -> enumValue(
                        DeadlineCalculus.class,
                        text.trim().toUpperCase(Locale.ROOT).replace('-', '_'),
                        ""));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String part) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw new InvalidInputException(
                part.isEmpty() ? "value" : part,
                (part.isEmpty() ? "" : part + " ") + "'" + name + "' is not one of " + String.join(", ", names));
    }
}
