package io.github.migratiekit.eurules.json;

import io.github.migratiekit.core.json.CoreJacksonModule;
import io.github.migratiekit.eurules.dublin.MemberState;
import java.util.List;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson 3 module of the EU-rules module: reads {@link MemberState} map keys with {@link MemberState#parse(String,
 * String)}, so that keys accept the same codes as values ({@code "de"}, {@code "EL"} for Greece) and an unknown code
 * is the same typed error naming the field. Values carry their JSON form as annotations.
 *
 * <p>Discovered by {@code JsonMapper.builder().findAndAddModules()}; immutable and thread-safe.
 */
public final class EuRulesJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public EuRulesJacksonModule() {
        super("migratiekit-eu-rules");
        addKeyDeserializer(MemberState.class, new MemberStateKeyDeserializer());
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

    private static final class MemberStateKeyDeserializer extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            return MemberState.parse("memberState (map key)", key);
        }
    }
}
