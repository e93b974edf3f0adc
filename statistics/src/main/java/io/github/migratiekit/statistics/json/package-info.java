/**
 * JSON support for the statistics module: the Jackson 3 module that {@code JsonMapper.builder().findAndAddModules()}
 * discovers, so that statistics values can also be used as map keys (e.g. a series {@code Map<StatPeriod, Value>}).
 */
@NullMarked
package io.github.migratiekit.statistics.json;

import org.jspecify.annotations.NullMarked;
