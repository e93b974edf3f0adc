package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.legal.LegalSource;

/** The grounds on which the departure period may be shortened or withheld (Vw 2000 art. 62(2)). */
public enum DepartureShortening {
    /** Art. 62(2)(a): a risk that the person will abscond. */
    RISK_OF_ABSCONDING("risico op onttrekking aan het toezicht", "art. 62(2)(a)"),
    /** Art. 62(2)(b): the application was rejected as manifestly unfounded or for false or incomplete information. */
    MANIFESTLY_UNFOUNDED_OR_FALSE_INFORMATION(
            "aanvraag afgewezen als kennelijk ongegrond of wegens onjuiste gegevens", "art. 62(2)(b)"),
    /** Art. 62(2)(c): a danger to public order, public security or national security. */
    PUBLIC_ORDER_OR_SECURITY("gevaar voor de openbare orde of nationale veiligheid", "art. 62(2)(c)");

    private final String dutchLabel;
    private final String article;

    DepartureShortening(String dutchLabel, String article) {
        this.dutchLabel = dutchLabel;
        this.article = article;
    }

    /**
     * Returns the Dutch label.
     *
     * @return the ground in Dutch
     */
    public String dutchLabel() {
        return dutchLabel;
    }

    /**
     * Returns the legal source.
     *
     * @return Vw 2000 art. 62(2) with the letter
     */
    public LegalSource source() {
        return ProcedureSources.VW.withArticle(article);
    }
}
