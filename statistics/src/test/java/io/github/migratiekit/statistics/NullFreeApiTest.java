package io.github.migratiekit.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.testing.NullCalls;
import io.github.migratiekit.core.testing.Samples;
import io.github.migratiekit.statistics.dataset.Catalogue;
import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.json.StatisticsJacksonModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * This module's API is null-free at run time: every public constructor, static factory and builder method of every
 * type in an exported package refuses {@code null} with an {@link InvalidInputException} naming the field.
 */
class NullFreeApiTest {

    @Test
    void everyPublicConstructorFactoryAndBuilderRefusesNull() {
        List<Class<?>> types = NullCalls.exportedTypes(StatisticsJacksonModule.class);
        assertThat(types).hasSizeGreaterThan(10);
        List<NullCalls.Result> results =
                NullCalls.callAll(types, new Samples().with(Dataset.class, () -> Catalogue.standard()
                        .datasets()
                        .get(0)));
        assertThat(results).hasSizeGreaterThan(100);
        assertThat(results)
                .allSatisfy(r -> assertThat(r.outcome()).as(r.toString()).isEqualTo(NullCalls.Outcome.REFUSED));
    }
}
