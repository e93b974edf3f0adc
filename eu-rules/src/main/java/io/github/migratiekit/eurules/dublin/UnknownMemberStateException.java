package io.github.migratiekit.eurules.dublin;

/**
 * Thrown when a code does not name a state bound by the Dublin rules (the EU Member States, Iceland, Norway,
 * Switzerland and Liechtenstein), or names one on a date it was not bound.
 */
public final class UnknownMemberStateException extends InvalidCaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the offending field
     * @param rule what is wrong with the code
     */
    public UnknownMemberStateException(String field, String rule) {
        super(field, rule);
    }
}
