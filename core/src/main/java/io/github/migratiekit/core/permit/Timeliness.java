package io.github.migratiekit.core.permit;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;

/**
 * Whether something was done in time, with the reasons.
 *
 * @param timely true if in time
 * @param explanation the steps and their sources
 */
public record Timeliness(boolean timely, Explanation explanation) {

    /**
     * Refuses a {@code null} value.
     *
     * @param timely true if in time
     * @param explanation the steps and their sources
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public Timeliness {
        Checks.nonNull(explanation, "timeliness.explanation");
    }
}
