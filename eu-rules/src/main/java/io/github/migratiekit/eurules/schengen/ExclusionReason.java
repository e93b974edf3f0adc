package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.legal.LegalSource;

/**
 * Why days of presence are not counted towards the short-stay limit.
 *
 * <p>Schengen Borders Code art. 6(1): "Periods of stay authorised under a residence permit or a long-stay visa shall
 * not be taken into account in the calculation of the duration of stay".
 */
public enum ExclusionReason {
    /** Stay authorised under a residence permit (Reg. (EC) 1030/2002 or a national permit). */
    RESIDENCE_PERMIT,
    /** Stay authorised under a long-stay ("D") visa. */
    LONG_STAY_VISA;

    /**
     * Returns the legal source of the exclusion.
     *
     * @return Schengen Borders Code art. 6(1)
     */
    public LegalSource source() {
        return SchengenSources.SBC_6_1;
    }
}
