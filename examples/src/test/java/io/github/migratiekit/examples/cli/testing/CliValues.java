package io.github.migratiekit.examples.cli.testing;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of option values as a user (or a hostile tester) might type them: any text at all, and
 * text shaped like the values the options take (dates, ranges, periods, numbers, CSV rows, JSON) but with random,
 * often out-of-range, parts. Used to check that no value makes the command line fail other than with exit 2.
 */
public final class CliValues {
    private CliValues() {}

    /**
     * Any text: every code point (control characters, line breaks and unpaired halves of surrogate pairs
     * included), short ASCII, and option-like text.
     *
     * @return the generator
     */
    public static Gen<String> anyText() {
        return SourceDSL.strings()
                .allPossible()
                .ofLengthBetween(0, 24)
                .mix(SourceDSL.strings().ascii().ofLengthBetween(0, 24), 40)
                .mix(Generate.pick(List.of("", " ", "-", "--", "-1", "0", "null", "NaN", "\n", "%n", "%s", "@")), 10);
    }

    /**
     * Dates in ISO form with any year, month and day, some of them real.
     *
     * @return the generator
     */
    public static Gen<String> isoLikeDates() {
        Gen<Long> years = Generate.longRange(-1_000_000_000L, 1_000_000_000L).mix(Generate.longRange(1890, 2210), 60);
        Gen<Integer> months = Generate.range(0, 13);
        Gen<Integer> days = Generate.range(0, 32);
        return years.zip(
                months, days, (y, m, d) -> (y > 9999 ? "+" : "") + pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2));
    }

    /**
     * Ranges {@code START/END} of ISO-like dates, sometimes with a suffix such as {@code :GROUND}.
     *
     * @return the generator
     */
    public static Gen<String> ranges() {
        Gen<String> suffix =
                Generate.pick(List.of("", "", "", ":FORCE_MAJEURE", ":written-agreement", ":", ":x", "/2026-01-01"));
        return isoLikeDates().zip(isoLikeDates(), suffix, (a, b, s) -> a + "/" + b + s);
    }

    /**
     * ISO-8601 periods with any amount, some negative or huge.
     *
     * @return the generator
     */
    public static Gen<String> periods() {
        Gen<Long> amounts = Generate.longRange(-5, 5_000_000_000L).mix(Generate.longRange(0, 500), 60);
        Gen<String> units = Generate.pick(List.of("D", "W", "M", "Y", "", "X"));
        Gen<String> signs = Generate.pick(List.of("", "", "", "-"));
        return signs.zip(amounts, units, (s, n, u) -> s + "P" + n + u);
    }

    /**
     * Extensions {@code PERIOD:BASIS:DECIDED_ON} with random parts.
     *
     * @return the generator
     */
    public static Gen<String> extensions() {
        Gen<String> bases = Generate.pick(List.of("AWB_4_14", "VW_42_4", "APD_31_3", "VW_25_2", "AWB_7_10_3", "x", ""));
        return periods().zip(bases, isoLikeDates(), (p, b, d) -> p + ":" + b + ":" + d);
    }

    /**
     * Whole numbers as text, including ones past the range of {@code long}.
     *
     * @return the generator
     */
    public static Gen<String> numbers() {
        return SourceDSL.longs()
                .all()
                .map((Long n) -> String.valueOf(n))
                .mix(Generate.longRange(-5, 200).map((Long n) -> String.valueOf(n)), 50)
                .mix(Generate.pick(List.of("9223372036854775808", "-9223372036854775809", "1e3", "0x10", "+7")), 10);
    }

    /**
     * The contents of a CSV file: random rows of random cells under a random or real header, sometimes with a
     * byte-order mark or Windows line ends.
     *
     * @return the generator
     */
    public static Gen<String> csvContents() {
        Gen<String> header = Generate.pick(List.of(
                "gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners_2025_01_01",
                "\uFEFFgemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners_2025_01_01",
                "gemeentecode,factor",
                "gemeentecode,weight",
                "gemeentecode,gehuisvest,positie_begin",
                "",
                "a;b;c"));
        Gen<String> cell = SourceDSL.strings()
                .ascii()
                .ofLengthBetween(0, 6)
                .mix(Generate.pick(List.of("GM0014", "GM0034", "GM0363", "PV20", "Groningen", "0", "1")), 40)
                .mix(numbers(), 30);
        Gen<String> row =
                cell.zip(cell, cell, cell, cell, (a, b, c, d, e) -> a + "," + b + "," + c + "," + d + "," + e);
        Gen<String> rows = row.zip(row, row, (a, b, c) -> a + "\n" + b + "\n" + c);
        Gen<String> lineEnd = Generate.pick(List.of("\n", "\r\n"));
        return header.zip(rows, lineEnd, (h, r, n) -> (h + "\n" + r).replace("\n", n))
                .mix(anyText(), 20);
    }

    /**
     * The contents of a JSON file: a valid document with one value replaced by a random one, or random text.
     *
     * @param valid a valid document
     * @return the generator
     */
    public static Gen<String> jsonContents(String valid) {
        Gen<String> replacement = Generate.pick(List.of(
                        "null", "1", "-1", "1.5", "true", "\"\"", "[]", "{}", "\"x\"", "\"2026-13-01\"", "1e999"))
                .mix(isoLikeDates().map(d -> "\"" + d + "\""), 30);
        Gen<Integer> at = Generate.range(0, Math.max(0, valid.length() - 1));
        Gen<String> mutated = at.zip(replacement, (i, r) -> replaceValueAt(valid, i, r));
        Gen<String> truncated = at.map(i -> valid.substring(0, i));
        return mutated.mix(truncated, 30)
                .mix(anyText(), 15)
                .mix(
                        Generate.pick(List.of(
                                "null",
                                "",
                                "[]",
                                "\"x\"",
                                "{}",
                                "{\"kind\":5}",
                                "[".repeat(3000) + "]".repeat(3000),
                                "{\"kind\": " + "9".repeat(2000) + "}")),
                        10);
    }

    /** Replaces the scalar JSON value that starts at or after {@code index} by {@code replacement}. */
    private static String replaceValueAt(String json, int index, String replacement) {
        int colon = json.indexOf(':', index);
        if (colon < 0) {
            return json;
        }
        int start = colon + 1;
        while (start < json.length() && json.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        if (end < json.length() && json.charAt(end) == '"') {
            end = json.indexOf('"', end + 1) + 1;
        } else {
            while (end < json.length() && ",}]\n".indexOf(json.charAt(end)) < 0) {
                end++;
            }
        }
        if (end <= start) {
            return json;
        }
        return json.substring(0, start) + replacement + json.substring(end);
    }

    private static String pad(long n, int width) {
        String s = String.valueOf(Math.abs(n));
        StringBuilder sb = new StringBuilder(n < 0 ? "-" : "");
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }
}
