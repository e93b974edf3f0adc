/** The example programs, one per capability, and the tour that runs them in order. */
@NullMarked
package io.github.migratiekit.examples.tour;

import org.jspecify.annotations.NullMarked;
