package io.github.migratiekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.identity.Bsn;
import io.github.migratiekit.core.identity.VNumber;
import io.github.migratiekit.core.json.CoreJacksonModule;
import io.github.migratiekit.core.procedure.ProcedureEvent;
import io.github.migratiekit.core.testing.NullCalls;
import io.github.migratiekit.core.testing.Samples;
import io.github.migratiekit.core.time.DeadlineRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Core's API is null-free at run time: every public constructor, static factory and builder method of every type in
 * an exported package refuses {@code null} with an {@link InvalidInputException} naming the field.
 */
class NullFreeApiTest {

    @Test
    void everyPublicConstructorFactoryAndBuilderRefusesNull() {
        List<Class<?>> types = NullCalls.exportedTypes(CoreJacksonModule.class);
        assertThat(types).hasSizeGreaterThan(50);
        Samples samples = new Samples()
                .with(VNumber.class, () -> VNumber.parse("1234567890"))
                // eleven-test: 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66, a multiple of 11
                .with(Bsn.class, () -> Bsn.parse("111222333"));
        List<NullCalls.Result> results = NullCalls.callAll(types, samples);
        assertThat(results).hasSizeGreaterThan(300);
        assertThat(results)
                .allSatisfy(r -> assertThat(r.outcome()).as(r.toString()).isEqualTo(NullCalls.Outcome.REFUSED));
    }

    @Test
    void theCallsThatBuiltValuesBeforeAreRefused() {
        assertThatThrownBy(() -> ProcedureEvent.ApplicationLodged.on(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("applicationLodged.date: must not be null");
        assertThatThrownBy(() -> DeadlineRequest.builder().start(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("start: must not be null");
    }
}
