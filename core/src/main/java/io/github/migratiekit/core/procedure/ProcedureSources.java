package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.legal.Verification;

/** Citations used by the procedures. */
final class ProcedureSources {
    private ProcedureSources() {}

    static final LegalSource VW = Sources.VW;
    static final LegalSource AWB = Sources.AWB;
    /** De Staat van Migratie 2024 (Ministerie van Justitie en Veiligheid), the seed report. */
    static final LegalSource SVM_2024 = LegalSource.of("De Staat van Migratie 2024", "", "Ministerie van JenV");

    static final LegalSource TRACKS = SVM_2024.withArticle("L2077-L2083 (sporenbeleid)");
    static final LegalSource TRACK_CHANGE = SVM_2024.withArticle("L2287 (spoorwissel)");
    static final LegalSource TRACK_2 = SVM_2024.withArticle("L2301");
    static final LegalSource SIDE_INTAKE = SVM_2024.withArticle("L2299, L2314 (zij-instroom)");
    static final LegalSource APD = LegalSource.of("Directive 2013/32/EU (asylum procedures)", "", "CELEX 32013L0032");
    static final LegalSource APD_31_3_DUBLIN = APD.withArticle("art. 31(3) second subparagraph");
    static final LegalSource APD_43_2 = APD.withArticle("art. 43(2)");
    static final LegalSource BORDER = SVM_2024.withArticle("L3388-L3392 (grensprocedure)");
    static final LegalSource AMV_BORDER = SVM_2024.withArticle("L3392");
    static final LegalSource ATW_4_C = Sources.ATW.withArticle("art. 4(c)");
    static final LegalSource VW_28 = VW.withArticle("art. 28");
    static final LegalSource VW_42_1 = VW.withArticle("art. 42(1)");
    static final LegalSource VW_42_4 = VW.withArticle("art. 42(4)");
    static final LegalSource VW_2R =
            VW.withArticle("art. 2r").withNote("per ABRvS 8 Feb 2023, De Staat van Migratie 2024 L3512");
    static final LegalSource VW_63 = VW.withArticle("art. 63");
    static final LegalSource VW_29_2 = VW.withArticle("art. 29(2)");
    static final LegalSource VW_45 = VW.withArticle("art. 45(1)")
            .withNote("a rejection counts as a return decision; numbering per Kamerstuk 32 420 not verified");
    static final LegalSource VW_62_1 = VW.withArticle("art. 62(1)");
    static final LegalSource VW_62_2 = VW.withArticle("art. 62(2)");
    static final LegalSource VW_66A =
            VW.withArticle("art. 66a").withNote("maximum lengths 2/10/20 years per De Staat van Migratie 2024 L2681");
    static final LegalSource OUHRAMI = LegalSource.of("CJEU C-225/16 Ouhrami", "", "ECLI:EU:C:2017:590")
            .withNote("the entry ban runs from the day the person actually left");
    static final LegalSource VW_80 = VW.withArticle("art. 80")
            .withVerification(
                    Verification.UNVERIFIED,
                    "no objection stage for asylum decisions: appeal lies directly to the district court; the"
                            + " article itself was not re-read, and whether it still carries this after the amendments"
                            + " since 2014 was not checked");
    static final LegalSource AWB_4_5 = AWB.withArticle("art. 4:5");
    static final LegalSource AWB_6_11 = AWB.withArticle("art. 6:11");
    static final LegalSource AWB_7_1 = AWB.withArticle("art. 7:1");
    static final LegalSource NAREIS = SVM_2024.withArticle("L3333-L3339 (nareis)");
    static final LegalSource RWN = LegalSource.of("Rijkswet op het Nederlanderschap", "", "BWBR0003738");
    static final LegalSource CEREMONY =
            RWN.withNote("naturalisation takes effect at the ceremony (verklaring van verbondenheid)");
}
