package io.github.migratiekit.core.housing;

/**
 * Thrown when a table names a CBS municipality code that the registry in use does not contain (for example a
 * municipality that merged before the registry's reference date).
 */
public final class UnknownMunicipalityException extends InvalidTableRowException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param table the table's name
     * @param row the 1-based data row
     * @param code the unknown code
     * @param registryDate the reference date of the registry that lacks it
     */
    public UnknownMunicipalityException(String table, int row, String code, String registryDate) {
        super(table, row, "gemeentecode", "unknown municipality " + code + " in the registry of " + registryDate);
    }
}
