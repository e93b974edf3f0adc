package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.InvalidInputException;

/**
 * Thrown by {@link GrantRates#forYear} when the grant rate under the asked definition is not computable from the
 * dataset that covers the year (e.g. the EU definition from a national table that counts Dublin decisions among the
 * rejections). {@link GrantRates#evaluate} returns the same answer as a {@link GrantRateResult.NotComputable}.
 */
public class GrantRateNotComputableException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final transient GrantRateResult.NotComputable result;

    /**
     * Creates the exception.
     *
     * @param result the typed refusal
     */
    public GrantRateNotComputableException(GrantRateResult.NotComputable result) {
        super(
                "--definition",
                result.definition().name().toLowerCase(java.util.Locale.ROOT) + " is not computable for "
                        + result.year() + " from " + result.datasetId() + ": " + result.reason());
        this.result = result;
    }

    /**
     * Returns the typed refusal.
     *
     * @return the result
     */
    public GrantRateResult.NotComputable result() {
        return result;
    }
}
