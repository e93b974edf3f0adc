/**
 * Typed, sourced migration datasets: where each figure comes from ({@link
 * io.github.migratiekit.statistics.dataset.SourceRef}), what it counts ({@link
 * io.github.migratiekit.statistics.dataset.Observation}), how exact it is ({@link
 * io.github.migratiekit.statistics.dataset.Value}: exact, rounded, disclosure-controlled or corrected), the
 * arithmetic relations the source prints ({@link io.github.migratiekit.statistics.dataset.Relation}), and the
 * bundled {@link io.github.migratiekit.statistics.dataset.Catalogue} transcribed from the seed documents and public
 * CBS and Eurostat tables.
 */
@NullMarked
package io.github.migratiekit.statistics.dataset;

import org.jspecify.annotations.NullMarked;
