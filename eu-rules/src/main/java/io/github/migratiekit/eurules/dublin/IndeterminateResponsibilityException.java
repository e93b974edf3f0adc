package io.github.migratiekit.eurules.dublin;

/**
 * Thrown when a criterion applies but points to several Member States and the Regulation leaves the choice to an
 * assessment the facts do not contain (for example the best interests of an unaccompanied minor with family in two
 * States, Dublin III art. 8(3)). The message names the field that would settle it, such as {@code
 * bestInterestsState}. Migratiekit never picks one silently.
 */
public final class IndeterminateResponsibilityException extends InvalidCaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the field whose value would settle the choice
     * @param rule why the criterion cannot choose, citing its article
     */
    public IndeterminateResponsibilityException(String field, String rule) {
        super(field, rule);
    }
}
