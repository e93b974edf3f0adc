package io.github.migratiekit.core.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits and quotes the fields of one CSV line with RFC 4180 quoting: a field may be enclosed in double quotes, and a
 * double quote inside a quoted field is written twice. Parsing and quoting are done by FastCSV ({@code
 * de.siegmar:fastcsv}); this class only adapts it to one line and to tables that use either of two separators.
 * Stateless and thread-safe.
 */
public final class CsvFields {
    /** One record per call; a line longer than this is refused (a table row is never this long). */
    private static final int MAX_LINE = 1 << 20;

    private CsvFields() {}

    /**
     * Splits a comma-separated line into fields.
     *
     * @param line the line, without its line break
     * @return the fields, unquoted; an empty line gives one empty field
     * @throws InvalidInputException if a quoted field is not closed or a character follows a closing quote
     */
    public static List<String> split(String line) {
        Checks.nonNull(line, "line");
        return split(line, ",");
    }

    /**
     * Splits a line into fields at any of the given separator characters.
     *
     * <p>The line is parsed with each separator and the parse with quotes only around fields and the most fields is
     * kept (so {@code
     * GM0001;"Noord, Zuid";300} gives three fields); an unquoted field that still holds another separator is split
     * again with the remaining ones (so {@code a;b,c} with {@code ",;"} gives three fields).
     *
     * @param line the line, without its line break
     * @param separators the separator characters, e.g. {@code ",;"} for tables that use either
     * @return the fields, unquoted
     * @throws InvalidInputException if a quoted field is not closed, a character follows a closing quote, or no
     *     separator is given
     */
    public static List<String> split(String line, String separators) {
        Checks.nonNull(line, "line");
        Checks.nonNull(separators, "separators");
        if (separators.isEmpty()) {
            throw new InvalidInputException("separators", "at least one separator character is needed");
        }
        if (line.length() > MAX_LINE) {
            throw new InvalidInputException("line", "longer than " + MAX_LINE + " characters");
        }
        List<String> fields = new ArrayList<>();
        splitInto(line, separators, fields);
        return fields;
    }

    private static void splitInto(String text, String separators, List<String> into) {
        // parse with each separator; keep a parse with quotes only around fields (as RFC 4180 writes them) and with
        // the most fields (the first on a tie)
        @Nullable Fields best = null;
        int bestSeparator = 0;
        boolean bestWellFormed = false;
        @Nullable CsvParseException firstError = null;
        for (int k = 0; k < separators.length(); k++) {
            Fields handler = new Fields();
            try {
                CsvReader.builder()
                        .fieldSeparator(separators.charAt(k))
                        .skipEmptyLines(false)
                        .allowUnclosedQuote(false)
                        .allowExtraCharsAfterClosingQuote(false)
                        .build(handler, text)
                        .forEach(r -> {});
            } catch (CsvParseException e) {
                if (firstError == null) {
                    firstError = e;
                }
                continue;
            }
            boolean wellFormed = handler.wellFormed();
            if (best == null
                    || wellFormed && !bestWellFormed
                    || wellFormed == bestWellFormed && handler.fields.size() > best.fields.size()) {
                best = handler;
                bestSeparator = k;
                bestWellFormed = wellFormed;
            }
        }
        if (best == null) {
            throw new InvalidInputException("line", rule(firstError));
        }
        if (best.fields.isEmpty()) {
            into.add("");
            return;
        }
        // an unquoted field may still hold another separator (a line mixing them): split it again
        String rest = separators.substring(0, bestSeparator) + separators.substring(bestSeparator + 1);
        for (int i = 0; i < best.fields.size(); i++) {
            String f = best.fields.get(i);
            if (!best.quoted.get(i) && !rest.isEmpty() && containsAny(f, rest)) {
                splitInto(f, rest, into);
            } else {
                into.add(f);
            }
        }
    }

    private static String rule(@Nullable CsvParseException e) {
        if (e == null) {
            return "not a valid CSV line";
        }
        String text = String.valueOf(e.getMessage()) + " "
                + (e.getCause() == null ? "" : e.getCause().getMessage());
        return text.contains("quote") || text.contains("Quote")
                ? "unterminated quoted field or a character after a closing quote"
                : "not a valid CSV line";
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Quotes a field when it holds a comma, a semicolon, a quote or a line break.
     *
     * @param field the field
     * @return the field as it must appear in a CSV line
     */
    public static String quote(String field) {
        Checks.nonNull(field, "field");
        if (field.isEmpty()) {
            return field;
        }
        // FastCSV quotes what its separator requires: use ';' as the separator when the field holds one, so that a
        // field is quoted for either separator (tables here may be read with ",;")
        char separator = field.indexOf(';') >= 0 ? ';' : ',';
        StringWriter out = new StringWriter();
        try (CsvWriter w = CsvWriter.builder()
                .fieldSeparator(separator)
                .lineDelimiter(LineDelimiter.LF)
                .build(out)) {
            w.writeRecord(field);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        String s = out.toString();
        return s.substring(0, s.length() - 1);
    }

    /** Collects the fields of every record of a one-line text, with whether each was quoted. */
    private static final class Fields extends AbstractBaseCsvCallbackHandler<Boolean> {
        private final List<String> fields = new ArrayList<>();
        private final List<Boolean> quoted = new ArrayList<>();
        private int records;

        @Override
        protected void handleBegin(long startingLineNumber) {
            if (records++ > 0) {
                throw new CsvParseException("more than one record (an unquoted line break)");
            }
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean isQuoted) {
            fields.add(new String(buf, offset, len));
            quoted.add(isQuoted);
        }

        /** Whether quotes appear only around fields, never inside an unquoted one. */
        boolean wellFormed() {
            for (int i = 0; i < fields.size(); i++) {
                if (!quoted.get(i) && fields.get(i).indexOf('"') >= 0) {
                    return false;
                }
            }
            return true;
        }

        @Override
        protected Boolean buildRecord() {
            return Boolean.TRUE;
        }
    }
}
