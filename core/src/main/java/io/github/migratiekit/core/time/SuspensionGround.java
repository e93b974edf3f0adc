package io.github.migratiekit.core.time;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;

/**
 * The grounds on which a decision term is suspended (opschorting), Awb art. 4:15.
 *
 * <p>The text of art. 4:15 was not checked against the official publication for this release; the paragraph
 * numbering follows the version in force since 2009 as commonly cited.
 */
public enum SuspensionGround {
    /** Art. 4:15(1)(a): from the day after the request to complete the application until it is completed. */
    INCOMPLETE_APPLICATION("verzoek om aanvulling van de aanvraag", "art. 4:15(1)(a)"),
    /** Art. 4:15(2)(a): as long as the applicant has agreed to suspension in writing. */
    WRITTEN_AGREEMENT("schriftelijke instemming van de aanvrager", "art. 4:15(2)(a)"),
    /** Art. 4:15(2)(b): as long as the delay is attributable to the applicant. */
    APPLICANT_DELAY("vertraging toerekenbaar aan de aanvrager", "art. 4:15(2)(b)"),
    /** Art. 4:15(2)(c): as long as force majeure prevents a decision. */
    FORCE_MAJEURE("overmacht", "art. 4:15(2)(c)");

    private final String dutchLabel;
    private final String article;

    SuspensionGround(String dutchLabel, String article) {
        this.dutchLabel = dutchLabel;
        this.article = article;
    }

    /**
     * Returns the Dutch label.
     *
     * @return e.g. {@code "overmacht"}
     */
    public String dutchLabel() {
        return dutchLabel;
    }

    /**
     * Returns the legal source of this ground.
     *
     * @return the Awb article
     */
    public LegalSource source() {
        return Sources.AWB.withArticle(article);
    }
}
