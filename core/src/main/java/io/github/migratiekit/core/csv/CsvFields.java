package io.github.migratiekit.core.csv;

import io.github.migratiekit.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits and quotes the fields of one CSV line with RFC 4180 quoting: a field may be enclosed in double quotes, and a
 * double quote inside a quoted field is written twice. Stateless and thread-safe.
 */
public final class CsvFields {
    private CsvFields() {}

    /**
     * Splits a comma-separated line into fields.
     *
     * @param line the line, without its line break
     * @return the fields, unquoted; an empty line gives one empty field
     * @throws InvalidInputException if a quoted field is not closed
     */
    public static List<String> split(String line) {
        return split(line, ",");
    }

    /**
     * Splits a line into fields at any of the given separator characters.
     *
     * @param line the line, without its line break
     * @param separators the separator characters, e.g. {@code ",;"} for tables that use either
     * @return the fields, unquoted
     * @throws InvalidInputException if a quoted field is not closed
     */
    public static List<String> split(String line, String separators) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (separators.indexOf(c) >= 0) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException("line", "unterminated quoted field");
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * Quotes a field when it holds a comma, a semicolon, a quote or a line break.
     *
     * @param field the field
     * @return the field as it must appear in a CSV line
     */
    public static String quote(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r') {
                return "\"" + field.replace("\"", "\"\"") + "\"";
            }
        }
        return field;
    }
}
