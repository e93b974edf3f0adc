package io.github.migratiekit.statistics.dataset;

import io.github.migratiekit.core.InvalidInputException;

/**
 * Thrown when a dataset, an observation, a value or a computation input breaks a rule: a missing source, a duplicate
 * observation key, a malformed value token, units that do not match in a sum. The field names the dataset and the
 * key, e.g. {@code "svm2024-fig66.observations[2023|outcome=granted|decisions]"}.
 */
public class InvalidDatasetException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the dataset id and the path of the offending element
     * @param rule the rule that was broken
     */
    public InvalidDatasetException(String field, String rule) {
        super(field, rule);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param field the dataset id and the path of the offending element
     * @param rule the rule that was broken
     * @param cause the underlying failure
     */
    public InvalidDatasetException(String field, String rule, Throwable cause) {
        super(field, rule, cause);
    }
}
