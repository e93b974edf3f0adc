package io.github.migratiekit.core.permit;

import io.github.migratiekit.core.identity.Bsn;
import io.github.migratiekit.core.identity.VNumber;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.LegalSource;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import org.threeten.extra.LocalDateRange;

/**
 * A residence permit or residence document: its kind, purpose, validity and the identifiers of the document and its
 * holder.
 *
 * <p>Immutable and thread-safe; JSON round-trips exactly. {@link #toString()} omits the identifiers (personal data).
 *
 * @param kind the kind; must be a residence document ({@link PermitKind#isResidenceDocument()})
 * @param purpose the purpose or asylum ground; required for fixed-term regular and asylum permits; an asylum ground
 *     only with an asylum kind and vice versa
 * @param validity the days the document is valid; unbounded at the end only for open-ended kinds; no longer than the
 *     kind's maximum
 * @param holder the V-number of the holder
 * @param bsn the holder's BSN, when registered
 * @param documentNumber the document number: 6 to 12 upper-case letters or digits
 */
public record ResidencePermit(
        PermitKind kind,
        Optional<StayPurpose> purpose,
        LocalDateRange validity,
        VNumber holder,
        Optional<Bsn> bsn,
        Optional<String> documentNumber) {

    /** Vb 2000 art. 3.80: an extension application lodged after the validity ended counts as a first application. */
    static final LegalSource EXTENSION_TIMELY = PermitSources.VB
            .withArticle("art. 3.80")
            .withNote("timeliness rule as commonly applied: lodged on or before the last day of validity; article text"
                    + " not verified");

    /**
     * Validates the permit.
     *
     * @param kind the kind; must be a residence document ({@link PermitKind#isResidenceDocument()})
     * @param purpose the purpose or asylum ground; required for fixed-term regular and asylum permits; an asylum ground
     *     only with an asylum kind and vice versa
     * @param validity the days the document is valid; unbounded at the end only for open-ended kinds; no longer than
     *     the kind's maximum
     * @param holder the V-number of the holder
     * @param bsn the holder's BSN, when registered
     * @param documentNumber the document number: 6 to 12 upper-case letters or digits
     * @throws InvalidPermitException if a rule above is broken
     */
    public ResidencePermit {
        Checks.nonNull(kind, "residencePermit.kind");
        Checks.nonNull(purpose, "residencePermit.purpose");
        Checks.nonNull(validity, "residencePermit.validity");
        Checks.nonNull(holder, "residencePermit.holder");
        Checks.nonNull(bsn, "residencePermit.bsn");
        Checks.nonNull(documentNumber, "residencePermit.documentNumber");
        if (!kind.isResidenceDocument()) {
            throw new InvalidPermitException(
                    "kind",
                    kind + " (" + kind.dutchLabel() + ") is not a residence document; use ShortStayVisa or Mvv");
        }
        if (validity.isEmpty()) {
            throw new InvalidPermitException("validity", "must contain at least one day");
        }
        if (validity.isUnboundedStart()) {
            throw new InvalidPermitException("validity", "must have a first day");
        }
        if (validity.isUnboundedEnd() && !kind.isOpenEnded()) {
            throw new InvalidPermitException("validity", kind + " is a fixed-term kind and needs an end date");
        }
        if (!validity.isUnboundedEnd() && kind.maximumValidity().isPresent()) {
            LocalDate latestEnd =
                    validity.getStart().plus(kind.maximumValidity().get());
            if (validity.getEndInclusive().isAfter(latestEnd)) {
                throw new InvalidPermitException(
                        "validity",
                        "a " + kind + " is valid for at most "
                                + kind.maximumValidity().get() + " ("
                                + kind.source().citation() + "); the last day may be " + latestEnd + " at the latest");
            }
        }
        if ((kind == PermitKind.REGULAR_FIXED_TERM || kind == PermitKind.ASYLUM_FIXED_TERM) && purpose.isEmpty()) {
            throw new InvalidPermitException("purpose", "required for a " + kind);
        }
        if (purpose.isPresent() && purpose.get().isAsylumGround() != kind.isAsylum()) {
            throw new InvalidPermitException(
                    "purpose",
                    purpose.get() + " is " + (purpose.get().isAsylumGround() ? "an asylum ground" : "a regular purpose")
                            + " and cannot be the purpose of a " + kind);
        }
        if (documentNumber.isPresent() && !documentNumber.get().matches("[A-Z0-9]{6,12}")) {
            throw new InvalidPermitException("documentNumber", "must be 6 to 12 upper-case letters or digits");
        }
    }

    /**
     * Creates a permit without BSN or document number.
     *
     * @param kind the kind
     * @param purpose the purpose
     * @param validity the validity
     * @param holder the holder's V-number
     * @return the permit
     * @throws InvalidPermitException if a rule is broken
     */
    public static ResidencePermit of(PermitKind kind, StayPurpose purpose, LocalDateRange validity, VNumber holder) {
        Checks.nonNull(kind, "kind");
        Checks.nonNull(purpose, "purpose");
        Checks.nonNull(validity, "validity");
        Checks.nonNull(holder, "holder");
        return new ResidencePermit(kind, Optional.of(purpose), validity, holder, Optional.empty(), Optional.empty());
    }

    /**
     * Tells whether the document is valid on a day.
     *
     * @param date the day
     * @return true if the day lies in the validity
     */
    public boolean validOn(LocalDate date) {
        return validity.contains(date);
    }

    /**
     * Returns the number of days from a day to the last day of validity.
     *
     * @param on the day asked about
     * @return 0 on the last valid day, negative once expired; empty when the validity has no end
     */
    public OptionalLong daysUntilExpiry(LocalDate on) {
        if (validity.isUnboundedEnd()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ChronoUnit.DAYS.between(on, validity.getEndInclusive()));
    }

    /**
     * Tells whether an application to extend the validity, received on a day, is timely: received on or before the
     * last day of validity (Vb 2000 art. 3.80; see the note on the source). A late application is treated as an
     * application for a new permit, and the holder has no lawful stay pending it.
     *
     * @param received the day the IND received the application
     * @return the answer with its explanation
     * @throws InvalidPermitException if the validity has no end (nothing to extend)
     */
    public Timeliness extensionApplication(LocalDate received) {
        if (validity.isUnboundedEnd()) {
            throw new InvalidPermitException("validity", "has no end date: there is no validity to extend");
        }
        LocalDate last = validity.getEndInclusive();
        boolean timely = !received.isAfter(last);
        Explanation why = Explanation.builder()
                .fact("The " + kind.dutchLabel() + " is valid until " + last + " inclusive.")
                .step(
                        timely
                                ? "The extension application received on " + received
                                        + " was lodged before the validity ended: timely."
                                : "The extension application received on " + received + " was lodged "
                                        + ChronoUnit.DAYS.between(last, received)
                                        + " days after the validity ended: late; it counts as an application for a"
                                        + " new permit.",
                        EXTENSION_TIMELY)
                .build();
        return new Timeliness(timely, why);
    }

    /**
     * Returns a description without the identifiers.
     *
     * @return kind, purpose and validity
     */
    @Override
    public String toString() {
        return "ResidencePermit[" + kind + purpose.map(p -> ", " + p).orElse("") + ", " + validity
                + ", holder redacted]";
    }
}
