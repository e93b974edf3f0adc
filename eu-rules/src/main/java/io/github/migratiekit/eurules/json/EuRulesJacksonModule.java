package io.github.migratiekit.eurules.json;

import io.github.migratiekit.eurules.dublin.MemberState;
import tools.jackson.databind.DeserializationContext;
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

    private static final class MemberStateKeyDeserializer extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            return MemberState.parse("memberState (map key)", key);
        }
    }
}
