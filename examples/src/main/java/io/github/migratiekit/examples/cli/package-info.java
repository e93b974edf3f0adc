/**
 * The {@code migratiekit} command line: one picocli subcommand per capability, human-readable text by default and
 * one JSON object with {@code --json}; exit code 0 on success, 2 with a one-line message on bad input.
 */
@NullMarked
package io.github.migratiekit.examples.cli;

import org.jspecify.annotations.NullMarked;
