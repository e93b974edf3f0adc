package io.github.migratiekit.examples.cli;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;

/**
 * A FastCSV callback handler that keeps the fields of the current record as reusable character buffers instead of
 * strings: reading millions of stays then allocates nothing per row but the traveller id when it changes. Not
 * thread-safe; one per reader.
 */
final class RawFields extends AbstractBaseCsvCallbackHandler<RawFields> {
    /** Fields kept; further fields are only counted. */
    static final int SLOTS = 6;

    private final char[][] chars = new char[SLOTS][32];
    private final int[] length = new int[SLOTS];
    private int count;
    private boolean empty;
    private long line;

    @Override
    protected void handleBegin(long startingLineNumber) {
        line = startingLineNumber;
        count = 0;
        empty = false;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        count = fieldIdx + 1;
        if (fieldIdx < SLOTS) {
            if (chars[fieldIdx].length < len) {
                chars[fieldIdx] = Arrays.copyOf(chars[fieldIdx], Math.max(len, 2 * chars[fieldIdx].length));
            }
            System.arraycopy(buf, offset, chars[fieldIdx], 0, len);
            length[fieldIdx] = len;
        }
    }

    @Override
    protected void handleEmpty() {
        empty = true;
        count = 0;
    }

    @Override
    protected RawFields buildRecord() {
        return this;
    }

    /** The line the record starts on (1-based). */
    long line() {
        return line;
    }

    /** The number of fields of the record. */
    int count() {
        return count;
    }

    /** Whether the record was an empty line. */
    boolean empty() {
        return empty;
    }

    /** A field as a string, or "" past the last field. */
    String text(int i) {
        return i < Math.min(count, SLOTS) ? new String(chars[i], 0, length[i]) : "";
    }

    /** Whether a field is empty or blank (or past the last field). */
    boolean blank(int i) {
        if (i >= Math.min(count, SLOTS)) {
            return true;
        }
        for (int k = 0; k < length[i]; k++) {
            if (!Character.isWhitespace(chars[i][k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a field, stripped of white space, equals a string (that has no outer white space). */
    boolean equalsStripped(int i, String s) {
        if (i >= Math.min(count, SLOTS)) {
            return s.isEmpty();
        }
        char[] c = chars[i];
        int a = 0;
        int b = length[i];
        if (b == s.length() && b > 0 && !Character.isWhitespace(c[0]) && !Character.isWhitespace(c[b - 1])) {
            for (int k = 0; k < b; k++) {
                if (c[k] != s.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
        while (a < b && Character.isWhitespace(c[a])) {
            a++;
        }
        while (b > a && Character.isWhitespace(c[b - 1])) {
            b--;
        }
        if (b - a != s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (c[a + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A field parsed as an ISO date, or {@link IsoDates#INVALID}. */
    int epochDay(int i) {
        return i < Math.min(count, SLOTS) ? IsoDates.epochDay(chars[i], 0, length[i]) : IsoDates.INVALID;
    }
}
