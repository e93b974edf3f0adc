package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;

/**
 * An entry into the territory of the Member States, or a relocation between them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param state the Member State entered
 * @param date the day of entry
 * @param kind how the applicant entered
 * @param toleratedByAuthorities whether the authorities tolerated or organised the crossing (as in the Western Balkans
 *     in 2015–16); such a crossing is still irregular (CJEU C-646/16 Jafari, C-490/16 A.S.)
 */
public record Entry(MemberState state, LocalDate date, Kind kind, boolean toleratedByAuthorities) {

    /**
     * Refuses a {@code null} value.
     *
     * @param state the Member State entered
     * @param date the day of entry
     * @param kind how the applicant entered
     * @param toleratedByAuthorities whether the authorities tolerated or organised the crossing (as in the Western Balkans
     *     in 2015–16); such a crossing is still irregular (CJEU C-646/16 Jafari, C-490/16 A.S.)
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public Entry {
        Checks.nonNull(state, "entry.state");
        Checks.nonNull(date, "entry.date");
        Checks.nonNull(kind, "entry.kind");
    }

    /**
     * Creates an entry that was not tolerated.
     *
     * @param state the State
     * @param date the day
     * @param kind the kind
     * @return the entry
     */
    public static Entry of(MemberState state, LocalDate date, Kind kind) {
        return new Entry(state, date, kind, false);
    }

    /** How the applicant entered. */
    public enum Kind {
        /** Irregular crossing of a border by land, sea or air from a third country (Dublin III art. 13(1)). */
        IRREGULAR_CROSSING,
        /** Disembarkation after a search-and-rescue operation (AMMR art. 33(2); Dublin III: an irregular crossing by sea). */
        SEARCH_AND_RESCUE_DISEMBARKATION,
        /** Entry where the applicant needs no visa (Dublin III art. 14, AMMR art. 31). */
        VISA_WAIVED,
        /** Entry with a visa or residence document. */
        WITH_DOCUMENT,
        /** Arrival in the international transit area of an airport (Dublin III art. 15, AMMR art. 32). */
        AIRPORT_TRANSIT_AREA,
        /** Relocation to this State under AMMR art. 67 (AMMR art. 33(3), paragraph number uncertain). */
        RELOCATION
    }
}
