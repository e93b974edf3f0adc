package io.github.migratiekit.core.legal;

import java.time.LocalDate;

/**
 * Citations used by more than one part of Migratiekit. Each constant is an immutable {@link LegalSource}.
 *
 * <p>Where the text of a provision could not be checked against the official publication the constant carries a
 * note saying so; such rules are encoded as data so that they can be corrected without code changes.
 */
public final class Sources {
    private Sources() {}

    /** Algemene termijnenwet, BWBR0002448, version in force since 2010-10-10. */
    public static final LegalSource ATW = LegalSource.of(
                    "Algemene termijnenwet", "", "BWBR0002448", LocalDate.of(2010, 10, 10))
            .withVerification(
                    Verification.VERIFIED, "text of wetten.overheid.nl/BWBR0002448/2010-10-10, articles 1 to 4");
    /** Atw art. 1(1): a statutory term ending on a Saturday, Sunday or holiday runs to the next working day. */
    public static final LegalSource ATW_1_1 = ATW.withArticle("art. 1(1)");
    /** Atw art. 2: a term of at least three days contains at least two working days. */
    public static final LegalSource ATW_2 = ATW.withArticle("art. 2");
    /** Atw art. 3(1): the generally recognised holidays. */
    public static final LegalSource ATW_3_1 = ATW.withArticle("art. 3(1)");
    /** Atw art. 3(2): Good Friday is equated with the holidays. */
    public static final LegalSource ATW_3_2 = ATW.withArticle("art. 3(2)");
    /** Atw art. 3(3): days equated with the holidays by royal decree. */
    public static final LegalSource ATW_3_3 = ATW.withArticle("art. 3(3)");
    /** Atw art. 4(a): the Atw does not apply to terms in hours or longer than 90 days, 12 weeks or 3 months. */
    public static final LegalSource ATW_4_A = ATW.withArticle("art. 4(a)");

    /** Algemene wet bestuursrecht, BWBR0005537. */
    public static final LegalSource AWB = LegalSource.of("Algemene wet bestuursrecht", "", "BWBR0005537")
            .withVerification(
                    Verification.VERIFIED,
                    "text of the consolidation of 2015-11-26 (arts. 4:14, 4:15, 4:17, 6:7, 6:8, 7:10); the 2026"
                            + " wording was not re-read");
    /**
     * Awb art. 4:14: where a statutory term cannot be met the organ says so and names a term as short as possible
     * (para. 1); without a statutory term, eight weeks or a reasonable term it names (para. 3). It does not extend a
     * statutory term.
     */
    public static final LegalSource AWB_4_14 = AWB.withArticle("art. 4:14");
    /** Awb art. 4:15: suspension of the decision term. */
    public static final LegalSource AWB_4_15 = AWB.withArticle("art. 4:15");
    /** Awb art. 4:17: penalty for late decisions. */
    public static final LegalSource AWB_4_17 = AWB.withArticle("art. 4:17");
    /** Awb art. 6:7: the objection and appeal period is six weeks. */
    public static final LegalSource AWB_6_7 = AWB.withArticle("art. 6:7");
    /** Awb art. 6:8: the objection and appeal period starts the day after the decision was announced. */
    public static final LegalSource AWB_6_8 = AWB.withArticle("art. 6:8(1)");
    /** Awb art. 7:10: the objection decision period. */
    public static final LegalSource AWB_7_10 = AWB.withArticle("art. 7:10");

    /** Vreemdelingenwet 2000, BWBR0011823. */
    public static final LegalSource VW = LegalSource.of("Vreemdelingenwet 2000", "", "BWBR0011823")
            .withVerification(
                    Verification.VERIFIED,
                    "text of the consolidation of 2015-07-26; later amendments checked only through the rulings"
                            + " cited per rule");

    /** Council Regulation (EEC, Euratom) No 1182/71 on periods, dates and time limits, CELEX 31971R1182. */
    public static final LegalSource REG_1182_71 = LegalSource.of(
                    "Regulation (EEC, Euratom) No 1182/71", "art. 3", "CELEX 31971R1182")
            .withVerification(
                    Verification.SECONDARY,
                    "art. 3(4) roll and 3(5) two working days as quoted in later EU acts; EUR-Lex text not read");

    /** Regulation (EU) No 604/2013 (Dublin III), CELEX 32013R0604. */
    public static final LegalSource DUBLIN_III = LegalSource.of("Regulation (EU) No 604/2013", "", "CELEX 32013R0604")
            .withVerification(Verification.SECONDARY, "title and OJ reference read; per-article status in eu-rules");
    /** Dublin III art. 42: calculation of time limits. */
    public static final LegalSource DUBLIN_III_42 = DUBLIN_III
            .withArticle("art. 42")
            .withVerification(
                    Verification.UNVERIFIED,
                    "time limits include Saturdays, Sundays and official holidays (art. 42(c)); no copy of the"
                            + " article text was found");
}
