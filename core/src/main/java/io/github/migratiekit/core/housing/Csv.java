package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.csv.CsvFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal reader of comma-separated tables (RFC 4180 quoting, a header row, UTF-8 text already decoded). Blank
 * lines are skipped; a leading byte-order mark is ignored. Package-private: used by the table parsers.
 */
final class Csv {
    private final String table;
    private final List<String> header;
    private final List<List<String>> rows;

    private Csv(String table, List<String> header, List<List<String>> rows) {
        this.table = table;
        this.header = header;
        this.rows = rows;
    }

    static Csv parse(String table, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> lines = new ArrayList<>();
        int lineNo = 0;
        for (String line : body.split("\r?\n", -1)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            lines.add(split(table, lines.size(), line));
        }
        if (lines.isEmpty()) {
            throw new InvalidTableRowException(table, 0, "header", "the table is empty");
        }
        List<String> header = new ArrayList<>();
        for (String h : lines.get(0)) {
            header.add(h.trim().toLowerCase(Locale.ROOT));
        }
        return new Csv(table, header, lines.subList(1, lines.size()));
    }

    private static List<String> split(String table, int row, String line) {
        try {
            return CsvFields.split(line, ",;");
        } catch (InvalidInputException e) {
            throw new InvalidTableRowException(table, row, "line", e.rule());
        }
    }

    String header(int column) {
        return header.get(column);
    }

    int size() {
        return rows.size();
    }

    /** Returns the index of the first header that equals one of the names or starts with a prefix ending in '*'. */
    int column(boolean required, String... names) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i);
                if (name.endsWith("*") ? h.startsWith(name.substring(0, name.length() - 1)) : h.equals(name)) {
                    return i;
                }
            }
        }
        if (required) {
            throw new InvalidTableRowException(
                    table, 0, names[0], "missing column (expected one of " + String.join(", ", names) + ")");
        }
        return -1;
    }

    String cell(int row, int column, String columnName) {
        List<String> cells = rows.get(row);
        if (column >= cells.size()) {
            throw new InvalidTableRowException(table, row + 1, columnName, "missing cell");
        }
        String v = cells.get(column).trim();
        if (v.isEmpty()) {
            throw new InvalidTableRowException(table, row + 1, columnName, "empty cell");
        }
        return v;
    }

    String optionalCell(int row, int column) {
        List<String> cells = rows.get(row);
        return column < 0 || column >= cells.size() ? "" : cells.get(column).trim();
    }

    long nonNegativeLong(int row, int column, String columnName) {
        return parseLong(row, cell(row, column, columnName), columnName, false);
    }

    long parseLong(int row, String text, String columnName, boolean allowNegative) {
        long v;
        try {
            v = Long.parseLong(text.replace("_", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new InvalidTableRowException(table, row + 1, columnName, "not a whole number: '" + text + "'");
        }
        if (v < 0 && !allowNegative) {
            throw new InvalidTableRowException(table, row + 1, columnName, "must not be negative, was " + v);
        }
        return v;
    }

    String table() {
        return table;
    }
}
