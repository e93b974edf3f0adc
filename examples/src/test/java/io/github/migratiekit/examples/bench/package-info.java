/** Measurement programs for the command line (run by hand, see docs/performance.md); not tests. */
@NullMarked
package io.github.migratiekit.examples.bench;

import org.jspecify.annotations.NullMarked;
