package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.InvalidInputException;

/**
 * Thrown when the facts of a Dublin case break a rule: a visa that ends before it starts, an application registered
 * before the applicant was born, an event without the state it concerns. The message names the field and the rule,
 * never personal data.
 */
public class InvalidCaseException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the path of the offending field, e.g. {@code "residenceDocument.validUntil"}
     * @param rule the rule that was broken
     */
    public InvalidCaseException(String field, String rule) {
        super(field, rule);
    }
}
