/**
 * Root of Migratiekit's core module: the exception hierarchy every module throws ({@link
 * io.github.migratiekit.core.MigratiekitException} and {@link io.github.migratiekit.core.InvalidInputException}).
 */
@NullMarked
package io.github.migratiekit.core;

import org.jspecify.annotations.NullMarked;
