package io.github.migratiekit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.json.testing.JsonReaders;
import io.github.migratiekit.core.permit.ShortStayVisa;
import io.github.migratiekit.core.procedure.ProcedureCase;
import io.github.migratiekit.core.procedure.ProcedureEvent;
import io.github.migratiekit.core.time.Suspension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;

/**
 * Core's types are strict whichever mapper reads them: the library's facade and mapper, and a user's mapper with
 * Jackson 3's lenient defaults, refuse the same documents with an error naming the JSON path.
 */
class StrictJsonTest {
    private static final String CASE = "{\"kind\": \"ASYLUM\", \"events\": [%s]}";
    private static final String LODGED = "{\"type\": \"application-lodged\", \"date\": \"2024-03-04\"}";
    private static final String VISA =
            "{\"validity\": {\"start\": \"2024-01-01\", \"endInclusive\": \"2024-03-31\"}, \"durationOfStay\": %s,"
                    + " \"entries\": \"MULTIPLE\"}";

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                // an unknown property: a misspelt field is not silently dropped
                bad(ProcedureCase.class, "{\"kind\": \"ASYLUM\", \"event\": []}", "$.event"),
                bad(
                        ProcedureCase.class,
                        CASE.formatted(
                                "{\"type\": \"registered\", \"date\": \"2024-03-04\", \"outcome\": \"GRANTED\"}"),
                        "$.events[0].outcome"),
                // a duplicate key: neither copy silently wins
                bad(ProcedureCase.class, "{\"kind\": \"ASYLUM\", \"kind\": \"REGULAR\", \"events\": []}", "$.kind"),
                bad(
                        ProcedureCase.class,
                        CASE.formatted(
                                "{\"type\": \"registered\", \"date\": \"2024-03-04\", \"date\": \"2024-05-04\"}"),
                        "$.events[0].date"),
                bad(
                        ProcedureCase.class,
                        CASE.formatted("{\"type\": \"registered\", \"date\": \"2024-03-04\", \"type\": \"entered\"}"),
                        "$.events[0].type"),
                bad(
                        ShortStayVisa.class,
                        "{\"validity\": {\"start\": \"2024-01-01\", \"start\": \"2024-02-01\","
                                + " \"endInclusive\": \"2024-03-31\"}, \"durationOfStay\": 30, \"entries\": \"SINGLE\"}",
                        "$.validity.start"),
                bad(
                        ShortStayVisa.class,
                        "{\"validity\": {\"start\": \"2024-01-01\", \"end\": \"2024-02-01\","
                                + " \"endInclusive\": \"2024-03-31\"}, \"durationOfStay\": 30, \"entries\": \"SINGLE\"}",
                        "$.validity.end"),
                // a number for an enum
                bad(ProcedureCase.class, "{\"kind\": 0, \"events\": []}", "$.kind"),
                bad(
                        ProcedureCase.class,
                        CASE.formatted("{\"type\": \"decided\", \"date\": \"2024-03-04\", \"outcome\": 1}"),
                        "$.events[0].outcome"),
                // a number, a date-time or a blank for a date
                bad(
                        ProcedureCase.class,
                        CASE.formatted("{\"type\": \"registered\", \"date\": 19786}"),
                        "$.events[0].date"),
                bad(
                        ProcedureCase.class,
                        CASE.formatted("{\"type\": \"registered\", \"date\": \"2024-03-04T23:30:00Z\"}"),
                        "$.events[0].date"),
                bad(
                        ProcedureCase.class,
                        CASE.formatted("{\"type\": \"registered\", \"date\": \"\"}"),
                        "$.events[0].date"),
                bad(
                        ShortStayVisa.class,
                        "{\"validity\": {\"start\": 19723, \"endInclusive\": \"2024-03-31\"},"
                                + " \"durationOfStay\": 30, \"entries\": \"SINGLE\"}",
                        "$.validity.start"),
                // a fraction, a string or a boolean for an int
                bad(ShortStayVisa.class, VISA.formatted("30.5"), "$.durationOfStay"),
                bad(ShortStayVisa.class, VISA.formatted("\"30\""), "$.durationOfStay"),
                bad(ShortStayVisa.class, VISA.formatted("true"), "$.durationOfStay"),
                // a number for a boolean, a number for text
                bad(
                        ProcedureCase.class,
                        CASE.formatted("{\"type\": \"application-lodged\", \"date\": \"2024-03-04\", \"withMvv\": 1}"),
                        "$.events[0].withMvv"),
                bad(
                        ProcedureCase.class,
                        CASE.formatted("{\"type\": \"application-lodged\", \"date\": \"2024-03-04\", \"purpose\": 3}"),
                        "$.events[0].purpose"),
                // the JSON null document
                bad(ProcedureCase.class, "null", "$"),
                bad(ProcedureEvent.class, "null", "$"),
                bad(Suspension.class, "null", "$"),
                // a missing or null required value: the constructor refuses it, whichever mapper reads
                bad(ProcedureCase.class, "{\"events\": []}", "$.kind"),
                bad(ProcedureCase.class, CASE.formatted("{\"type\": \"registered\"}"), "$.events[0].date"),
                bad(
                        ProcedureCase.class,
                        CASE.formatted("{\"type\": \"registered\", \"date\": null}"),
                        "$.events[0].date"),
                bad(ProcedureCase.class, "{\"kind\": \"ASYLUM\", \"events\": [null]}", "$.events[0]"));
    }

    private static Arguments bad(Class<?> type, String json, String path) {
        return Arguments.of(type, json, path);
    }

    static Stream<Arguments> everyReaderAndBadDocument() {
        return badDocuments().flatMap(a -> Stream.of(JsonReaders.values())
                .map(r -> Arguments.of(r, a.get()[0], a.get()[1], a.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("everyReaderAndBadDocument")
    void everyReaderRefusesTheDocumentNamingThePath(JsonReaders reader, Class<?> type, String json, String path) {
        assertThatThrownBy(() -> reader.read(json, type))
                .isInstanceOf(InvalidJsonException.class)
                .satisfies(e -> assertThat(((InvalidJsonException) e).field()).isEqualTo(path));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void theGoodDocumentsNextToThemAreRead(JsonReaders reader) {
        ProcedureCase c = reader.read(CASE.formatted(LODGED), ProcedureCase.class);
        assertThat(c.events())
                .containsExactly(new ProcedureEvent.ApplicationLodged(
                        LocalDate.of(2024, 3, 4), java.util.Optional.empty(), java.util.Optional.empty()));
        ShortStayVisa v = reader.read(VISA.formatted("30"), ShortStayVisa.class);
        assertThat(v.durationOfStay()).isEqualTo(30);
        assertThat(v.validity().getEndInclusive()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void aConstructorsRefusalIsTheLibrarysExceptionWithTheJsonPath(JsonReaders reader) {
        // Awb art. 4:15: a suspension ends on or after the day it starts
        String json = "{\"start\": \"2024-03-10\", \"end\": \"2024-03-01\", \"ground\": \"INCOMPLETE_APPLICATION\"}";
        assertThatThrownBy(() -> reader.read(json, Suspension.class))
                .isInstanceOf(InvalidJsonException.class)
                .satisfies(e -> {
                    InvalidJsonException ije = (InvalidJsonException) e;
                    assertThat(ije.field()).isEqualTo("$.end");
                    assertThat(ije.rule()).startsWith("suspension.end: ");
                    assertThat(ije.getCause()).isInstanceOf(InvalidInputException.class);
                    assertThat(ije.getMessage()).doesNotContain("io.github").doesNotContain("DeserializationFeature");
                });
    }

    static Stream<JsonReaders> readers() {
        return Stream.of(JsonReaders.values());
    }

    @Test
    void theUserMapperReallyHasJacksonsLenientDefaultsForOtherTypes() {
        // without this, the tests above would prove nothing about a user's mapper
        assertThat(JsonReaders.userMapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .isFalse();
        assertThat(JsonReaders.userMapper().isEnabled(DeserializationFeature.ACCEPT_FLOAT_AS_INT))
                .isTrue();
        // types that are not Migratiekit's keep the user's settings: last duplicate wins, an epoch day is a date
        assertThat(JsonReaders.userMapper().readValue("{\"a\": 1, \"a\": 2}", Map.class))
                .isEqualTo(Map.of("a", 2));
        assertThat(JsonReaders.userMapper().readValue("19786", LocalDate.class)).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(JsonReaders.userMapper().readValue("null", List.class)).isNull();
    }

    @Test
    void jsonReadRefusesTheNullDocumentForEveryType() {
        assertThatThrownBy(() -> Json.read("null", Map.class))
                .isInstanceOf(InvalidJsonException.class)
                .satisfies(e -> assertThat(((InvalidJsonException) e).field()).isEqualTo("$"));
        assertThatThrownBy(() -> Json.read(new java.io.ByteArrayInputStream("null".getBytes()), List.class))
                .isInstanceOf(InvalidJsonException.class);
    }

    @Test
    void badSyntaxNamesTheLineAndColumn() {
        assertThatThrownBy(() -> Json.read("{\"kind\": \"ASYLUM\",\n \"events\" []}", ProcedureCase.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("line 2, column");
    }
}
