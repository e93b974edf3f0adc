package io.github.migratiekit.core.json;

import io.github.migratiekit.core.InvalidInputException;

/**
 * Thrown when JSON cannot be read into a Migratiekit value; {@link #field()} is the JSON path of the offending
 * element (e.g. {@code "$.suspensions[1].start"}).
 */
public final class InvalidJsonException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param path the JSON path of the offending element
     * @param rule what is wrong there
     * @param cause the parser's failure, or the Migratiekit exception a constructor threw
     */
    public InvalidJsonException(String path, String rule, Throwable cause) {
        super(path, rule, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param path the JSON path of the offending element
     * @param rule what is wrong there
     */
    public InvalidJsonException(String path, String rule) {
        super(path, rule);
    }
}
