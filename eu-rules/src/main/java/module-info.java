/** Migratiekit eu-rules. */
module io.github.migratiekit.eurules {
    requires transitive io.github.migratiekit.core;
    requires static org.immutables.value.annotations;

    exports io.github.migratiekit.eurules.dublin;

    opens io.github.migratiekit.eurules.dublin to
            tools.jackson.databind;
}
