package io.github.migratiekit.eurules.dublin;

/**
 * Thrown when two facts of a Dublin case cannot both be true, or would leave the answer to a choice the Regulation does
 * not make: two irregular crossings on the same day, overlapping periods of continuous residence, a reply dated before
 * the request it answers, an acceptance and a rejection on the same day, and the like. Migratiekit never picks one of
 * them silently.
 *
 * <p>{@link #field()} names the later of the two facts in the case (e.g. {@code "entries[2].date"}), {@link
 * #otherField()} the one it conflicts with; the message names both, the rule and its article, never personal data.
 */
public final class ConflictingFactsException extends InvalidCaseException {
    private static final long serialVersionUID = 1L;

    /** The path of the fact the offending one conflicts with. */
    private final String otherField;

    /**
     * Creates the exception.
     *
     * @param field the path of the offending fact, e.g. {@code "entries[2].date"}
     * @param otherField the path of the fact it conflicts with, e.g. {@code "entries[0].date"}
     * @param rule why the two cannot stand together, citing the article
     */
    public ConflictingFactsException(String field, String otherField, String rule) {
        super(field, "conflicts with " + otherField + ": " + rule);
        this.otherField = otherField;
    }

    /**
     * Returns the path of the fact the offending one conflicts with.
     *
     * @return the other field's path, never empty
     */
    public String otherField() {
        return otherField;
    }
}
