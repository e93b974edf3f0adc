/**
 * Test support for the Schengen short-stay rule, shipped in the eu-rules test-jar: QuickTheories generators
 * ({@link io.github.migratiekit.eurules.schengen.testing.SchengenGenerators}) and the naive day-set oracle
 * ({@link io.github.migratiekit.eurules.schengen.testing.NaiveShortStay}).
 */
@NullMarked
package io.github.migratiekit.eurules.schengen.testing;

import org.jspecify.annotations.NullMarked;
