package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Verification;

/**
 * The two definitions of the asylum grant rate (inwilligingspercentage) that De Staat van Migratie 2024 warns about.
 */
public enum GrantRateDefinition {
    /**
     * Eurostat / EU definition: grants ÷ (grants + rejections). Applications not taken into consideration under the
     * Dublin Regulation, and other non-substantive decisions, are not counted as rejections and are left out.
     */
    EUROSTAT(
            "grants / (grants + rejections); Dublin and other non-substantive decisions left out",
            LegalSource.of(
                            "De Staat van Migratie 2024",
                            "§4.2.3 Hoe wordt het inwilligingspercentage berekend?, page not determined (pp. 82–86)",
                            "")
                    .withVerification(
                            Verification.VERIFIED,
                            "EU definition as the report states it: Dublin non-admissions are not counted as"
                                    + " rejections")),
    /**
     * National definition: grants ÷ all decisions, including non-substantive ones (buiten behandeling stelling) and
     * Dublin non-admissions (niet in behandeling).
     */
    NATIONAL(
            "grants / all decisions, including non-substantive and Dublin decisions",
            LegalSource.of(
                            "De Staat van Migratie 2024",
                            "§4.2.3 Hoe wordt het inwilligingspercentage berekend?, page not determined (pp. 82–86)",
                            "")
                    .withVerification(
                            Verification.VERIFIED,
                            "national definition as the report states it: over all decisions, incl. non-substantive"
                                    + " ones"));

    private final String formula;
    private final LegalSource source;

    GrantRateDefinition(String formula, LegalSource source) {
        this.formula = formula;
        this.source = source;
    }

    /**
     * Returns the definition in words.
     *
     * @return the formula
     */
    public String formula() {
        return formula;
    }

    /**
     * Returns where the document defines it.
     *
     * @return the source
     */
    public LegalSource source() {
        return source;
    }
}
