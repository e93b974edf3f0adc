package io.github.migratiekit.core;

/**
 * The unchecked root of every exception Migratiekit throws on purpose.
 *
 * <p>Messages never contain personal data (names, V-numbers, BSNs): they name the field and the rule that was
 * broken, and the offending value only when it is not personal (a date, a code, a count).
 */
public class MigratiekitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, without personal data
     */
    public MigratiekitException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, without personal data
     * @param cause the underlying failure
     */
    public MigratiekitException(String message, Throwable cause) {
        super(message, cause);
    }
}
