package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Bad input on the command line, pinned to the option that carried it: the option, the value exactly as the user
 * typed it (or none when an option is missing), and the rule it broke, in plain words. The command line prints it
 * as one line, {@code error: --term 'P999999999Y': …}, and exits with 2.
 */
final class OptionException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** The longest value echoed in full; longer values are cut with an ellipsis. */
    static final int MAX_ECHO = 200;

    private final String option;
    private final @Nullable String value;

    /**
     * Creates the exception.
     *
     * @param option the option, e.g. {@code "--term"}
     * @param value the value as typed, or {@code null} when the option was not given
     * @param rule the rule that was broken, in plain words, without the option or the value
     */
    OptionException(String option, @Nullable String value, String rule) {
        super(option, rule);
        this.option = option;
        this.value = value;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param option the option
     * @param value the value as typed, or {@code null}
     * @param rule the rule that was broken
     * @param cause the underlying failure
     */
    OptionException(String option, @Nullable String value, String rule, Throwable cause) {
        super(option, rule, cause);
        this.option = option;
        this.value = value;
    }

    /**
     * Returns the option.
     *
     * @return the option, e.g. {@code "--term"}
     */
    String option() {
        return option;
    }

    /**
     * Returns the value as typed.
     *
     * @return the value, or {@code null} when the option was not given
     */
    @Nullable
    String value() {
        return value;
    }

    /**
     * The message line without the {@code "error: "} prefix: the option, the value in single quotes (control
     * characters escaped, so that it stays one line) and the rule.
     *
     * @return one line
     */
    String line() {
        String head = value == null ? option : option + " " + quote(value);
        return head + ": " + Cli.oneLine(rule());
    }

    /**
     * Quotes a value for a message: single quotes, control characters escaped, cut after {@value #MAX_ECHO}
     * characters.
     *
     * @param value the value
     * @return the quoted value
     */
    static String quote(String value) {
        String v = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "…" : value;
        return "'" + Cli.oneLine(v) + "'";
    }
}
