package io.github.migratiekit.core.procedure;

/** The outcome of a first-instance decision on an application. */
public enum Outcome {
    /** Granted (ingewilligd). */
    GRANTED("inwilliging"),
    /** Rejected (afgewezen). */
    REJECTED("afwijzing"),
    /** Rejected as manifestly unfounded (kennelijk ongegrond), asylum. */
    REJECTED_MANIFESTLY_UNFOUNDED("afwijzing als kennelijk ongegrond"),
    /** Not considered because another Member State is responsible (Dublin). */
    NOT_CONSIDERED_DUBLIN("niet in behandeling genomen (Dublin)"),
    /** Inadmissible (niet-ontvankelijk), e.g. protection in another Member State. */
    INADMISSIBLE("niet-ontvankelijk"),
    /** Not processed because the application was not completed (buiten behandeling, Awb art. 4:5). */
    NOT_PROCESSED("buiten behandeling gesteld"),
    /** Withdrawn by the applicant (ingetrokken). */
    WITHDRAWN("ingetrokken");

    private final String dutchLabel;

    Outcome(String dutchLabel) {
        this.dutchLabel = dutchLabel;
    }

    /**
     * Returns the Dutch label.
     *
     * @return e.g. {@code "afwijzing"}
     */
    public String dutchLabel() {
        return dutchLabel;
    }

    /**
     * Tells whether a legal remedy (objection or appeal) follows in this model: every outcome except a grant or a
     * withdrawal.
     *
     * @return true if an objection or appeal period starts
     */
    public boolean isAdverse() {
        return this != GRANTED && this != WITHDRAWN;
    }
}
