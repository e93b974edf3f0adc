package io.github.migratiekit.statistics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.json.InvalidJsonException;
import io.github.migratiekit.core.json.testing.JsonReaders;
import io.github.migratiekit.statistics.dataset.Interval;
import io.github.migratiekit.statistics.dataset.InvalidDatasetException;
import io.github.migratiekit.statistics.dataset.Observation;
import io.github.migratiekit.statistics.dataset.Relation;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import io.github.migratiekit.statistics.dataset.Value;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The statistics types are strict whichever mapper reads them, and errors name the JSON path. */
class StrictJsonTest {
    private static final String OBSERVATION = "{\"period\": \"2015\", \"dimensions\": {\"ground\": \"refugee_status\"},"
            + " \"measure\": \"positive_decisions\", \"unit\": \"DECISIONS\", \"value\": \"6660~5\", \"note\": null}";

    @ParameterizedTest
    @EnumSource(JsonReaders.class)
    void theWellFormedDocumentsAreRead(JsonReaders reader) {
        // CBS StatLine 85400NED: 6 660 positive decisions on refugee status in 2015, rounded to fives
        Observation o = reader.read(OBSERVATION, Observation.class);
        assertThat(o.period()).isEqualTo(StatPeriod.year(2015));
        assertThat(o.dimensions()).containsEntry("ground", "refugee_status");
        assertThat(o.value()).isEqualTo(Value.rounded(new BigDecimal("6660"), new BigDecimal("5")));
        assertThat(reader.read("{\"lo\": 1, \"hi\": 2.5}", Interval.class)).isEqualTo(new Interval(1, 2.5));
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                bad(Interval.class, "{\"lo\": 1, \"hi\": 2, \"lo\": 0}", "$.lo"),
                bad(Interval.class, "{\"lo\": \"1\", \"hi\": 2}", "$.lo"),
                bad(Interval.class, "{\"lo\": 1, \"high\": 2}", "$.high"),
                bad(Interval.class, "null", "$"),
                bad(Observation.class, OBSERVATION.replace("\"measure\"", "\"measures\""), "$.measures"),
                bad(Observation.class, OBSERVATION.replace("\"2015\"", "2015"), "$.period"),
                bad(Observation.class, OBSERVATION.replace("\"DECISIONS\"", "3"), "$.unit"),
                // a duplicate key in a map held by an observation: neither coordinate silently wins
                bad(
                        Observation.class,
                        OBSERVATION.replace(
                                "{\"ground\": \"refugee_status\"}",
                                "{\"ground\": \"refugee_status\", \"ground\": \"total\"}"),
                        "$.dimensions.ground"),
                bad(Observation.class, OBSERVATION.replace("\"refugee_status\"", "1"), "$.dimensions.ground"),
                bad(Observation.class, OBSERVATION + OBSERVATION, "$"),
                bad(Observation.class, "null", "$"),
                bad(Observation.class, OBSERVATION.replace("\"measure\": \"positive_decisions\",", ""), "$.measure"),
                bad(Value.class, "null", "$"),
                bad(StatPeriod.class, "null", "$"),
                bad(StatPeriod.class, "2015", "$"),
                bad(Relation.class, "{\"type\": \"mean\", \"type\": \"linear\"}", "$.type"),
                bad(Relation.class, "null", "$"));
    }

    private static Arguments bad(Class<?> type, String json, String path) {
        return Arguments.of(type, json, path);
    }

    static Stream<Arguments> everyReaderAndBadDocument() {
        return badDocuments().flatMap(a -> Stream.of(JsonReaders.values())
                .map(r -> Arguments.of(r, a.get()[0], a.get()[1], a.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("everyReaderAndBadDocument")
    void everyReaderRefusesTheDocumentNamingThePath(JsonReaders reader, Class<?> type, String json, String path) {
        assertThatThrownBy(() -> reader.read(json, type))
                .isInstanceOf(InvalidJsonException.class)
                .satisfies(e -> assertThat(((InvalidJsonException) e).field()).isEqualTo(path));
    }

    @ParameterizedTest
    @EnumSource(JsonReaders.class)
    void aConstructorsRefusalKeepsTheLibrarysExceptionAndTheJsonPath(JsonReaders reader) {
        assertThatThrownBy(() -> reader.read("{\"lo\": 3, \"hi\": 2}", Interval.class))
                .isInstanceOf(InvalidJsonException.class)
                .satisfies(e -> {
                    InvalidJsonException ije = (InvalidJsonException) e;
                    assertThat(ije.field()).isEqualTo("$.hi");
                    assertThat(ije.rule()).startsWith("interval.hi: ");
                    assertThat(ije.getCause()).isInstanceOf(InvalidDatasetException.class);
                });
        // a number too large for a double is infinite, and an interval's bounds must be finite
        assertThatThrownBy(() -> reader.read("{\"lo\": 1e400, \"hi\": 2}", Interval.class))
                .isInstanceOf(InvalidJsonException.class)
                .satisfies(e -> assertThat(((InvalidJsonException) e).field()).isEqualTo("$"))
                .hasCauseInstanceOf(InvalidDatasetException.class);
    }
}
