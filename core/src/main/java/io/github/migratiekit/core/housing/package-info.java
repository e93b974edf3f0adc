/**
 * Taakstelling and Spreidingswet: apportioning a national number of status holders to be housed (Huisvestingswet 2014
 * art. 28 ff.), or of asylum reception places (Spreidingswet), over the municipalities in proportion to their
 * inhabitants; the half-year periods with their announcement date and permit window; the carry-over of backlogs and
 * leads; realisation per municipality and province; and the province's intervention ladder.
 *
 * <p>The apportionment method is always explicit ({@link io.github.migratiekit.core.housing.ApportionmentMethod}):
 * the official rounding practice is not published, so nothing here picks one silently.
 */
@NullMarked
package io.github.migratiekit.core.housing;

import org.jspecify.annotations.NullMarked;
