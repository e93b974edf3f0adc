package io.github.migratiekit.eurules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.testing.NullCalls;
import io.github.migratiekit.core.testing.Samples;
import io.github.migratiekit.eurules.dublin.Applicant;
import io.github.migratiekit.eurules.dublin.Application;
import io.github.migratiekit.eurules.dublin.DublinCase;
import io.github.migratiekit.eurules.dublin.Entry;
import io.github.migratiekit.eurules.dublin.MemberState;
import io.github.migratiekit.eurules.json.EuRulesJacksonModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * This module's API is null-free at run time: every public constructor, static factory and builder method of every
 * type in an exported package refuses {@code null} with an {@link InvalidInputException} naming the field.
 */
class NullFreeApiTest {

    @Test
    void everyPublicConstructorFactoryAndBuilderRefusesNull() {
        List<Class<?>> types = NullCalls.exportedTypes(EuRulesJacksonModule.class);
        assertThat(types).hasSizeGreaterThan(10);
        List<NullCalls.Result> results = NullCalls.callAll(
                types,
                new Samples()
                        .with(Applicant.class, () -> Applicant.of(LocalDate.of(1990, 5, 1), "SY", false))
                        .with(MemberState.class, () -> MemberState.NL));
        assertThat(results).hasSizeGreaterThan(100);
        assertThat(results)
                .allSatisfy(r -> assertThat(r.outcome()).as(r.toString()).isEqualTo(NullCalls.Outcome.REFUSED));
    }

    @Test
    void theCallsThatBuiltValuesBeforeAreRefused() {
        assertThatThrownBy(() -> Application.of(null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("application.state: must not be null");
        assertThatThrownBy(() -> Entry.of(MemberState.GR, null, Entry.Kind.IRREGULAR_CROSSING))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("entry.date: must not be null");
        List<Entry> withNull = new ArrayList<>();
        withNull.add(Entry.of(MemberState.GR, LocalDate.of(2025, 1, 10), Entry.Kind.IRREGULAR_CROSSING));
        withNull.add(null);
        DublinCase c = DublinCase.of(
                Applicant.of(LocalDate.of(1990, 5, 1), "SY", false),
                Application.of(MemberState.NL, LocalDate.of(2025, 3, 10)));
        assertThatThrownBy(() -> new DublinCase(
                        c.applicant(),
                        c.application(),
                        List.of(),
                        List.of(),
                        List.of(),
                        withNull,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("dublinCase.entries[1]: must not be null");
        assertThatThrownBy(() -> c.toBuilder().entry(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("dublinCase.entry: must not be null");
    }
}
