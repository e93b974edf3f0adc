package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.legal.LegalSource;
import java.time.Period;

/**
 * The grounds of an entry ban (inreisverbod) and the longest ban each allows: in principle at most 2 years; a heavy
 * entry ban of 10 years for a danger to public order and 20 years for a danger to national security (De Staat van
 * Migratie 2024 L2681; Vw 2000 art. 66a). Which maximum applies when both grounds hold is not stated in the source;
 * the caller chooses the ground.
 */
public enum EntryBanGround {
    /** The ordinary entry ban: at most 2 years. */
    STANDARD("inreisverbod", Period.ofYears(2)),
    /** Heavy entry ban for a danger to public order: at most 10 years. */
    PUBLIC_ORDER("zwaar inreisverbod (openbare orde)", Period.ofYears(10)),
    /** Heavy entry ban for a danger to national security: at most 20 years. */
    NATIONAL_SECURITY("zwaar inreisverbod (nationale veiligheid)", Period.ofYears(20));

    private final String dutchLabel;
    private final Period maximum;

    EntryBanGround(String dutchLabel, Period maximum) {
        this.dutchLabel = dutchLabel;
        this.maximum = maximum;
    }

    /**
     * Returns the Dutch label.
     *
     * @return e.g. {@code "inreisverbod"}
     */
    public String dutchLabel() {
        return dutchLabel;
    }

    /**
     * Returns the longest ban on this ground.
     *
     * @return 2, 10 or 20 years
     */
    public Period maximum() {
        return maximum;
    }

    /**
     * Returns the legal source.
     *
     * @return Vw 2000 art. 66a with a note
     */
    public LegalSource source() {
        return ProcedureSources.VW_66A;
    }
}
