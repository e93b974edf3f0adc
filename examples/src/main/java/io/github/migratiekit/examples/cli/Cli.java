package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.MigratiekitException;
import io.github.migratiekit.core.json.InvalidJsonException;
import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.ExplanationStep;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Helpers shared by the commands: parsing ISO dates and ranges, and printing JSON. */
public final class Cli {
    private Cli() {}

    /** The first day the command line accepts: the bundled rules and calendars cover no earlier day. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    /** The last day the command line accepts. */
    public static final LocalDate LAST_DAY = LocalDate.of(2200, 12, 31);

    /**
     * Parses an ISO date between {@link #FIRST_DAY} and {@link #LAST_DAY}.
     *
     * @param option the option name, for the error message
     * @param text the text as typed
     * @return the date
     * @throws InvalidInputException naming the option and the text if it is not such a date
     */
    public static LocalDate date(String option, String text) {
        LocalDate d;
        try {
            d = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new OptionException(option, text, "not an ISO date (YYYY-MM-DD)", e);
        }
        if (d.isBefore(FIRST_DAY) || d.isAfter(LAST_DAY)) {
            throw new OptionException(
                    option, text, "outside " + FIRST_DAY.getYear() + "–" + LAST_DAY.getYear() + ", the years covered");
        }
        return d;
    }

    /**
     * Parses an inclusive range {@code START/END}.
     *
     * @param option the option name, for the error message
     * @param text the text as typed
     * @return the first and last day
     * @throws InvalidInputException naming the option and the text if malformed or END is before START
     */
    public static LocalDate[] range(String option, String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new OptionException(option, text, "expected START/END, e.g. 2026-01-05/2026-02-01");
        }
        LocalDate start = part(option, text, "START", () -> date(option, text.substring(0, slash)));
        LocalDate end = part(option, text, "END", () -> date(option, text.substring(slash + 1)));
        if (end.isBefore(start)) {
            throw new OptionException(option, text, "END " + end + " is before START " + start);
        }
        return new LocalDate[] {start, end};
    }

    /**
     * Parses one part of a composite value (such as the END of {@code START/END}); an error names the whole value as
     * typed and the part.
     *
     * @param option the option
     * @param whole the whole value as typed
     * @param part the name of the part, e.g. {@code "END"}
     * @param parse parses the part; may throw {@link OptionException} about the part alone
     * @param <T> the result type
     * @return the parsed part
     */
    static <T> T part(String option, String whole, String part, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (OptionException e) {
            String v = e.value();
            throw new OptionException(
                    option,
                    whole,
                    part + (v == null || v.equals(whole) ? "" : " " + OptionException.quote(v.trim())) + ": "
                            + e.rule(),
                    e);
        }
    }

    /**
     * Runs a parse or check of one option's value and pins every input error it raises to that option and value.
     *
     * @param option the option
     * @param value the value as typed
     * @param parse the parse or check
     * @param <T> the result type
     * @return the result
     * @throws OptionException naming the option and the value if the parse fails on the input
     */
    static <T> T option(String option, String value, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            throw blame(option, value, e, false);
        }
    }

    /**
     * Runs the interpretation of a file's content and pins every input error it raises to the option and the file,
     * keeping the place inside the file (row, column, JSON path) the library names.
     *
     * @param option the option
     * @param file the file name as typed
     * @param parse the interpretation
     * @param <T> the result type
     * @return the result
     */
    static <T> T fileOption(String option, String file, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            throw blame(option, file, e, true);
        }
    }

    /**
     * Pins an input failure to an option and its value; anything that is not an input failure (a bug) is returned
     * unchanged, to be reported as an internal error.
     *
     * @param option the option
     * @param value the value as typed, or {@code null}
     * @param e the failure
     * @param withField whether to keep the field the library names (a row or JSON path inside a file), or only its
     *     rule (for a value that is itself the field)
     * @return the exception to throw
     */
    static RuntimeException blame(String option, @Nullable String value, RuntimeException e, boolean withField) {
        if (e instanceof OptionException oe) {
            if (oe.option().equals(option) && Objects.equals(oe.value(), value)) {
                return oe;
            }
            return new OptionException(option, value, oe.line(), oe);
        }
        String rule = describe(e, withField);
        if (rule == null) {
            return e;
        }
        return new OptionException(option, value, rule, e);
    }

    /**
     * Describes an input failure in plain words, or returns {@code null} if it is not one.
     *
     * @param e the failure
     * @param withField whether to keep the library's field path
     * @return the rule, or {@code null}
     */
    static @Nullable String describe(Throwable e, boolean withField) {
        if (e instanceof InvalidJsonException j) {
            return JsonErrors.describe(j);
        }
        if (e instanceof InvalidInputException iie) {
            return plain(withField ? iie.field() + ": " + iie.rule() : iie.rule());
        }
        if (e instanceof MigratiekitException) {
            return plain(String.valueOf(e.getMessage()));
        }
        if (e instanceof DateTimeException) {
            return "a day it leads to is outside the dates that can be computed with (years " + FIRST_DAY.getYear()
                    + "–" + LAST_DAY.getYear() + ")";
        }
        if (e instanceof ArithmeticException) {
            return "a number is too large to compute with";
        }
        if (e instanceof IllegalArgumentException) {
            return e.getMessage() == null ? "not accepted" : plain(e.getMessage());
        }
        return null;
    }

    /**
     * Makes a message fit on one line: line breaks, tabs and other control characters are shown escaped.
     *
     * @param text the text
     * @return the same text on one line
     */
    static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("`?\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_]*)(?:\\$[A-Za-z0-9_]+)*`?");

    /**
     * Removes what only a Java programmer can read from a library message: qualified class names become their simple
     * names, and the text goes on one line.
     *
     * @param message the message
     * @return the plain message
     */
    static String plain(String message) {
        return oneLine(QUALIFIED_NAME.matcher(message).replaceAll("$1"));
    }

    /**
     * The value of an option exactly as the user typed it (picocli keeps it before converting it to a number).
     *
     * @param spec the command
     * @param option the option
     * @param fallback the value to show when the option was not typed (its default)
     * @return the last value typed for the option, or the fallback
     */
    static String typed(CommandSpec spec, String option, String fallback) {
        OptionSpec o = spec.findOption(option);
        if (o == null) {
            return fallback;
        }
        List<String> values = o.originalStringValues();
        return values.isEmpty() ? fallback : values.get(values.size() - 1);
    }

    /**
     * Turns an explanation into the CLI's JSON form: a list of {@code {"text": …, "source": …, "verification": …,
     * "warning": …}}; {@code verification} is the status of the step's rule ({@code ""} for a fact), {@code warning}
     * the step's warning code ({@code ""} for none).
     *
     * @param explanation the explanation
     * @return a JSON-ready list
     */
    public static List<Map<String, Object>> explanationJson(Explanation explanation) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (ExplanationStep s : explanation.steps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", s.text());
            m.put("source", s.source().map(src -> (Object) src.citation()).orElse(""));
            m.put(
                    "verification",
                    s.source().map(src -> src.verification().label()).orElse(""));
            m.put("warning", s.warning().orElse(""));
            steps.add(m);
        }
        return steps;
    }

    /**
     * Prints a value as indented JSON.
     *
     * @param out where to print
     * @param value the value
     */
    public static void printJson(PrintWriter out, Object value) {
        out.println(Json.writePretty(value));
    }
}
