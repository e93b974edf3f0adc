/**
 * The {@code migratiekit} command line: one picocli subcommand per capability, human-readable text by default and
 * one JSON object with {@code --json}; exit code 0 on success, 2 on bad input with one line naming the option and the
 * value as typed (and when the output cannot be written), 1 only for a bug.
 */
@NullMarked
package io.github.migratiekit.examples.cli;

import org.jspecify.annotations.NullMarked;
