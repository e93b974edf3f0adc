/**
 * The computations practitioners do on sourced datasets — totals, year-on-year change, shares, the two grant-rate
 * definitions, per-capita rates, rebasing across a series break — carried out in interval arithmetic so that rounded
 * and disclosure-controlled inputs never produce falsely exact answers; and the consistency check that separates real
 * errors in a source from rounding noise.
 */
@NullMarked
package io.github.migratiekit.statistics.analysis;

import org.jspecify.annotations.NullMarked;
