package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.InvalidInputException;

/**
 * Thrown when a stay, an excluded period, a travel history or a short-stay query breaks a rule: an exit before the
 * entry, two overlapping stays, a date outside 1900–2200, a minimum stay outside 1–90 days.
 *
 * <p>The message names the field and the offending value (dates and counts only, never personal data).
 */
public class InvalidStayException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the path of the offending field, e.g. {@code "stays[3].exit"}
     * @param rule the rule that was broken, naming the offending value
     */
    public InvalidStayException(String field, String rule) {
        super(field, rule);
    }
}
