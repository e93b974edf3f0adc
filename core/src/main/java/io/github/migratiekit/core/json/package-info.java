/**
 * JSON support: the Jackson 3 module for core's value types and a small facade that turns Jackson's failures into
 * {@link io.github.migratiekit.core.json.InvalidJsonException}s naming the JSON path.
 *
 * <p>{@code JsonMapper.builder().findAndAddModules().build()} discovers {@link
 * io.github.migratiekit.core.json.CoreJacksonModule} (and the modules of the other Migratiekit modules) through
 * {@link java.util.ServiceLoader}.
 */
@NullMarked
package io.github.migratiekit.core.json;

import org.jspecify.annotations.NullMarked;
