package io.github.migratiekit.core.internal;

import io.github.migratiekit.core.InvalidInputException;

/**
 * A {@code null} where a value is required, thrown by the builders Immutables generates (style attribute {@code
 * throwForNullPointer}), so that they refuse {@code null} like every hand-written constructor: with an {@link
 * InvalidInputException} naming the field.
 *
 * <p>Internal: catch {@link InvalidInputException}.
 */
public final class NullValueException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the attribute that received {@code null}, as the generated code names it (e.g. {@code "start"}
     *     or {@code "suspensions element"})
     */
    public NullValueException(String field) {
        super(field, "must not be null");
    }
}
