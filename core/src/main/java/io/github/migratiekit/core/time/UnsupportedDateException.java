package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;

/** Thrown when a date lies outside the years a calendar or rule covers; the message names the field and range. */
public final class UnsupportedDateException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the offending field
     * @param rule what range is covered
     */
    public UnsupportedDateException(String field, String rule) {
        super(field, rule);
    }
}
