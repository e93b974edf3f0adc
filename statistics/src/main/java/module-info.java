/**
 * Migratiekit statistics: typed, sourced migration datasets and the computations practitioners do on them.
 */
module io.github.migratiekit.statistics {
    requires transitive io.github.migratiekit.core;

    exports io.github.migratiekit.statistics.dataset;
    exports io.github.migratiekit.statistics.analysis;
    exports io.github.migratiekit.statistics.json;

    opens io.github.migratiekit.statistics.dataset to
            tools.jackson.databind;
    opens io.github.migratiekit.statistics.analysis to
            tools.jackson.databind;

    provides tools.jackson.databind.JacksonModule with
            io.github.migratiekit.statistics.json.StatisticsJacksonModule;
}
