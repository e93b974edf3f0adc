package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.legal.LegalSource;

/**
 * Citations for the taakstelling and the Spreidingswet. Each constant is an immutable {@link LegalSource}; where the
 * text could not be checked against the official publication the constant carries a note saying so.
 */
public final class HousingSources {
    private HousingSources() {}

    /** Huisvestingswet 2014, BWBR0035303. */
    public static final LegalSource HUISVESTINGSWET_2014 = LegalSource.of("Huisvestingswet 2014", "", "BWBR0035303");

    /**
     * Huisvestingswet 2014 art. 28: the college of B&amp;W provides housing for status holders in accordance with the
     * taakstelling that applies to the municipality (quoted in the Introductiedossier Migratie, footnote 10).
     */
    public static final LegalSource HUISVESTINGSWET_28 = HUISVESTINGSWET_2014.withArticle("art. 28");

    /**
     * Huisvestingswet 2014 arts. 29–31: the half-year period, the national number and the key in proportion to
     * inhabitants. The numbering was not checked against the official text.
     */
    public static final LegalSource HUISVESTINGSWET_29_31 = HUISVESTINGSWET_2014
            .withArticle("arts. 29-31")
            .withNote("uncertain: article numbering not verified against BWBR0035303");

    /**
     * Introductiedossier Migratie (Ministerie van Justitie en Veiligheid), §4.5 Huisvesting/taakstelling: the
     * calendar half year, the permit window of three months before to three months after the start, announcement at
     * the latest three months before the start, distribution in proportion to inhabitants, the interventieladder.
     */
    public static final LegalSource INTRODUCTIEDOSSIER_4_5 =
            LegalSource.of("Introductiedossier Migratie (JenV)", "§4.5 Huisvesting/taakstelling", "");

    /** Gemeentewet art. 124: indeplaatsstelling by the province when a municipality neglects a statutory task. */
    public static final LegalSource GEMEENTEWET_124 = LegalSource.of("Gemeentewet", "art. 124", "BWBR0005416");

    /**
     * Staat van Migratie 2024, figs. 118–119: the ledger of the taakstelling (start position + taakstelling − housed =
     * next start position; positive is a backlog, negative a lead).
     */
    public static final LegalSource STAAT_VAN_MIGRATIE_2024_LEDGER =
            LegalSource.of("Staat van Migratie 2024", "figs. 118-119 (taakstelling and realisation)", "");

    /**
     * Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen (Spreidingswet), in force 1 February 2024 (the
     * Staat van Migratie also gives 31 January 2024). The distribution key with its prosperity correction is in a
     * ministerial regulation that was not retrieved.
     */
    public static final LegalSource SPREIDINGSWET = new LegalSource(
            "Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen (Spreidingswet)",
            "",
            "",
            java.util.Optional.of(java.time.LocalDate.of(2024, 2, 1)),
            "uncertain: the official key (verdeelsleutel) and its prosperity correction were not retrieved");
}
