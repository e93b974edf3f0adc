/** Migratiekit eu-rules. */
module io.github.migratiekit.eurules {
    requires transitive io.github.migratiekit.core;

    exports io.github.migratiekit.eurules.dublin;
    exports io.github.migratiekit.eurules.schengen;
    exports io.github.migratiekit.eurules.json;

    opens io.github.migratiekit.eurules.dublin to
            tools.jackson.databind;
    opens io.github.migratiekit.eurules.schengen to
            tools.jackson.databind;

    provides tools.jackson.databind.JacksonModule with
            io.github.migratiekit.eurules.json.EuRulesJacksonModule;
}
