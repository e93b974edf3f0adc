package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.LegalSource;
import java.util.List;
import java.util.Optional;

/**
 * A criterion or clause for determining the Member State responsible, with its article in each regime.
 *
 * <p>{@link #order(Regime)} gives the criteria of Chapter III (Dublin III) or Part III Chapter II (AMMR) in their legal
 * order, ending with the residual rule; {@link #clauses()} the dependency and discretionary clauses examined after
 * them. Immutable and thread-safe.
 */
public enum Criterion {
    /** Minors (Dublin III art. 8, AMMR art. 25). */
    MINORS("unaccompanied minor", "art. 8", "art. 25"),
    /** Family members who are beneficiaries of international protection (art. 9, AMMR art. 26). */
    FAMILY_BENEFICIARY("family member who is a beneficiary of international protection", "art. 9", "art. 26"),
    /** Family members who are applicants (art. 10, AMMR art. 27). */
    FAMILY_APPLICANT("family member who is an applicant", "art. 10", "art. 27"),
    /** Family procedure (art. 11, AMMR art. 28). */
    FAMILY_PROCEDURE("family procedure", "art. 11", "art. 28"),
    /** Residence documents and visas (art. 12, AMMR art. 29). */
    DOCUMENTS("residence documents and visas", "art. 12", "art. 29"),
    /** Diplomas or qualifications (AMMR art. 30; no Dublin III counterpart). */
    DIPLOMA("diplomas or qualifications", null, "art. 30"),
    /** Irregular entry (art. 13(1)); AMMR art. 33 adds search-and-rescue disembarkation and relocation. */
    IRREGULAR_ENTRY("entry", "art. 13(1)", "art. 33"),
    /** Five months' continuous stay after irregular entry (Dublin III art. 13(2); no AMMR counterpart found). */
    FIVE_MONTH_STAY("continuous stay of five months", "art. 13(2)", null),
    /** Visa-waived entry (art. 14, AMMR art. 31). */
    VISA_WAIVED_ENTRY("visa-waived entry", "art. 14", "art. 31"),
    /** Application in an international transit area of an airport (art. 15, AMMR art. 32). */
    AIRPORT_TRANSIT("application in an airport transit area", "art. 15", "art. 32"),
    /** Residual rule: the first State where the application was lodged (art. 3(2)) or registered (AMMR 16(2)). */
    FIRST_APPLICATION("first application (residual rule)", "art. 3(2)", "art. 16(2)"),
    /** Dependent persons (art. 16, AMMR art. 34). */
    DEPENDENT_PERSONS("dependent persons", "art. 16", "art. 34"),
    /** Humanitarian clause (art. 17(2), AMMR art. 35(2)). */
    HUMANITARIAN_CLAUSE("humanitarian clause", "art. 17(2)", "art. 35(2)"),
    /** Sovereignty clause (art. 17(1), AMMR art. 35(1)). */
    SOVEREIGNTY_CLAUSE("sovereignty clause", "art. 17(1)", "art. 35(1)");

    private static final List<Criterion> DUBLIN_III_ORDER = List.of(
            MINORS,
            FAMILY_BENEFICIARY,
            FAMILY_APPLICANT,
            FAMILY_PROCEDURE,
            DOCUMENTS,
            IRREGULAR_ENTRY,
            FIVE_MONTH_STAY,
            VISA_WAIVED_ENTRY,
            AIRPORT_TRANSIT,
            FIRST_APPLICATION);
    private static final List<Criterion> AMMR_ORDER = List.of(
            MINORS,
            FAMILY_BENEFICIARY,
            FAMILY_APPLICANT,
            FAMILY_PROCEDURE,
            DOCUMENTS,
            DIPLOMA,
            VISA_WAIVED_ENTRY,
            AIRPORT_TRANSIT,
            IRREGULAR_ENTRY,
            FIRST_APPLICATION);
    private static final List<Criterion> CLAUSES = List.of(DEPENDENT_PERSONS, HUMANITARIAN_CLAUSE, SOVEREIGNTY_CLAUSE);

    private final String title;
    private final Optional<String> dublinArticle;
    private final Optional<String> ammrArticle;

    Criterion(
            String title,
            @org.jspecify.annotations.Nullable String dublin,
            @org.jspecify.annotations.Nullable String ammr) {
        this.title = title;
        this.dublinArticle = Optional.ofNullable(dublin);
        this.ammrArticle = Optional.ofNullable(ammr);
    }

    /**
     * Returns the criteria of a regime in legal order, ending with the residual rule.
     *
     * @param regime the regime
     * @return the ordered criteria
     */
    public static List<Criterion> order(Regime regime) {
        Checks.nonNull(regime, "regime");
        return regime == Regime.DUBLIN_III ? DUBLIN_III_ORDER : AMMR_ORDER;
    }

    /**
     * Returns the clauses examined after the criteria: dependent persons, then the humanitarian and sovereignty
     * clauses.
     *
     * @return the clauses
     */
    public static List<Criterion> clauses() {
        return CLAUSES;
    }

    /**
     * Returns a short title.
     *
     * @return e.g. {@code "residence documents and visas"}
     */
    public String title() {
        return title;
    }

    /**
     * Returns the article of this criterion in a regime.
     *
     * @param regime the regime
     * @return e.g. {@code "art. 12"}, or empty where the regime has no such criterion
     */
    public Optional<String> article(Regime regime) {
        return regime == Regime.DUBLIN_III ? dublinArticle : ammrArticle;
    }

    /**
     * Returns the source of this criterion in a regime.
     *
     * @param regime the regime
     * @return the regulation with the article, or the regulation alone where it has no such criterion
     */
    public LegalSource source(Regime regime) {
        return article(regime).map(regime::article).orElse(regime.source());
    }
}
