/**
 * Kinds of residence, purposes of stay (verblijfsdoelen), residence permits and their queries, short-stay visas and
 * the mvv (machtiging tot voorlopig verblijf) with its collection and entry periods.
 *
 * <p>Every constant carries its Dutch label and legal source; where a source could not be checked against the
 * official text, the source carries a note saying so.
 */
@NullMarked
package io.github.migratiekit.core.permit;

import org.jspecify.annotations.NullMarked;
