package io.github.migratiekit.statistics.dataset;

import java.util.ArrayList;
import java.util.List;

/** Splits and quotes CSV lines (RFC 4180 quoting: fields with a comma or quote are quoted, quotes doubled). */
public final class CsvLines {
    private CsvLines() {}

    /**
     * Splits one CSV line into fields.
     *
     * @param line the line, without its line break
     * @return the fields, unquoted
     */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /**
     * Quotes a field when it holds a comma, a quote or a line break.
     *
     * @param field the field
     * @return the field as it must appear in a CSV line
     */
    public static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
