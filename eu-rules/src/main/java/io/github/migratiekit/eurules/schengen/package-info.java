/**
 * The Schengen short-stay rule: 90 days in any 180-day period (Schengen Borders Code, Reg. (EU) 2016/399 art. 6(1)),
 * with Schengen membership as dated data, excluded periods (residence permits, long-stay visas), control and planning
 * queries, the whole-history check, the older rules that still apply to some nationalities, and a batch API over
 * primitive columns for Entry/Exit-System volumes.
 *
 * <p>Start with {@link io.github.migratiekit.eurules.schengen.ShortStayCalculator#standard()}.
 */
@NullMarked
package io.github.migratiekit.eurules.schengen;

import org.jspecify.annotations.NullMarked;
