package io.github.migratiekit.core.permit;

import io.github.migratiekit.core.legal.LegalSource;
import java.time.Period;
import java.util.Optional;

/**
 * The kinds of residence and of lawful or unlawful stay, with their Dutch label and legal basis.
 *
 * <p>Only the kinds for which {@link #isResidenceDocument()} is true can be the kind of a {@link ResidencePermit};
 * the short-stay visa and the mvv have their own types ({@link ShortStayVisa}, {@link Mvv}); the asylum seeker and the
 * person with a departure obligation are statuses, not documents.
 */
public enum PermitKind {
    /** Regular residence permit for a fixed period (Vw 2000 art. 14). */
    REGULAR_FIXED_TERM(
            "verblijfsvergunning regulier voor bepaalde tijd",
            PermitSources.VW.withArticle("art. 14").withNote("maximum of 5 years per Vb 2000; article not verified"),
            true,
            false,
            Optional.of(Period.ofYears(5))),
    /** Regular residence permit for an indefinite period (Vw 2000 art. 20). */
    REGULAR_PERMANENT(
            "verblijfsvergunning regulier voor onbepaalde tijd",
            PermitSources.VW.withArticle("art. 20"),
            true,
            true,
            Optional.empty()),
    /**
     * Asylum residence permit for a fixed period (Vw 2000 art. 28), one uniform permit for refugees and subsidiary
     * protection; valid for at most five years.
     */
    ASYLUM_FIXED_TERM(
            "verblijfsvergunning asiel voor bepaalde tijd",
            PermitSources.VW
                    .withArticle("art. 28")
                    .withNote("5-year validity per De Staat van Migratie 2024 L2325; the article fixing it was not"
                            + " verified; bill 36 871 would reduce it to 3 years"),
            true,
            false,
            Optional.of(Period.ofYears(5))),
    /** Asylum residence permit for an indefinite period (Vw 2000 art. 33), after five years of a fixed-term permit. */
    ASYLUM_PERMANENT(
            "verblijfsvergunning asiel voor onbepaalde tijd",
            PermitSources.VW.withArticle("art. 33"),
            true,
            true,
            Optional.empty()),
    /** EU long-term resident permit (Vw 2000 art. 20 and 21; Directive 2003/109/EC). */
    EU_LONG_TERM_RESIDENT(
            "verblijfsvergunning langdurig ingezetene-EU",
            PermitSources.LONG_TERM_RESIDENTS_DIRECTIVE.withArticle("art. 8"),
            true,
            true,
            Optional.empty()),
    /** Residence document of an EU/EEA citizen (Vw 2000 art. 8(e); Directive 2004/38/EC). */
    EU_CITIZEN_RESIDENCE_DOCUMENT(
            "verblijfsdocument EU/EER-burger",
            PermitSources.FREE_MOVEMENT_DIRECTIVE.withArticle("art. 8"),
            true,
            true,
            Optional.empty()),
    /** Residence card of a third-country family member of an EU citizen (Directive 2004/38/EC art. 10). */
    EU_FAMILY_MEMBER_RESIDENCE_CARD(
            "verblijfsdocument familielid van een burger van de Unie",
            PermitSources.FREE_MOVEMENT_DIRECTIVE.withArticle("art. 10-11"),
            true,
            false,
            Optional.of(Period.ofYears(5))),
    /** Residence document under the Withdrawal Agreement (UK nationals and their family members). */
    WITHDRAWAL_AGREEMENT_RESIDENCE(
            "verblijfsdocument Terugtrekkingsakkoord",
            PermitSources.WITHDRAWAL_AGREEMENT,
            true,
            true,
            Optional.empty()),
    /** Uniform short-stay visa, type C (Visa Code); see {@link ShortStayVisa}. */
    SHORT_STAY_VISA(
            "visum voor kort verblijf (C)",
            PermitSources.VISA_CODE.withArticle("art. 24"),
            false,
            false,
            Optional.of(Period.ofYears(5))),
    /** Authorisation for temporary stay, a national long-stay visa type D (Vw 2000 art. 2a ff.); see {@link Mvv}. */
    MVV(
            "machtiging tot voorlopig verblijf (D)",
            PermitSources.VW.withArticle("art. 2a-2v").withNote("chapter 1a; article range not verified"),
            false,
            false,
            Optional.of(Period.ofDays(90))),
    /** Lawful stay of an asylum seeker awaiting the decision (Vw 2000 art. 8(f)). */
    ASYLUM_SEEKER(
            "rechtmatig verblijf als asielzoeker",
            PermitSources.VW.withArticle("art. 8(f)"),
            false,
            false,
            Optional.empty()),
    /** No (more) lawful stay: the person must leave the Netherlands (Vw 2000 art. 61). */
    DEPARTURE_OBLIGATION("vertrekplicht", PermitSources.VW.withArticle("art. 61"), false, false, Optional.empty());

    private final String dutchLabel;
    private final LegalSource source;
    private final boolean residenceDocument;
    private final boolean openEnded;
    private final Optional<Period> maximumValidity;

    PermitKind(
            String dutchLabel,
            LegalSource source,
            boolean residenceDocument,
            boolean openEnded,
            Optional<Period> maximumValidity) {
        this.dutchLabel = dutchLabel;
        this.source = source;
        this.residenceDocument = residenceDocument;
        this.openEnded = openEnded;
        this.maximumValidity = maximumValidity;
    }

    /**
     * Returns the Dutch term.
     *
     * @return e.g. {@code "verblijfsvergunning asiel voor bepaalde tijd"}
     */
    public String dutchLabel() {
        return dutchLabel;
    }

    /**
     * Returns the legal basis.
     *
     * @return the source
     */
    public LegalSource source() {
        return source;
    }

    /**
     * Tells whether this kind is a residence document that a {@link ResidencePermit} can carry.
     *
     * @return false for visas and statuses
     */
    public boolean isResidenceDocument() {
        return residenceDocument;
    }

    /**
     * Tells whether the right of residence of this kind is not limited in time (the document may still expire and be
     * renewed).
     *
     * @return true for permanent kinds
     */
    public boolean isOpenEnded() {
        return openEnded;
    }

    /**
     * Tells whether this is an asylum kind (Vw 2000 art. 28 or 33).
     *
     * @return true for the asylum permits
     */
    public boolean isAsylum() {
        return this == ASYLUM_FIXED_TERM || this == ASYLUM_PERMANENT;
    }

    /**
     * Returns the longest validity a document of this kind may have, when the law sets one.
     *
     * @return the maximum, or empty
     */
    public Optional<Period> maximumValidity() {
        return maximumValidity;
    }
}
