/**
 * Legal sources and explanations: every Migratiekit result says which rule produced it.
 *
 * <p>A {@link io.github.migratiekit.core.legal.LegalSource} names an instrument, an article and the version that was
 * applied; an {@link io.github.migratiekit.core.legal.Explanation} is the ordered list of steps a computation took,
 * each with its source.
 */
@NullMarked
package io.github.migratiekit.core.legal;

import org.jspecify.annotations.NullMarked;
