package io.github.migratiekit.core.housing;

/**
 * Thrown when a row of a table (a population table, a realisation file, a weight table) breaks a rule: a duplicate
 * CBS code, a negative number, a missing column. {@link #field()} names the table, the row (1-based, the header is
 * row 0) and the column, e.g. {@code "population[row 12].gemeentecode"}.
 */
public class InvalidTableRowException extends InvalidHousingInputException {
    private static final long serialVersionUID = 1L;

    /** The offending row: 1-based for data rows, 0 for the header. */
    private final int row;

    /**
     * Creates the exception.
     *
     * @param table the table's name, e.g. {@code "population"}
     * @param row the 1-based data row (0 for the header)
     * @param column the offending column
     * @param rule the rule that was broken
     */
    public InvalidTableRowException(String table, int row, String column, String rule) {
        super(table + "[row " + row + "]." + column, rule);
        this.row = row;
    }

    /**
     * Returns the offending row.
     *
     * @return the 1-based data row, 0 for the header
     */
    public int row() {
        return row;
    }
}
