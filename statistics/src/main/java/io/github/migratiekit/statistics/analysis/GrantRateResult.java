package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;

/**
 * The answer to "what was the grant rate in year Y under definition D": either the {@link GrantRate rate}, or a
 * typed refusal saying why the bundled data cannot give it. Immutable.
 */
public sealed interface GrantRateResult permits GrantRate, GrantRateResult.NotComputable {
    /**
     * Returns the year asked for.
     *
     * @return the year
     */
    int year();

    /**
     * Returns the definition asked for.
     *
     * @return the definition
     */
    GrantRateDefinition definition();

    /**
     * Returns the dataset the answer rests on.
     *
     * @return the dataset id
     */
    String datasetId();

    /**
     * The grant rate under this definition is not computable from the dataset that covers the year.
     *
     * @param year the year
     * @param definition the definition asked for
     * @param datasetId the dataset that covers the year
     * @param reason why the dataset cannot give the rate under this definition
     * @param explanation the steps, each with its source
     */
    record NotComputable(
            int year, GrantRateDefinition definition, String datasetId, String reason, Explanation explanation)
            implements GrantRateResult {

        /**
         * Refuses a {@code null} value.
         *
         * @param year the year
         * @param definition the definition asked for
         * @param datasetId the dataset that covers the year
         * @param reason why the dataset cannot give the rate under this definition
         * @param explanation the steps, each with its source
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public NotComputable {
            Checks.nonNull(definition, "notComputable.definition");
            Checks.nonNull(datasetId, "notComputable.datasetId");
            Checks.nonNull(reason, "notComputable.reason");
            Checks.nonNull(explanation, "notComputable.explanation");
        }
    }
}
