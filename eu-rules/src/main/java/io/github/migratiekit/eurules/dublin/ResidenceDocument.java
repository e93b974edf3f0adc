package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A residence document or visa issued to the applicant by a Member State (Dublin III art. 12, AMMR art. 29).
 *
 * <p>Immutable and thread-safe.
 *
 * @param issuingState the State that issued it
 * @param kind residence document or kind of visa
 * @param validFrom the first day of validity (taken as the issue date for art. 7(2))
 * @param validUntil the last day of validity, on or after {@code validFrom}
 * @param onBehalfOf the represented State when a visa was issued under a representation arrangement (Visa Code art.
 *     8): that State is responsible (Dublin III art. 12(2))
 * @param usedForEntry whether the document actually enabled the applicant to enter the territory (art. 12(4))
 * @param fraud whether and when fraud was involved (art. 12(5))
 */
public record ResidenceDocument(
        MemberState issuingState,
        Kind kind,
        LocalDate validFrom,
        LocalDate validUntil,
        Optional<MemberState> onBehalfOf,
        boolean usedForEntry,
        Fraud fraud) {

    /**
     * Validates the validity period.
     *
     * @param issuingState the State that issued it
     * @param kind residence document or kind of visa
     * @param validFrom the first day of validity (taken as the issue date for art. 7(2))
     * @param validUntil the last day of validity, on or after {@code validFrom}
     * @param onBehalfOf the represented State when a visa was issued under a representation arrangement (Visa Code art.
     *     8): that State is responsible (Dublin III art. 12(2))
     * @param usedForEntry whether the document actually enabled the applicant to enter the territory (art. 12(4))
     * @param fraud whether and when fraud was involved (art. 12(5))
     * @throws InvalidCaseException if {@code validUntil} is before {@code validFrom}
     */
    public ResidenceDocument {
        Checks.nonNull(issuingState, "residenceDocument.issuingState");
        Checks.nonNull(kind, "residenceDocument.kind");
        Checks.nonNull(validFrom, "residenceDocument.validFrom");
        Checks.nonNull(validUntil, "residenceDocument.validUntil");
        Checks.nonNull(onBehalfOf, "residenceDocument.onBehalfOf");
        Checks.nonNull(fraud, "residenceDocument.fraud");
        if (validUntil.isBefore(validFrom)) {
            throw new InvalidCaseException(
                    "residenceDocument.validUntil", "valid until " + validUntil + " is before valid from " + validFrom);
        }
    }

    /**
     * Creates a document issued in its own name, used for entry, without fraud.
     *
     * @param issuingState the State
     * @param kind the kind
     * @param validFrom first day
     * @param validUntil last day
     * @return the document
     * @throws InvalidCaseException if {@code validUntil} is before {@code validFrom}
     */
    public static ResidenceDocument of(MemberState issuingState, Kind kind, LocalDate validFrom, LocalDate validUntil) {
        return new ResidenceDocument(issuingState, kind, validFrom, validUntil, Optional.empty(), true, Fraud.NONE);
    }

    /**
     * Returns the State responsible for this document: the represented State for a visa issued on behalf of another.
     *
     * @return the State
     */
    public MemberState responsibleState() {
        return kind.isVisa() ? onBehalfOf.orElse(issuingState) : issuingState;
    }

    /**
     * Returns the number of days of validity.
     *
     * @return days from {@code validFrom} to {@code validUntil}, both included
     */
    public long validityDays() {
        return ChronoUnit.DAYS.between(validFrom, validUntil) + 1;
    }

    /** The kind of document. */
    public enum Kind {
        /** A residence document (any authorisation to stay, art. 2(l)). */
        RESIDENCE_DOCUMENT,
        /** A uniform short-stay (Schengen C) visa. */
        SHORT_STAY_VISA,
        /** A long-stay (national D) visa. */
        LONG_STAY_VISA,
        /** A visa with limited territorial validity. */
        LIMITED_TERRITORIAL_VALIDITY_VISA,
        /** An airport transit visa. */
        AIRPORT_TRANSIT_VISA;

        /**
         * Tells whether this is a visa.
         *
         * @return false only for {@link #RESIDENCE_DOCUMENT}
         */
        public boolean isVisa() {
            return this != RESIDENCE_DOCUMENT;
        }
    }

    /** Fraud in obtaining the document (art. 12(5)). */
    public enum Fraud {
        /** No fraud. */
        NONE,
        /** Issued on the basis of a false identity or fraudulent documents: still counts. */
        BEFORE_ISSUE,
        /** The issuing State establishes fraud committed after issue: does not count. */
        AFTER_ISSUE
    }
}
