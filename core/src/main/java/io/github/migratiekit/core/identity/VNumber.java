package io.github.migratiekit.core.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.migratiekit.core.internal.Checks;

/**
 * A V-number (vreemdelingennummer): the ten-digit number under which the migration chain (IND, COA, DT&amp;V,
 * police) registers a foreign national in the Basisvoorziening Vreemdelingen.
 *
 * <p>Validation: exactly ten digits, not all zero. No public check-digit rule for the V-number was found, so none is
 * applied; this is listed as an unsourced point in the project notes.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is redacted; the JSON form is the ten digits as a string.
 */
public final class VNumber {
    private static final String FIELD = "vNumber";
    private final String digits;

    private VNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Parses a V-number.
     *
     * @param text exactly ten digits
     * @return the V-number
     * @throws InvalidIdentifierException if the text is not ten digits or is all zeros; the message never contains
     *     the text
     */
    @JsonCreator
    public static VNumber parse(String text) {
        Checks.nonNull(text, "vNumber");
        if (text.length() != 10) {
            throw new InvalidIdentifierException(FIELD, "must be exactly 10 digits");
        }
        boolean nonZero = false;
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidIdentifierException(FIELD, "must be exactly 10 digits");
            }
            nonZero |= c != '0';
        }
        if (!nonZero) {
            throw new InvalidIdentifierException(FIELD, "must not be all zeros");
        }
        return new VNumber(text);
    }

    /**
     * Tells whether a text is a valid V-number, without throwing.
     *
     * @param text the text
     * @return true if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        Checks.nonNull(text, "vNumber");
        try {
            parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /**
     * Returns the ten digits. Personal data: do not log or print.
     *
     * @return the digits
     */
    @JsonValue
    public String value() {
        return digits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VNumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * Returns a redacted form.
     *
     * @return {@code "VNumber[redacted]"}
     */
    @Override
    public String toString() {
        return "VNumber[redacted]";
    }
}
