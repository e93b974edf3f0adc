/**
 * QuickTheories generators for the Dublin types ({@link io.github.migratiekit.eurules.dublin.testing.DublinGenerators}),
 * shipped in the eu-rules test-jar for testers who add properties.
 */
@NullMarked
package io.github.migratiekit.eurules.dublin.testing;

import org.jspecify.annotations.NullMarked;
