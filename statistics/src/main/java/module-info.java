/** Migratiekit statistics. */
module io.github.migratiekit.statistics {
    requires transitive io.github.migratiekit.core;
    requires static org.immutables.value.annotations;
}
