package io.github.migratiekit.core;

/**
 * Thrown when input breaks a rule: the message names the field and the rule, e.g. {@code "suspension.start:
 * 2024-01-01 is before the term started on 2024-02-01"}.
 *
 * <p>Modules subclass it for their own kinds of input ({@code InvalidStayException}, {@code InvalidCaseException},
 * …) so that callers can catch one family or all of them.
 */
public class InvalidInputException extends MigratiekitException {
    private static final long serialVersionUID = 1L;

    /** The path of the offending field. */
    private final String field;

    /** The rule that was broken, in plain words. */
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param field the path of the offending field, e.g. {@code "suspensions[2].end"}
     * @param rule the rule that was broken, in plain words, naming the offending value when it is not personal data
     */
    public InvalidInputException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param field the path of the offending field
     * @param rule the rule that was broken
     * @param cause the underlying failure (e.g. a parse error)
     */
    public InvalidInputException(String field, String rule, Throwable cause) {
        super(field + ": " + rule, cause);
        this.field = field;
        this.rule = rule;
    }

    /**
     * Returns the path of the offending field.
     *
     * @return the field path, never empty
     */
    public String field() {
        return field;
    }

    /**
     * Returns the rule that was broken.
     *
     * @return the rule in plain words
     */
    public String rule() {
        return rule;
    }
}
