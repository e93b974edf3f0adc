package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.csv.CsvFields;
import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stays of many travellers as primitive columns, ready for {@link ShortStayBatch}, parsed from CSV text lines
 * {@code travellerId,entry,exit} (ISO dates, both days counted; an optional header line {@code
 * travellerId,entry,exit}).
 *
 * <p>Travellers keep the order of their first row; each traveller's stays are sorted; an exit and re-entry on the
 * same day is merged into one stay (the day counts once); stays that overlap by more are rejected naming both lines.
 * Error messages name the line number and the offending date, never the traveller id (which may be a V-number).
 * This holds the whole input in memory; for files of any size use {@link ShortStayStream}, which streams.
 * Parsing text is not I/O: the caller reads the file. The arrays returned are the live columns.
 */
public final class StayColumns {
    private final List<String> travellerIds;
    private final int[] offsets;
    private final int[] entries;
    private final int[] exits;

    private StayColumns(List<String> travellerIds, int[] offsets, int[] entries, int[] exits) {
        this.travellerIds = List.copyOf(travellerIds);
        this.offsets = offsets;
        this.entries = entries;
        this.exits = exits;
    }

    /**
     * Parses CSV lines.
     *
     * @param lines the lines, the first possibly a header
     * @return the columns
     * @throws InvalidStayException naming the line for an empty row, a row without three fields, an empty traveller
     *     id, a malformed date, an exit before the entry, a date outside 1900–2200, or overlapping stays
     */
    public static StayColumns parseCsv(Iterable<String> lines) {
        Checks.nonNull(lines, "lines");
        Map<String, List<int[]>> byTraveller = new LinkedHashMap<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = (lineNo == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw).strip();
            if (lineNo == 1 && line.toLowerCase(Locale.ROOT).replace(" ", "").startsWith("travellerid,")) {
                continue;
            }
            String field = "line " + lineNo;
            if (line.isEmpty()) {
                throw new InvalidStayException(field, "empty row; expected travellerId,entry,exit");
            }
            String[] parts;
            try {
                parts = CsvFields.split(line).toArray(new String[0]);
            } catch (InvalidInputException e) {
                throw new InvalidStayException(field, e.rule());
            }
            if (parts.length != 3) {
                throw new InvalidStayException(
                        field, "expected 3 fields travellerId,entry,exit, found " + parts.length);
            }
            String id = parts[0].strip();
            if (id.isEmpty()) {
                throw new InvalidStayException(field + " travellerId", "is empty");
            }
            LocalDate entry = date(field + " entry", parts[1]);
            LocalDate exit = date(field + " exit", parts[2]);
            Dates.check(field + " entry", entry);
            Dates.check(field + " exit", exit);
            if (exit.isBefore(entry)) {
                throw new InvalidStayException(field + " exit", "exit " + exit + " is before entry " + entry);
            }
            byTraveller
                    .computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new int[] {Dates.epoch(entry), Dates.epoch(exit), lineNo});
        }
        int n = 0;
        for (List<int[]> l : byTraveller.values()) {
            n += l.size();
        }
        int[] offsets = new int[byTraveller.size() + 1];
        int[] entries = new int[n];
        int[] exits = new int[n];
        int k = 0;
        int t = 0;
        for (List<int[]> l : byTraveller.values()) {
            l.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            int start = k;
            int prevLine = -1;
            for (int[] s : l) {
                if (k > start && s[0] <= exits[k - 1]) {
                    if (s[0] < exits[k - 1]) {
                        throw new InvalidStayException(
                                "line " + s[2],
                                "stay " + LocalDate.ofEpochDay(s[0]) + "/" + LocalDate.ofEpochDay(s[1])
                                        + " overlaps the stay on line " + prevLine + " ending "
                                        + LocalDate.ofEpochDay(exits[k - 1]));
                    }
                    exits[k - 1] = Math.max(exits[k - 1], s[1]);
                } else {
                    entries[k] = s[0];
                    exits[k] = s[1];
                    k++;
                }
                prevLine = s[2];
            }
            offsets[++t] = k;
        }
        int[] e = java.util.Arrays.copyOf(entries, k);
        int[] x = java.util.Arrays.copyOf(exits, k);
        return new StayColumns(new ArrayList<>(byTraveller.keySet()), offsets, e, x);
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException ex) {
            throw new InvalidStayException(field, "not an ISO date (YYYY-MM-DD): '" + text.strip() + "'");
        }
    }

    /**
     * Returns the traveller ids in order.
     *
     * @return one id per traveller
     */
    public List<String> travellerIds() {
        return travellerIds;
    }

    /**
     * Returns the traveller offsets (length T+1).
     *
     * @return the live column
     */
    public int[] offsets() {
        return offsets;
    }

    /**
     * Returns the entry days (epoch days).
     *
     * @return the live column
     */
    public int[] entries() {
        return entries;
    }

    /**
     * Returns the exit days (epoch days).
     *
     * @return the live column
     */
    public int[] exits() {
        return exits;
    }

    /**
     * Wraps the columns in a batch for the 90/180 rule.
     *
     * @return the batch
     */
    public ShortStayBatch batch() {
        return ShortStayBatch.of(offsets, entries, exits);
    }
}
