/**
 * CSV fields: splitting and quoting one line of a comma- (or semicolon-) separated table with RFC 4180 quoting, on
 * FastCSV ({@code de.siegmar:fastcsv}). Used by every module that reads or writes tables (population tables,
 * realisation files, datasets, batch stays); streaming readers use FastCSV directly.
 */
@NullMarked
package io.github.migratiekit.core.csv;

import org.jspecify.annotations.NullMarked;
