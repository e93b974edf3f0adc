package io.github.migratiekit.core.permit;

import io.github.migratiekit.core.legal.LegalSource;

/**
 * Purposes of stay (verblijfsdoelen; for regular permits the "beperking" of Vb 2000 art. 3.4) and asylum grounds, each
 * with its Dutch label, category and legal source.
 *
 * <p>The asylum grounds are not restrictions of a regular permit but the grounds of Vw 2000 art. 29 on which the one
 * uniform asylum permit is granted. Sources whose sub-paragraph could not be checked carry a note.
 */
public enum StayPurpose {
    /** Family reunification with a sponsor (gezinshereniging). */
    FAMILY_REUNIFICATION(
            "gezinshereniging",
            PurposeCategory.FAMILY,
            PermitSources.FAMILY_REUNIFICATION_DIRECTIVE.withArticle("art. 4")),
    /** Family formation with a sponsor (gezinsvorming). */
    FAMILY_FORMATION("gezinsvorming", PurposeCategory.FAMILY, PermitSources.VB_3_4),
    /** A child born in the Netherlands to a parent with lawful residence. */
    CHILD_BORN_IN_NETHERLANDS("in Nederland geboren kind", PurposeCategory.FAMILY, PermitSources.VB_3_4),
    /** Family or private life protected by art. 8 ECHR. */
    FAMILY_LIFE_ART_8_ECHR("familie- en gezinsleven (art. 8 EVRM)", PurposeCategory.FAMILY, PermitSources.ECHR_8),
    /** Carer of a Dutch (Union-citizen) minor child (art. 20 TFEU). */
    CARER_OF_DUTCH_MINOR(
            "verzorger van een Nederlands minderjarig kind", PurposeCategory.FAMILY, PermitSources.TFEU_20),
    /** Highly skilled migrant (kennismigrant); recognised sponsor required. */
    HIGHLY_SKILLED_MIGRANT("kennismigrant", PurposeCategory.WORK, PermitSources.VB_3_4),
    /** EU Blue Card (Europese blauwe kaart). */
    EU_BLUE_CARD("Europese blauwe kaart", PurposeCategory.WORK, PermitSources.BLUE_CARD_DIRECTIVE),
    /** Intra-corporate transferee (ICT). */
    INTRA_CORPORATE_TRANSFER(
            "overplaatsing binnen een onderneming (ICT)", PurposeCategory.WORK, PermitSources.ICT_DIRECTIVE),
    /** Seasonal work (seizoenarbeid). */
    SEASONAL_WORK("seizoenarbeid", PurposeCategory.WORK, PermitSources.SEASONAL_DIRECTIVE),
    /** Paid employment with a work permit (arbeid in loondienst). */
    PAID_EMPLOYMENT("arbeid in loondienst", PurposeCategory.WORK, PermitSources.VB_3_4),
    /** Work-based learning (lerend werken). */
    WORK_BASED_LEARNING("lerend werken", PurposeCategory.WORK, PermitSources.VB_3_4),
    /** Self-employed person (arbeid als zelfstandige). */
    SELF_EMPLOYED("arbeid als zelfstandige", PurposeCategory.WORK, PermitSources.VB_3_4),
    /** Start-up founder with a facilitator (startende ondernemer). */
    START_UP("startende ondernemer", PurposeCategory.WORK, PermitSources.VB_3_4),
    /** Orientation year for highly educated persons (zoekjaar hoogopgeleiden). */
    ORIENTATION_YEAR("zoekjaar hoogopgeleiden", PurposeCategory.WORK, PermitSources.VB_3_4),
    /** Study (studie); recognised sponsor required. */
    STUDY("studie", PurposeCategory.STUDY_AND_RESEARCH, PermitSources.STUDENTS_RESEARCHERS_DIRECTIVE),
    /** Scientific research (wetenschappelijk onderzoek, Directive (EU) 2016/801). */
    RESEARCH(
            "wetenschappelijk onderzoek",
            PurposeCategory.STUDY_AND_RESEARCH,
            PermitSources.STUDENTS_RESEARCHERS_DIRECTIVE),
    /** Au pair. */
    AU_PAIR("au pair", PurposeCategory.EXCHANGE, PermitSources.STUDENTS_RESEARCHERS_DIRECTIVE),
    /** Exchange (uitwisseling), including working-holiday schemes. */
    EXCHANGE("uitwisseling", PurposeCategory.EXCHANGE, PermitSources.VB_3_4),
    /** Cultural and social exchange (culturele en maatschappelijke uitwisseling). */
    CULTURAL_EXCHANGE("culturele en maatschappelijke uitwisseling", PurposeCategory.EXCHANGE, PermitSources.VB_3_4),
    /** Medical treatment (medische behandeling). */
    MEDICAL_TREATMENT("medische behandeling", PurposeCategory.HUMANITARIAN, PermitSources.VB_3_4),
    /** A temporary humanitarian purpose (humanitair tijdelijk), e.g. victims of human trafficking. */
    HUMANITARIAN_TEMPORARY("humanitair tijdelijk", PurposeCategory.HUMANITARIAN, PermitSources.VB_3_4),
    /** A non-temporary humanitarian purpose (humanitair niet-tijdelijk), e.g. the buitenschuld permit. */
    HUMANITARIAN_NON_TEMPORARY("humanitair niet-tijdelijk", PurposeCategory.HUMANITARIAN, PermitSources.VB_3_4),
    /** Refugee status (Vw 2000 art. 29(1)(a); Directive 2011/95/EU art. 13). */
    REFUGEE("vluchtelingenstatus", PurposeCategory.ASYLUM, PermitSources.VW.withArticle("art. 29(1)(a)")),
    /** Subsidiary protection (Vw 2000 art. 29(1)(b); Directive 2011/95/EU art. 18). */
    SUBSIDIARY_PROTECTION(
            "subsidiaire bescherming", PurposeCategory.ASYLUM, PermitSources.VW.withArticle("art. 29(1)(b)")),
    /**
     * Derived asylum permit for accompanying or following family members without their own grounds (Vw 2000 art.
     * 29(2); nareis).
     */
    DERIVED_ASYLUM(
            "afgeleide asielvergunning (meereizende of nareizende gezinsleden)",
            PurposeCategory.ASYLUM,
            PermitSources.VW.withArticle("art. 29(2)"));

