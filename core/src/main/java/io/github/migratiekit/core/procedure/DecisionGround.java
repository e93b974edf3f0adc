package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.LegalSource;
import java.util.EnumSet;
import java.util.Set;

/**
 * The legal ground of an adverse asylum decision, which sets the appeal period (Vreemdelingenwet 2000 art. 69, text
 * of the consolidated version of 2015-07-21, BWBR0011823):
 *
 * <blockquote>
 * 1. In afwijking van artikel 6:7 van de Algemene wet bestuursrecht bedraagt de termijn voor het indienen van een
 * bezwaar- of beroepschrift vier weken. 2. In afwijking van het eerste lid bedraagt de beroepstermijn één week, indien
 * de aanvraag tot het verlenen van een verblijfsvergunning voor bepaalde tijd als bedoeld in artikel 28: a. is
 * afgewezen binnen een bij algemene maatregel van bestuur te bepalen aantal dagen, dat niet de dagen van de rust- en
 * voorbereidingstermijn omvat; b. niet in behandeling is genomen op grond van artikel 30; c. niet-ontvankelijk is
 * verklaard op grond van artikel 30a; d. is afgewezen als kennelijk ongegrond op grond van artikel 30b; of e. buiten
 * behandeling is gesteld op grond van artikel 30c. […] 4. In afwijking van het eerste lid bedraagt de beroepstermijn
 * één week, indien een overdrachtsbesluit is genomen op grond van artikel 62b.
 * </blockquote>
 *
 * <p>So the ground, not the track, decides: a decision under art. 30, 30a, 30b or 30c has one week whatever the
 * track; a rejection as unfounded (art. 31) has one week only within the days of the general asylum procedure and
 * four weeks after them. JSON: the constant's name, in the {@code "ground"} field of a {@code decided} event.
 */
public enum DecisionGround {
    /** Art. 30: not considered because another Member State is responsible (Dublin); one week (art. 69(2)(b)). */
    ART_30_DUBLIN(
            "niet in behandeling genomen (art. 30, Dublin)", "art. 69(2)(b)", true, Outcome.NOT_CONSIDERED_DUBLIN),
    /** Art. 62b: a decision to transfer the applicant to the responsible Member State; one week (art. 69(4)). */
    ART_62B_DUBLIN_TRANSFER("overdrachtsbesluit (art. 62b)", "art. 69(4)", true, Outcome.NOT_CONSIDERED_DUBLIN),
    /** Art. 30a: inadmissible; one week (art. 69(2)(c)). */
    ART_30A_INADMISSIBLE("niet-ontvankelijk (art. 30a)", "art. 69(2)(c)", true, Outcome.INADMISSIBLE),
    /** Art. 30b: rejected as manifestly unfounded; one week (art. 69(2)(d)). */
    ART_30B_MANIFESTLY_UNFOUNDED(
            "kennelijk ongegrond (art. 30b)", "art. 69(2)(d)", true, Outcome.REJECTED_MANIFESTLY_UNFOUNDED),
    /** Art. 30c: not processed (buiten behandeling gesteld); one week (art. 69(2)(e)). */
    ART_30C_NOT_PROCESSED("buiten behandeling gesteld (art. 30c)", "art. 69(2)(e)", true, Outcome.NOT_PROCESSED),
    /**
     * Art. 31: rejected as unfounded within the days of the general asylum procedure set by decree (the rest and
     * preparation period not counted); one week (art. 69(2)(a)).
     */
    ART_31_GENERAL_PROCEDURE(
            "afgewezen als ongegrond binnen de algemene asielprocedure (art. 31)",
            "art. 69(2)(a)",
            true,
            Outcome.REJECTED),
    /** Art. 31: rejected as unfounded after the days of the general asylum procedure (extended procedure); four weeks. */
    ART_31_EXTENDED_PROCEDURE(
            "afgewezen als ongegrond in de verlengde asielprocedure (art. 31)", "art. 69(1)", false, Outcome.REJECTED);

    private final String dutchLabel;
    private final String appealArticle;
    private final boolean oneWeek;
    private final Outcome outcome;

    DecisionGround(String dutchLabel, String appealArticle, boolean oneWeek, Outcome outcome) {
        this.dutchLabel = dutchLabel;
        this.appealArticle = appealArticle;
        this.oneWeek = oneWeek;
        this.outcome = outcome;
    }

    /**
     * Returns the Dutch label.
     *
     * @return e.g. {@code "kennelijk ongegrond (art. 30b)"}
     */
    public String dutchLabel() {
        return dutchLabel;
    }

    /**
     * Returns the outcome a decision on this ground has.
     *
     * @return e.g. {@link Outcome#REJECTED_MANIFESTLY_UNFOUNDED} for art. 30b
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Tells whether the appeal period is one week (Vw 2000 art. 69(2) or (4)) rather than four (art. 69(1)).
     *
     * @return true for every ground but {@link #ART_31_EXTENDED_PROCEDURE}
     */
    public boolean oneWeekToAppeal() {
        return oneWeek;
    }

    /**
     * Returns the paragraph of Vw 2000 art. 69 that sets the appeal period.
     *
     * @return e.g. Vw 2000 art. 69(2)(d)
     */
    public LegalSource appealSource() {
        return ProcedureSources.VW.withArticle(appealArticle);
    }

    /**
     * Returns the grounds that fit an outcome.
     *
     * @param outcome the outcome
     * @return the grounds; empty for a grant or a withdrawal, which have none
     */
    public static Set<DecisionGround> fitting(Outcome outcome) {
        Checks.nonNull(outcome, "outcome");
        Set<DecisionGround> s = EnumSet.noneOf(DecisionGround.class);
        for (DecisionGround g : values()) {
            if (g.outcome == outcome) {
                s.add(g);
            }
        }
        return s;
    }
}
