package io.github.migratiekit.statistics.dataset;

/**
 * Thrown when figures in different units are combined, e.g. persons added to decisions or a percentage added to a
 * count. The field names the dataset and the observation key of the first figure that does not match.
 */
public final class UnitMismatchException extends InvalidDatasetException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the dataset id and observation key
     * @param rule what did not match
     */
    public UnitMismatchException(String field, String rule) {
        super(field, rule);
    }
}
