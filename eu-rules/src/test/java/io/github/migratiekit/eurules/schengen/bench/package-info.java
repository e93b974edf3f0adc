/** JMH benchmarks of the Schengen short-stay rule against the naive oracle, and of the batch API. */
@NullMarked
package io.github.migratiekit.eurules.schengen.bench;

import org.jspecify.annotations.NullMarked;
