package io.github.migratiekit.core.permit;

/** The groups of purposes of stay, as the IND and De Staat van Migratie 2024 group them. */
public enum PurposeCategory {
    /** Family migration (gezinsmigratie). */
    FAMILY("gezin"),
    /** Labour migration (arbeidsmigratie). */
    WORK("arbeid"),
    /** Study and research (studie en onderzoek). */
    STUDY_AND_RESEARCH("studie en onderzoek"),
    /** Exchange, au pair and cultural exchange (uitwisseling). */
    EXCHANGE("uitwisseling"),
    /** Medical treatment and humanitarian purposes (humanitair). */
    HUMANITARIAN("humanitair"),
    /** Asylum grounds (asiel). */
    ASYLUM("asiel");

    private final String dutchLabel;

    PurposeCategory(String dutchLabel) {
        this.dutchLabel = dutchLabel;
    }

    /**
     * Returns the Dutch label.
     *
     * @return e.g. {@code "gezin"}
     */
    public String dutchLabel() {
        return dutchLabel;
    }
}
