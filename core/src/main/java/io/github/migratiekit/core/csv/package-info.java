/**
 * Internal, not API: CSV fields, splitting and quoting one line of a comma- (or semicolon-) separated table with RFC
 * 4180 quoting, on FastCSV ({@code de.siegmar:fastcsv}). Used by every module that reads or writes tables (population
 * tables, realisation files, datasets, batch stays); streaming readers use FastCSV directly. The module exports this
 * package only to Migratiekit's own modules; it may change in any release.
 */
@NullMarked
package io.github.migratiekit.core.csv;

import org.jspecify.annotations.NullMarked;
