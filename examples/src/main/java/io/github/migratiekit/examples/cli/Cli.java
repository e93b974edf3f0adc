package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.ExplanationStep;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by the commands: parsing ISO dates and ranges, and printing JSON. */
public final class Cli {
    private Cli() {}

    /**
     * Parses an ISO date.
     *
     * @param option the option name, for the error message
     * @param text the text
     * @return the date
     * @throws InvalidInputException if the text is not an ISO date
     */
    public static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(option, "not an ISO date (YYYY-MM-DD): '" + text + "'", e);
        }
    }

    /**
     * Parses an inclusive range {@code START/END}.
     *
     * @param option the option name, for the error message
     * @param text the text
     * @return the first and last day
     * @throws InvalidInputException if malformed or END is before START
     */
    public static LocalDate[] range(String option, String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new InvalidInputException(
                    option, "expected START/END, e.g. 2026-01-05/2026-02-01, got '" + text + "'");
        }
        LocalDate start = date(option, text.substring(0, slash));
        LocalDate end = date(option, text.substring(slash + 1));
        if (end.isBefore(start)) {
            throw new InvalidInputException(option, "end " + end + " is before start " + start);
        }
        return new LocalDate[] {start, end};
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
