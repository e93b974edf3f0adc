package io.github.migratiekit.core.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.migratiekit.core.internal.Checks;

/**
 * A citizen service number (burgerservicenummer, BSN): nine digits that pass the eleven-test.
 *
 * <p>The eleven-test (elfproef) for a BSN d1…d9: {@code 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 −
 * 1·d9} must be divisible by 11 (Wet algemene bepalingen burgerservicenummer, BWBR0022428; Logisch Ontwerp BSN). The
 * number 000000000 passes the arithmetic but is not issued and is rejected.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is redacted; the JSON form is the nine digits as a string.
 */
public final class Bsn {
    private static final String FIELD = "bsn";
    private final String digits;

    private Bsn(String digits) {
        this.digits = digits;
    }

    /**
     * Parses a BSN.
     *
     * @param text exactly nine digits
     * @return the BSN
     * @throws InvalidIdentifierException if the text is not nine digits or fails the eleven-test; the message never
     *     contains the text
     */
    @JsonCreator
    public static Bsn parse(String text) {
        Checks.nonNull(text, "bsn");
        if (text.length() != 9 || !allDigits(text)) {
            throw new InvalidIdentifierException(FIELD, "must be exactly 9 digits");
        }
        if (text.equals("000000000")) {
            throw new InvalidIdentifierException(FIELD, "000000000 is never issued");
        }
        if (!passesElevenTest(text)) {
            throw new InvalidIdentifierException(FIELD, "fails the eleven-test (elfproef)");
        }
        return new Bsn(text);
    }

    /**
     * Tells whether a text is a valid BSN, without throwing.
     *
     * @param text the text
     * @return true if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        Checks.nonNull(text, "bsn");
        return text.length() == 9 && allDigits(text) && !text.equals("000000000") && passesElevenTest(text);
    }

    /**
     * Applies the eleven-test to nine digits.
     *
     * @param nineDigits nine ASCII digits
     * @return true if the weighted sum is divisible by 11
     */
    static boolean passesElevenTest(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return Math.floorMod(sum, 11) == 0;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the nine digits. Personal data: do not log or print.
     *
     * @return the digits
     */
    @JsonValue
    public String value() {
        return digits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bsn other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * Returns a redacted form.
     *
     * @return {@code "Bsn[redacted]"}
     */
    @Override
    public String toString() {
        return "Bsn[redacted]";
    }
}
