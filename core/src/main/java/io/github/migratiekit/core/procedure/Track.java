package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.legal.LegalSource;

/**
 * The tracks (sporen) of the Dutch asylum procedure. Tracks 3 and 5 exist but are dormant: used only when the inflow
 * rises sharply (De Staat van Migratie 2024 L2077).
 */
public enum Track {
    /** Track 1: Dublin claimants (another Member State is responsible). */
    TRACK_1_DUBLIN("spoor 1: Dublinclaimanten", false, true),
    /** Track 2: safe country of origin, or protection already held in another EU Member State (accelerated). */
    TRACK_2_SAFE_COUNTRY("spoor 2: veilig land van herkomst of bescherming in een andere EU-lidstaat", false, true),
    /** Track 3: evident grant (dormant). */
    TRACK_3_EVIDENT_GRANT("spoor 3: evidente inwilliging", true, true),
    /** Track 4: the general asylum procedure (algemene asielprocedure, AA). */
    TRACK_4_GENERAL("spoor 4: algemene asielprocedure (AA)", false, true),
    /** Track 4: the extended asylum procedure (verlengde asielprocedure, VA). */
    TRACK_4_EXTENDED("spoor 4: verlengde asielprocedure (VA)", false, false),
    /** Track 5: evident grant after investigation (dormant). */
    TRACK_5_EVIDENT_GRANT_AFTER_INVESTIGATION("spoor 5: evidente inwilliging na onderzoek", true, false);

    private final String dutchLabel;
    private final boolean dormant;
    private final boolean generalProcedure;

    Track(String dutchLabel, boolean dormant, boolean generalProcedure) {
        this.dutchLabel = dutchLabel;
        this.dormant = dormant;
        this.generalProcedure = generalProcedure;
    }

    /**
     * Returns the Dutch label.
     *
     * @return e.g. {@code "spoor 4: algemene asielprocedure (AA)"}
     */
    public String dutchLabel() {
        return dutchLabel;
    }

    /**
     * Tells whether the track is currently not in use.
     *
     * @return true for tracks 3 and 5
     */
    public boolean isDormant() {
        return dormant;
    }

    /**
     * Tells whether decisions in this track are taken in the general asylum procedure (AA), with its one-week appeal
     * period (Vw 2000 art. 69(2)).
     *
     * @return true for tracks 1, 2, 3 and 4 AA
     */
    public boolean isGeneralProcedure() {
        return generalProcedure;
    }

    /**
     * Returns the source of the track policy.
     *
     * @return De Staat van Migratie 2024, L2077–L2083
     */
    public LegalSource source() {
        return ProcedureSources.TRACKS;
    }
}
