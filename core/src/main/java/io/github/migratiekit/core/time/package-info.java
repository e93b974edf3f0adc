/**
 * Legal time: working-day calendars (the Algemene termijnenwet calendar), the calculi by which terms are counted
 * (Dutch statutory terms, EU Regulation 1182/71, Dublin III art. 42), suspensions and extensions, and procedure
 * terms as dated data.
 */
@NullMarked
package io.github.migratiekit.core.time;

import org.jspecify.annotations.NullMarked;
