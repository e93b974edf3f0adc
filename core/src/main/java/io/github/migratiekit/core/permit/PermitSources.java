package io.github.migratiekit.core.permit;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;

/** Citations used by the permit vocabulary. */
final class PermitSources {
    private PermitSources() {}

    static final LegalSource VW = Sources.VW;
    /** Vreemdelingenbesluit 2000, BWBR0011825. */
    static final LegalSource VB = LegalSource.of("Vreemdelingenbesluit 2000", "", "BWBR0011825");
    /** Vb 2000 art. 3.4(1): the restrictions (purposes) under which a regular fixed-term permit is granted. */
    static final LegalSource VB_3_4 =
            VB.withArticle("art. 3.4(1)").withNote("sub-paragraph letter of this purpose not verified");

    static final LegalSource FAMILY_REUNIFICATION_DIRECTIVE =
            LegalSource.of("Directive 2003/86/EC (family reunification)", "", "CELEX 32003L0086");
    static final LegalSource LONG_TERM_RESIDENTS_DIRECTIVE =
            LegalSource.of("Directive 2003/109/EC (long-term residents)", "", "CELEX 32003L0109");
    static final LegalSource FREE_MOVEMENT_DIRECTIVE =
            LegalSource.of("Directive 2004/38/EC (free movement)", "", "CELEX 32004L0038");
    static final LegalSource WITHDRAWAL_AGREEMENT = LegalSource.of(
            "Agreement on the withdrawal of the United Kingdom from the EU", "art. 18", "CELEX 12019W/TXT(02)");
    static final LegalSource VISA_CODE =
            LegalSource.of("Regulation (EC) No 810/2009 (Visa Code)", "", "CELEX 32009R0810");
    static final LegalSource BLUE_CARD_DIRECTIVE =
            LegalSource.of("Directive (EU) 2021/1883 (EU Blue Card)", "", "CELEX 32021L1883");
    static final LegalSource ICT_DIRECTIVE =
            LegalSource.of("Directive 2014/66/EU (intra-corporate transfer)", "", "CELEX 32014L0066");
    static final LegalSource SEASONAL_DIRECTIVE =
            LegalSource.of("Directive 2014/36/EU (seasonal workers)", "", "CELEX 32014L0036");
    static final LegalSource STUDENTS_RESEARCHERS_DIRECTIVE =
            LegalSource.of("Directive (EU) 2016/801 (students, researchers, au pairs)", "", "CELEX 32016L0801");
    static final LegalSource ECHR_8 = LegalSource.of("European Convention on Human Rights", "art. 8", "ETS No. 005");
    static final LegalSource TFEU_20 = LegalSource.of(
                    "Treaty on the Functioning of the European Union", "art. 20", "CELEX 12012E020")
            .withNote("derived right of a carer of a Union-citizen child; CJEU C-133/15 Chavez-Vilchez");
    static final LegalSource QUALIFICATION_DIRECTIVE =
            LegalSource.of("Directive 2011/95/EU (qualification)", "", "CELEX 32011L0095");
}
