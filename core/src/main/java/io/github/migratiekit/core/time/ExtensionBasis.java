package io.github.migratiekit.core.time;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import java.time.Period;
import java.util.Optional;

/**
 * The legal bases on which a decision term can be extended individually, each with its longest allowed extension.
 *
 * <p>Categorical extensions by policy rule (WBV 2022/22, WBV 2023/3) are not listed here: they follow from the
 * lodging date and are part of the procedure rules ({@link ProcedureTerms}).
 */
public enum ExtensionBasis {
    /** Awb art. 4:14(3): the organ names a reasonable term; no statutory maximum. */
    AWB_4_14(Optional.empty(), Sources.AWB_4_14.withArticle("art. 4:14(3)")),
    /** Vw 2000 art. 42(4): asylum, complex case, many simultaneous applications, or the applicant's fault. */
    VW_42_4(Optional.of(Period.ofMonths(9)), Sources.VW.withArticle("art. 42(4)")),
    /**
     * Directive 2013/32/EU art. 31(3), third subparagraph: a further 3 months in exceptional, duly justified
     * circumstances (asylum).
     */
    APD_31_3(
            Optional.of(Period.ofMonths(3)),
            LegalSource.of("Directive 2013/32/EU", "art. 31(3) third subparagraph", "CELEX 32013L0032")
                    .withNote("Dutch transposition in Vw 2000 art. 42; paragraph not verified")),
    /** Vw 2000 art. 25(2): regular applications, when advice of another body is needed. */
    VW_25_2(
            Optional.of(Period.ofDays(90)),
            Sources.VW.withArticle("art. 25(2)").withNote("ground and length not verified against the text")),
    /** Awb art. 7:10(3): objection decisions, by at most six weeks. */
    AWB_7_10_3(Optional.of(Period.ofWeeks(6)), Sources.AWB_7_10.withArticle("art. 7:10(3)"));

    private final Optional<Period> maximum;
    private final LegalSource source;

    ExtensionBasis(Optional<Period> maximum, LegalSource source) {
        this.maximum = maximum;
        this.source = source;
    }

    /**
     * Returns the longest extension this basis allows.
     *
     * @return the maximum, or empty when the law sets none
     */
    public Optional<Period> maximum() {
        return maximum;
    }

    /**
     * Returns the legal source.
     *
     * @return the source
     */
    public LegalSource source() {
        return source;
    }
}
