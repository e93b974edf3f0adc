/**
 * Internal helpers shared by the Migratiekit modules; exported only to them, not part of the API.
 */
@NullMarked
package io.github.migratiekit.core.internal;

import org.jspecify.annotations.NullMarked;
