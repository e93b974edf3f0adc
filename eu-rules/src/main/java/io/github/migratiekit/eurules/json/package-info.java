/**
 * JSON support for the EU-rules module: the Jackson 3 module that {@code JsonMapper.builder().findAndAddModules()}
 * discovers, so that Member States can key maps (e.g. per-State counts) with the same parsing and errors as values.
 */
@NullMarked
package io.github.migratiekit.eurules.json;

import org.jspecify.annotations.NullMarked;
