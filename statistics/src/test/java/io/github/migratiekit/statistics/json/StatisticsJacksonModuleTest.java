package io.github.migratiekit.statistics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

class StatisticsJacksonModuleTest {

    @Test
    void isDiscoveredAndReadsPeriodKeys() {
        assertThat(Json.mapper().registeredModules())
                .anySatisfy(m -> assertThat(m).isInstanceOf(StatisticsJacksonModule.class));
        Map<StatPeriod, Integer> series = new TreeMap<>();
        series.put(StatPeriod.year(2022), 35_535);
        series.put(StatPeriod.parse("2023-H1"), 17_000);
        String json = Json.write(series);
        assertThat(json).contains("\"2022\"").contains("\"2023-H1\"");
        Map<StatPeriod, Integer> back =
                Json.mapper().readValue(json, new TypeReference<TreeMap<StatPeriod, Integer>>() {});
        assertThat(back).isEqualTo(series);
    }

    @Test
    void aBadPeriodKeyIsATypedError() {
        assertThatThrownBy(() -> Json.mapper()
                        .readValue("{\"2023-X9\": 1}", new TypeReference<TreeMap<StatPeriod, Integer>>() {}))
                .hasMessageContaining("2023-X9");
    }
}
