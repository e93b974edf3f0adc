package io.github.migratiekit.core.identity;

import io.github.migratiekit.core.InvalidInputException;

/**
 * Thrown when a text is not a valid identifier. The message names the field and the rule, never the offending value
 * (identifiers are personal data).
 */
public class InvalidIdentifierException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the field, e.g. {@code "bsn"}
     * @param rule the rule broken, without the value
     */
    public InvalidIdentifierException(String field, String rule) {
        super(field, rule);
    }
}
