package io.github.migratiekit.core.permit;

import io.github.migratiekit.core.InvalidInputException;

/** Thrown when a permit, visa or mvv breaks a rule; names the field and the rule, never personal data. */
public class InvalidPermitException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the field, e.g. {@code "validity"}
     * @param rule the rule broken
     */
    public InvalidPermitException(String field, String rule) {
        super(field, rule);
    }
}
