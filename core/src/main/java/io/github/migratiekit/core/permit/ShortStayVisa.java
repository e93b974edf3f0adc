package io.github.migratiekit.core.permit;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;

/**
 * A uniform short-stay visa (type C): the period in which it may be used and the number of days of stay it
 * authorises, the input of the Schengen 90/180 computation.
 *
 * <p>Visa Code (Regulation (EC) No 810/2009) art. 24(1): the authorised stay is at most 90 days in any 180-day
 * period. Immutable and thread-safe; JSON round-trips exactly.
 *
 * @param validity the days on which the visa may be used (entry and stay)
 * @param durationOfStay the number of days of stay authorised, 1 to 90, and no more than the days of validity
 * @param entries the number of entries
 */
public record ShortStayVisa(LocalDateRange validity, int durationOfStay, VisaEntries entries) {

    /**
     * Validates the visa.
     *
     * @param validity the days on which the visa may be used (entry and stay)
     * @param durationOfStay the number of days of stay authorised, 1 to 90, and no more than the days of validity
     * @param entries the number of entries
     * @throws InvalidPermitException if the validity is empty or unbounded, or the duration is out of range
     */
    public ShortStayVisa {
        Checks.nonNull(validity, "shortStayVisa.validity");
        Checks.nonNull(entries, "shortStayVisa.entries");
        if (validity.isEmpty() || validity.isUnboundedStart() || validity.isUnboundedEnd()) {
            throw new InvalidPermitException("validity", "must be a bounded period of at least one day");
        }
        if (durationOfStay < 1 || durationOfStay > 90) {
            throw new InvalidPermitException(
                    "durationOfStay",
                    "must be 1 to 90 days ("
                            + PermitSources.VISA_CODE.withArticle("art. 24(1)").citation() + "), was "
                            + durationOfStay);
        }
        if (durationOfStay > validity.lengthInDays()) {
            throw new InvalidPermitException(
                    "durationOfStay",
                    durationOfStay + " days is more than the " + validity.lengthInDays() + " days of validity");
        }
    }

    /**
     * Creates a visa.
     *
     * @param validity the validity
     * @param durationOfStay the authorised days
     * @param entries the entries
     * @return the visa
     * @throws InvalidPermitException if a rule is broken
     */
    public static ShortStayVisa of(LocalDateRange validity, int durationOfStay, VisaEntries entries) {
        return new ShortStayVisa(validity, durationOfStay, entries);
    }

    /**
     * Tells whether the visa may be used on a day (its validity; the days already used are the Schengen module's
     * concern).
     *
     * @param date the day
     * @return true if within the validity
     */
    public boolean usableOn(LocalDate date) {
        return validity.contains(date);
    }
}
