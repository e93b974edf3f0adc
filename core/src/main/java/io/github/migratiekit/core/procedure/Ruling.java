package io.github.migratiekit.core.procedure;

/** The outcome of an objection or of a court appeal. */
public enum Ruling {
    /** Well-founded (gegrond): the decision is annulled. */
    UPHELD("gegrond"),
    /** Unfounded (ongegrond): the decision stands. */
    DISMISSED("ongegrond"),
    /** Inadmissible (niet-ontvankelijk), e.g. lodged late without excuse. */
    INADMISSIBLE("niet-ontvankelijk");

    private final String dutchLabel;

    Ruling(String dutchLabel) {
        this.dutchLabel = dutchLabel;
    }

    /**
     * Returns the Dutch label.
     *
     * @return e.g. {@code "gegrond"}
     */
    public String dutchLabel() {
        return dutchLabel;
    }
}
