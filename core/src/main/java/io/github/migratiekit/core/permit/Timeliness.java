package io.github.migratiekit.core.permit;

import io.github.migratiekit.core.legal.Explanation;

/**
 * Whether something was done in time, with the reasons.
 *
 * @param timely true if in time
 * @param explanation the steps and their sources
 */
public record Timeliness(boolean timely, Explanation explanation) {}
