package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;

/**
 * An asylum grant rate computed under a named definition, with the figures it rests on and an explanation citing the
 * definition and the table. Immutable.
 *
 * @param year the year
 * @param definition the definition
 * @param rate the rate in percent
 * @param granted the grants counted
 * @param rejected the rejections counted
 * @param nonSubstantive the non-substantive decisions counted (zero under the Eurostat definition)
 * @param datasetId the dataset the figures come from
 * @param explanation the steps, each with its source
 */
public record GrantRate(
        int year,
        GrantRateDefinition definition,
        Derived rate,
        Derived granted,
        Derived rejected,
        Derived nonSubstantive,
        String datasetId,
        Explanation explanation)
        implements GrantRateResult {

    /**
     * Refuses a {@code null} value.
     *
     * @param year the year
     * @param definition the definition
     * @param rate the rate in percent
     * @param granted the grants counted
     * @param rejected the rejections counted
     * @param nonSubstantive the non-substantive decisions counted (zero under the Eurostat definition)
     * @param datasetId the dataset the figures come from
     * @param explanation the steps, each with its source
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public GrantRate {
        Checks.nonNull(definition, "grantRate.definition");
        Checks.nonNull(rate, "grantRate.rate");
        Checks.nonNull(granted, "grantRate.granted");
        Checks.nonNull(rejected, "grantRate.rejected");
        Checks.nonNull(nonSubstantive, "grantRate.nonSubstantive");
        Checks.nonNull(datasetId, "grantRate.datasetId");
        Checks.nonNull(explanation, "grantRate.explanation");
    }
}
