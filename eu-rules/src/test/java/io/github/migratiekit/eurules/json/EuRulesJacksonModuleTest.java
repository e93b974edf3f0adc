package io.github.migratiekit.eurules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.eurules.dublin.MemberState;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

class EuRulesJacksonModuleTest {
    private static final TypeReference<EnumMap<MemberState, Integer>> PER_STATE = new TypeReference<>() {};

    @Test
    void isDiscoveredAndReadsMemberStateKeysLikeValues() {
        assertThat(Json.mapper().registeredModules())
                .anySatisfy(m -> assertThat(m).isInstanceOf(EuRulesJacksonModule.class));
        Map<MemberState, Integer> m = Json.mapper().readValue("{\"de\": 3, \"EL\": 2}", PER_STATE);
        assertThat(m).containsEntry(MemberState.DE, 3).containsEntry(MemberState.GR, 2);
        Map<MemberState, Integer> counts = new EnumMap<>(MemberState.class);
        counts.put(MemberState.NL, 1);
        assertThat(Json.mapper().readValue(Json.write(counts), PER_STATE)).isEqualTo(counts);
    }

    @Test
    void anUnknownKeyIsATypedErrorNamingTheField() {
        assertThatThrownBy(() -> Json.mapper().readValue("{\"XX\": 1}", PER_STATE))
                .hasMessageContaining("XX")
                .hasMessageContaining("memberState");
    }
}
