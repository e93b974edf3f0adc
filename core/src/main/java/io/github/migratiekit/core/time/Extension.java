package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.time.Period;

/**
 * An individual extension (verlenging, verdaging) of a decision term: its length, its legal basis and the date it
 * was decided and notified.
 *
 * <p>An extension is added to the raw end date of the term; an extension decided after the term had ended is
 * rejected when the deadline is computed (Awb art. 4:14). Immutable and thread-safe.
 *
 * @param length the length, positive
 * @param basis the legal basis
 * @param decidedOn the day the extension was decided and notified
 */
public record Extension(Period length, ExtensionBasis basis, LocalDate decidedOn) {

    /**
     * Validates the extension.
     *
     * @param length the length, positive
     * @param basis the legal basis
     * @param decidedOn the day the extension was decided and notified
     * @throws InvalidInputException if the length is zero or negative, or longer than the basis allows
     */
    public Extension {
        Checks.nonNull(length, "extension.length");
        Checks.nonNull(basis, "extension.basis");
        Checks.nonNull(decidedOn, "extension.decidedOn");
        if (length.isNegative() || length.isZero()) {
            throw new InvalidInputException("extension.length", "must be positive, was " + length);
        }
        basis.maximum().ifPresent(max -> {
            if (Terms.longerThan(length, max)) {
                throw new InvalidInputException(
                        "extension.length",
                        length + " is longer than the " + max + " that "
                                + basis.source().citation() + " allows");
            }
        });
    }

    /**
     * Creates an extension.
     *
     * @param length the length
     * @param basis the legal basis
     * @param decidedOn the decision date
     * @return the extension
     * @throws InvalidInputException if the length is not positive or exceeds the basis's maximum
     */
    public static Extension of(Period length, ExtensionBasis basis, LocalDate decidedOn) {
        return new Extension(length, basis, decidedOn);
    }

    @Override
    public String toString() {
        return length + ":" + basis + ":" + decidedOn;
    }
}
