package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.InvalidInputException;

/**
 * Thrown when input to a taakstelling or Spreidingswet computation breaks a rule: a negative total or weight, a
 * weight table with zero total, weights too large to apportion exactly. The message names the field and the rule.
 */
public class InvalidHousingInputException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the offending field, e.g. {@code "total"} or {@code "weights[GM0363]"}
     * @param rule the rule that was broken
     */
    public InvalidHousingInputException(String field, String rule) {
        super(field, rule);
    }
}
