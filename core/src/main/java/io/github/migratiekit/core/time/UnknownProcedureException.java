package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;

/** Thrown when a procedure id is unknown, or no rule of it applies on the date asked; names the known ids. */
public final class UnknownProcedureException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the offending field
     * @param rule what is wrong, naming the known procedures
     */
    public UnknownProcedureException(String field, String rule) {
        super(field, rule);
    }
}
