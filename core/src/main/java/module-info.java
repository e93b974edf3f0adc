/**
 * Migratiekit core: shared vocabulary and Dutch national rules.
 *
 * <p>Exceptions, legal sources and explanations, JSON support, and legal time (the Atw calendar, deadline calculi,
 * suspensions and extensions, procedure terms as dated data).
 */
@SuppressWarnings("module") // the qualified export names modules that are compiled after this one
module io.github.migratiekit.core {
    requires transitive org.jspecify;
    requires transitive org.threeten.extra;
    requires transitive tools.jackson.databind;
    requires de.siegmar.fastcsv;

    exports io.github.migratiekit.core;
    exports io.github.migratiekit.core.housing;
    exports io.github.migratiekit.core.json;
    exports io.github.migratiekit.core.legal;
    exports io.github.migratiekit.core.time;
    exports io.github.migratiekit.core.identity;
    exports io.github.migratiekit.core.permit;
    exports io.github.migratiekit.core.procedure;
    // internal, not API: shared with Migratiekit's own modules only
    exports io.github.migratiekit.core.csv to
            io.github.migratiekit.eurules,
            io.github.migratiekit.statistics;
    exports io.github.migratiekit.core.internal to
            io.github.migratiekit.eurules,
            io.github.migratiekit.statistics;

    opens io.github.migratiekit.core.housing to
            tools.jackson.databind;
    opens io.github.migratiekit.core.legal to
            tools.jackson.databind;
    opens io.github.migratiekit.core.time to
            tools.jackson.databind;
    opens io.github.migratiekit.core.identity to
            tools.jackson.databind;
    opens io.github.migratiekit.core.permit to
            tools.jackson.databind;
    opens io.github.migratiekit.core.procedure to
            tools.jackson.databind;

    provides tools.jackson.databind.JacksonModule with
            io.github.migratiekit.core.json.CoreJacksonModule;
}
