/** QuickTheories generators of command-line option values, for the command line's contract tests. */
@NullMarked
package io.github.migratiekit.examples.cli.testing;

import org.jspecify.annotations.NullMarked;
