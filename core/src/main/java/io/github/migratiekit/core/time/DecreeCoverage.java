package io.github.migratiekit.core.time;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.LegalSource;

/**
 * What a calendar knows about the days equated with holidays by decree in one year (for the Atw: the royal decrees
 * under art. 3(3), published in the Staatscourant, usually for three years at a time).
 *
 * <p>A calendar that does not know a year's decree must not pretend the year has no equated days: a term ending on an
 * unknown equated day would be computed a working day too early. {@link Deadlines} adds a warning step to every
 * deadline whose computation looked at a year whose coverage is not {@link Status#KNOWN}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the year
 * @param status whether the year's equated days are known
 * @param note what the coverage rests on: the decree, or why it is not known
 * @param source the rule concerned, with its verification status
 */
public record DecreeCoverage(int year, Status status, String note, LegalSource source) {

    /** How much is known of a year's equated days. */
    public enum Status {
        /** The decree covering the year was found; its days are all in the calendar. */
        KNOWN,
        /**
         * The decree was not found; the calendar holds the days that secondary sources or the constant practice
         * (the Friday after Ascension Day) indicate, but other days may be missing.
         */
        PARTLY_KNOWN,
        /** No decree for the year is known (not researched, or not yet published): equated days may be missing. */
        UNKNOWN
    }

    /**
     * Validates the components.
     *
     * @param year the year
     * @param status the status
     * @param note what the coverage rests on
     * @param source the rule concerned
     * @throws InvalidInputException if a component is null
     */
    public DecreeCoverage {
        if (status == null) {
            throw new InvalidInputException("decreeCoverage.status", "must not be null");
        }
        if (note == null) {
            throw new InvalidInputException("decreeCoverage.note", "must not be null");
        }
        if (source == null) {
            throw new InvalidInputException("decreeCoverage.source", "must not be null");
        }
    }

    /**
     * The coverage of a calendar without equated days by decree, or whose every year is known.
     *
     * @param year the year
     * @param source the calendar's rule
     * @return a {@link Status#KNOWN} coverage
     */
    public static DecreeCoverage known(int year, LegalSource source) {
        return new DecreeCoverage(year, Status.KNOWN, "", source);
    }

    /**
     * Tells whether the year's equated days are all known.
     *
     * @return true if the status is {@link Status#KNOWN}
     */
    @JsonIgnore
    public boolean isKnown() {
        return status == Status.KNOWN;
    }

    /**
     * Returns the machine-readable warning code for a deadline that looked at this year.
     *
     * @return {@code "atw-decree-days-unknown"} or {@code "atw-decree-days-uncertain"}; empty when known
     */
    public String warningCode() {
        switch (status) {
            case UNKNOWN:
                return "atw-decree-days-unknown";
            case PARTLY_KNOWN:
                return "atw-decree-days-uncertain";
            default:
                return "";
        }
    }
}
