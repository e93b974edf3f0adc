package io.github.migratiekit.eurules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.json.InvalidJsonException;
import io.github.migratiekit.core.json.testing.JsonReaders;
import io.github.migratiekit.eurules.dublin.Dublin;
import io.github.migratiekit.eurules.dublin.DublinCase;
import io.github.migratiekit.eurules.dublin.InvalidCaseException;
import io.github.migratiekit.eurules.dublin.MemberState;
import io.github.migratiekit.eurules.schengen.Stay;
import io.github.migratiekit.eurules.schengen.TravelHistory;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The EU-rules types are strict whichever mapper reads them. Before, a user's {@code findAndAddModules()} mapper
 * dropped a misspelt {@code "entrys"} and let a duplicate key win, and both changed the responsible State.
 */
class StrictJsonTest {
    private static final String APPLICANT =
            "\"applicant\": {\"dateOfBirth\": \"1990-01-01\", \"nationality\": \"SY\", \"unaccompanied\": false}";
    private static final String APPLICATION =
            "\"application\": {\"state\": \"NL\", \"registeredOn\": \"2025-03-10\", \"visaWaivedInThisState\": false}";
    private static final String GREEK_CROSSING = "{\"state\": \"GR\", \"date\": \"2025-01-10\","
            + " \"kind\": \"IRREGULAR_CROSSING\", \"toleratedByAuthorities\": false}";

    private static String dublinCase(String more) {
        return "{" + APPLICANT + ", " + APPLICATION + more + "}";
    }

    @ParameterizedTest
    @EnumSource(JsonReaders.class)
    void theWellFormedCaseMakesGreeceResponsible(JsonReaders reader) {
        // Dublin III art. 13(1): an irregular crossing into GR within 12 months before the application in NL
        DublinCase c = reader.read(dublinCase(", \"entries\": [" + GREEK_CROSSING + "]"), DublinCase.class);
        assertThat(Dublin.determine(c).responsibleState()).isEqualTo(MemberState.GR);
        // and without the crossing the State of application is responsible (art. 3(2))
        DublinCase none = reader.read(dublinCase(""), DublinCase.class);
        assertThat(Dublin.determine(none).responsibleState()).isEqualTo(MemberState.NL);
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                // a misspelt list would silently turn GR into NL
                bad(DublinCase.class, dublinCase(", \"entrys\": [" + GREEK_CROSSING + "]"), "$.entrys"),
                // a duplicate key: the second, empty list would silently win and turn GR into NL
                bad(
                        DublinCase.class,
                        dublinCase(", \"entries\": [" + GREEK_CROSSING + "], \"entries\": []"),
                        "$.entries"),
                bad(
                        DublinCase.class,
                        dublinCase(", \"entries\": ["
                                + GREEK_CROSSING.replace("\"state\": \"GR\"", "\"state\": \"GR\", \"state\": \"IT\"")
                                + "]"),
                        "$.entries[0].state"),
                bad(DublinCase.class, "{" + APPLICANT + ", " + APPLICANT + ", " + APPLICATION + "}", "$.applicant"),
                // a number for an enum, for a State, for a date, for a boolean; a fraction for an int
                bad(
                        DublinCase.class,
                        dublinCase(", \"entries\": [" + GREEK_CROSSING.replace("\"IRREGULAR_CROSSING\"", "5") + "]"),
                        "$.entries[0].kind"),
                bad(
                        DublinCase.class,
                        dublinCase(", \"entries\": [" + GREEK_CROSSING.replace("\"GR\"", "9") + "]"),
                        "$.entries[0].state"),
                bad(DublinCase.class, dublinCase("").replace("\"2025-03-10\"", "20157"), "$.application.registeredOn"),
                bad(
                        DublinCase.class,
                        dublinCase("").replace("\"unaccompanied\": false", "\"unaccompanied\": 0"),
                        "$.applicant.unaccompanied"),
                bad(
                        DublinCase.class,
                        dublinCase(", \"diplomas\": [{\"issuingState\": \"DE\", \"issuedOn\":"
                                + " \"2024-06-30\", \"studyMonths\": 12.5}]"),
                        "$.diplomas[0].studyMonths"),
                // a date-time for a date
                bad(
                        DublinCase.class,
                        dublinCase("").replace("\"2025-03-10\"", "\"2025-03-10T23:59:00+01:00\""),
                        "$.application.registeredOn"),
                // the null document
                bad(DublinCase.class, "null", "$"),
                bad(TravelHistory.class, "null", "$"),
                bad(Stay.class, "null", "$"),
                // a missing or null required value: the constructor refuses it, whichever mapper reads
                bad(DublinCase.class, "{" + APPLICANT + "}", "$.application"),
                bad(DublinCase.class, "{" + APPLICANT + ", \"application\": null}", "$.application"),
                bad(
                        DublinCase.class,
                        dublinCase(", \"entries\": [" + GREEK_CROSSING.replace("\"date\": \"2025-01-10\",", "") + "]"),
                        "$.entries[0].date"),
                // Schengen: a duplicate day, a number for a State code, an unknown property
                bad(
                        TravelHistory.class,
                        "{\"stays\": [{\"entry\": \"2025-01-01\", \"exit\": \"2025-01-10\","
                                + " \"entry\": \"2025-01-05\"}], \"excluded\": []}",
                        "$.stays[0].entry"),
                bad(
                        TravelHistory.class,
                        "{\"stays\": [{\"entry\": \"2025-01-01\", \"exit\": \"2025-01-10\","
                                + " \"state\": 33}], \"excluded\": []}",
                        "$.stays[0].state"),
                bad(TravelHistory.class, "{\"stays\": [], \"exclude\": []}", "$.exclude"));
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
        String json = dublinCase(
                ", \"residencePeriods\": [{\"state\": \"DE\", \"from\": \"2024-02-01\", \"to\": \"2024-01-01\"}]");
        assertThatThrownBy(() -> reader.read(json, DublinCase.class))
                .isInstanceOf(InvalidJsonException.class)
                .satisfies(e -> {
                    InvalidJsonException ije = (InvalidJsonException) e;
                    assertThat(ije.field()).isEqualTo("$.residencePeriods[0].to");
                    assertThat(ije.rule()).startsWith("residencePeriod.to: ");
                    assertThat(ije.getCause()).isInstanceOf(InvalidCaseException.class);
                });
        // a constructor's field that is relative to the object it validates is joined as it is
        String early = dublinCase("").replace("\"2025-03-10\"", "\"1985-03-10\"");
        assertThatThrownBy(() -> reader.read(early, DublinCase.class))
                .isInstanceOf(InvalidJsonException.class)
                .satisfies(e -> assertThat(((InvalidJsonException) e).field()).isEqualTo("$.application.registeredOn"));
    }
}
