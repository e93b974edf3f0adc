package io.github.migratiekit.statistics.json;

import io.github.migratiekit.core.json.CoreJacksonModule;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import java.util.List;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson 3 module of the statistics module: reads {@link StatPeriod} map keys from their text form ({@code "2023"},
 * {@code "2023-H1"}, {@code "2023-Q2"}, {@code "2023-05"}), so that a series keyed by period round-trips. Values
 * themselves carry their JSON form as annotations ({@code Value} as a compact token, {@code StatPeriod} as text).
 *
 * <p>Discovered by {@code JsonMapper.builder().findAndAddModules()}; immutable and thread-safe.
 */
public final class StatisticsJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public StatisticsJacksonModule() {
        super("migratiekit-statistics");
        addKeyDeserializer(StatPeriod.class, new PeriodKeyDeserializer());
    }

    /**
     * Returns core's module, which makes Migratiekit's types strict whichever mapper reads them: registering this
     * module alone also registers it.
     *
     * @return core's Jackson module
     */
    @Override
    public Iterable<? extends JacksonModule> getDependencies() {
        return List.of(new CoreJacksonModule());
    }

    private static final class PeriodKeyDeserializer extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            return StatPeriod.parse(key);
        }
    }
}
