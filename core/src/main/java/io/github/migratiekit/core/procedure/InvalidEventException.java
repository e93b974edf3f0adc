package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.InvalidInputException;

/** Thrown when an event's own fields break a rule (e.g. an entry ban longer than its ground allows). */
public class InvalidEventException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the field, e.g. {@code "length"}
     * @param rule the rule broken
     */
    public InvalidEventException(String field, String rule) {
        super(field, rule);
    }
}
