package io.github.migratiekit.core.legal;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import java.util.Locale;

/**
 * How sure Migratiekit is that a rule is encoded as the law says: the verification status every rule row carries.
 *
 * <p>A result that applied a rule that is not {@link #VERIFIED} says so in its {@link Explanation} (the step's
 * citation carries the status, and {@link Explanation#warnings()} lists a machine-readable code).
 */
public enum Verification {
    /**
     * Checked against the official text or an official publication (wetten.overheid.nl with BWB-id and version,
     * the Staatscourant, EUR-Lex with CELEX, a ruling with its ECLI); the source's note says what was relied on.
     */
    VERIFIED("verified", ""),
    /** Taken from a secondary source only (a government web page, a law firm's page, a handbook). */
    SECONDARY("secondary", "rule-secondary"),
    /** Not checked against any text: the best available reading, to be confirmed. */
    UNVERIFIED("unverified", "rule-unverified");

    private final String label;
    private final String warningCode;

    Verification(String label, String warningCode) {
        this.label = label;
        this.warningCode = warningCode;
    }

    /**
     * Returns the lower-case label used in data files and in citations.
     *
     * @return {@code "verified"}, {@code "secondary"} or {@code "unverified"}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the machine-readable warning code that a result using a rule of this status carries.
     *
     * @return {@code "rule-secondary"}, {@code "rule-unverified"}, or empty for {@link #VERIFIED}
     */
    public String warningCode() {
        return warningCode;
    }

    /**
     * Parses a label as written in a data file: {@code verified}, {@code secondary} or {@code unverified}, optionally
     * followed by a space, colon or parenthesis and free text (e.g. {@code "verified (decree title quoted ...)"}).
     *
     * @param field the name of the field being parsed, for the error message
     * @param text the text
     * @return the status
     * @throws InvalidInputException if the text does not start with one of the three labels
     */
    public static Verification parse(String field, String text) {
        Checks.nonNull(field, "field");
        Checks.nonNull(text, field);
        String t = text.trim().toLowerCase(Locale.ROOT);
        // "unverified" must be tried before "verified", which it ends with but does not start with
        for (Verification v : new Verification[] {UNVERIFIED, SECONDARY, VERIFIED}) {
            if (t.equals(v.label)
                    || t.startsWith(v.label + " ")
                    || t.startsWith(v.label + ":")
                    || t.startsWith(v.label + "(")) {
                return v;
            }
        }
        throw new InvalidInputException(field, "must start with verified, secondary or unverified");
    }
}
