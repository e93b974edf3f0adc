package io.github.migratiekit.core.time;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.legal.Verification;

/**
 * The grounds on which a decision term is suspended (opschorting), Awb art. 4:15.
 *
 * <p>The text of art. 4:15 was read in the consolidation of 2015-11-26 (BWBR0005537): "De termijn voor het geven
 * van een beschikking wordt opgeschort met ingang van de dag na die waarop het bestuursorgaan: a. de aanvrager
 * krachtens artikel 4:5 uitnodigt de aanvraag aan te vullen, tot de dag waarop de aanvraag is aangevuld of de
 * daarvoor gestelde termijn ongebruikt is verstreken". Two points a caller must settle when building a {@link
 * Suspension} for ground (1)(a):
 *
 * <ul>
 *   <li><b>The completion day.</b> "tot de dag waarop" reads, in Dutch legislative drafting, as up to but not
 *       including that day: the term runs again on the day the application is completed, so the suspension's last
 *       day is the day before. No ruling stating this was found ({@code unverified}). The fold of {@code
 *       core.procedure} counts the completion day as suspended, the reading that gives the later deadline, so that
 *       a notice of default based on it is never premature; under the "tot" reading the period ends one day
 *       earlier. A caller can build either suspension.
 *   <li><b>No period set, no suspension.</b> A request to complete that sets no period for it does not suspend the
 *       term (ABRvS 21 September 2016, ECLI:NL:RVS:2016:2527, as reported by secondary sources: there is then no
 *       invitation under art. 4:5): do not build a suspension for such a request.
 * </ul>
 *
 * <p>Ground (1)(b), information asked from a foreign authority, is not modelled.
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
        return this == INCOMPLETE_APPLICATION
                ? Sources.AWB_4_15
                        .withArticle(article)
                        .withVerification(
                                Verification.SECONDARY,
                                "text verified (consolidation 2015-11-26); that the completion day itself is not"
                                        + " suspended is a reading of \"tot de dag waarop\", and that a request"
                                        + " without a period does not suspend rests on secondary reports of"
                                        + " ECLI:NL:RVS:2016:2527")
                : Sources.AWB.withArticle(article);
    }
}