    private final String dutchLabel;
    private final PurposeCategory category;
    private final LegalSource source;

    StayPurpose(String dutchLabel, PurposeCategory category, LegalSource source) {
        this.dutchLabel = dutchLabel;
        this.category = category;
        this.source = source;
    }

    /**
     * Returns the Dutch label.
     *
     * @return e.g. {@code "kennismigrant"}
     */
    public String dutchLabel() {
        return dutchLabel;
    }

    /**
     * Returns the category.
     *
     * @return the group this purpose belongs to
     */
    public PurposeCategory category() {
        return category;
    }

    /**
     * Returns the legal source.
     *
     * @return the source
     */
    public LegalSource source() {
        return source;
    }

    /**
     * Tells whether this is an asylum ground (only valid for asylum permits).
     *
     * @return true for the asylum grounds
     */
    public boolean isAsylumGround() {
        return category == PurposeCategory.ASYLUM;
    }

    /**
     * Returns the id of the decision period that applies to a first application for this purpose in {@link
     * io.github.migratiekit.core.time.ProcedureTerms}: 60 days for study, research and work-based learning, else the
     * 90-day regular period.
     *
     * @return {@code "regular-study-research"} or {@code "regular"}
     */
    public String decisionTermId() {
        return this == STUDY || this == RESEARCH || this == WORK_BASED_LEARNING ? "regular-study-research" : "regular";
    }
}
