package io.github.migratiekit.eurules.dublin;

import static io.github.migratiekit.eurules.dublin.Cases.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.json.InvalidJsonException;
import io.github.migratiekit.core.json.Json;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad input gives a typed exception that names the field (issue 4). */
class DublinBadInputTest {

    private static final String MINIMAL =
            """
            {"applicant": {"dateOfBirth": "1990-01-01", "nationality": "SY", "unaccompanied": false},
             "application": {"state": "NL", "registeredOn": "2025-03-10", "visaWaivedInThisState": false}%s}
            """;

    @Test
    void visaValidUntilBeforeValidFrom() {
        assertThatThrownBy(() -> ResidenceDocument.of(
                        MemberState.DE, ResidenceDocument.Kind.SHORT_STAY_VISA, d("2025-03-10"), d("2025-03-01")))
                .isInstanceOf(InvalidCaseException.class)
                .satisfies(
                        e -> assertThat(((InvalidInputException) e).field()).isEqualTo("residenceDocument.validUntil"));
        String json = MINIMAL.formatted(", \"documents\": [{\"issuingState\": \"DE\", \"kind\": \"SHORT_STAY_VISA\","
                + " \"validFrom\": \"2025-03-10\", \"validUntil\": \"2025-03-01\", \"usedForEntry\": true,"
                + " \"fraud\": \"NONE\"}]");
        assertThatThrownBy(() -> Json.read(json, DublinCase.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.documents[0]")
                .hasMessageContaining("residenceDocument.validUntil");
    }

    @Test
    void unknownStateCode() {
        assertThatThrownBy(() -> MemberState.parse("application.state", "XX"))
                .isInstanceOf(UnknownMemberStateException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("application.state"));
        String json = MINIMAL.replace("\"NL\"", "\"XX\"").formatted("");
        assertThatThrownBy(() -> Json.read(json, DublinCase.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.application.state")
                .hasMessageContaining("unknown Dublin state code 'XX'");
        assertThat(MemberState.parse("el")).isEqualTo(MemberState.GR);
    }

    @Test
    void stateThatLeftTheDublinSystem() {
        // the United Kingdom was bound until 2020-12-31
        assertThatThrownBy(() -> DublinCase.of(
                        Applicant.of(d("1990-01-01"), "SY", false), Application.of(MemberState.GB, d("2021-03-01"))))
                .isInstanceOf(UnknownMemberStateException.class)
                .hasMessageContaining("application.state");
        assertThat(DublinCase.of(
                        Applicant.of(d("1990-01-01"), "SY", false), Application.of(MemberState.GB, d("2020-03-01"))))
                .isNotNull();
    }

    @Test
    void registrationBeforeBirth() {
        assertThatThrownBy(() -> DublinCase.of(
                        Applicant.of(d("2025-05-01"), "SY", false), Application.of(MemberState.NL, d("2025-03-10"))))
                .isInstanceOf(InvalidCaseException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("application.registeredOn"));
    }

    @Test
    void registrationBeforeDublinIii() {
        // Dublin III art. 49: applications lodged from 1 January 2014
        assertThatThrownBy(() -> Regime.forRegistration(d("2013-12-31")))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("application.registeredOn")
                .hasMessageContaining("Dublin II");
    }

    @Test
    void previousApplicationAfterRegistration() {
        assertThatThrownBy(() -> Cases.adultInNl("2025-03-10")
                        .previousApplication(PreviousApplication.of(
                                MemberState.BE, d("2025-04-01"), PreviousApplication.Status.PENDING))
                        .build())
                .isInstanceOf(InvalidCaseException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).field()).isEqualTo("previousApplications[0].lodgedOn"));
    }

    @Test
    void unionCitizenIsNotAnApplicantUnderDublin() {
        // Dublin III art. 1: third-country nationals and stateless persons only
        assertThatThrownBy(() -> Applicant.of(d("1990-01-01"), "DE", false))
                .isInstanceOf(InvalidCaseException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("applicant.nationality"));
        assertThatThrownBy(() -> Applicant.of(d("1990-01-01"), "Syria", false))
                .isInstanceOf(InvalidCaseException.class);
    }

    @Test
    void badPeriodsAndEvents() {
        assertThatThrownBy(() -> ResidencePeriod.of(MemberState.AT, d("2025-03-10"), d("2025-03-01")))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("residencePeriod.to");
        assertThatThrownBy(() -> Diploma.of(MemberState.AT, d("2020-01-01"), 0))
                .hasMessageStartingWith("diploma.studyMonths");
        assertThatThrownBy(() -> new Departure(d("2025-03-10"), Optional.of(d("2025-03-01")), false))
                .hasMessageStartingWith("departure.returned");
        assertThatThrownBy(() -> DublinEvent.of(DublinEvent.Kind.TAKE_CHARGE_REQUEST, d("2025-03-10")))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("event.otherState");
        // Dublin III art. 21(2): an urgent reply period of at least one week
        assertThatThrownBy(() -> new DublinEvent(
                        DublinEvent.Kind.URGENT_TAKE_CHARGE_REQUEST,
                        d("2025-03-10"),
                        Optional.of(MemberState.FR),
                        Optional.of(Period.ofDays(6))))
                .hasMessageStartingWith("event.replyWithin");
    }

    @Test
    void unknownRegimeAndUnknownJsonField() {
        assertThatThrownBy(() -> Regime.parse("DUBLIN_II"))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("regime");
        assertThat(Regime.parse("ammr")).isEqualTo(Regime.AMMR);
        assertThatThrownBy(() -> Json.read(MINIMAL.formatted(", \"visas\": []"), DublinCase.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("visas");
    }

    @Test
    void listsMayBeLeftOutOfJson() {
        DublinCase c = Json.read(MINIMAL.formatted(""), DublinCase.class);
        assertThat(c.entries()).isEmpty();
        assertThat(c.bestInterestsState()).isEmpty();
        assertThat(Dublin.determine(c).article()).isEqualTo("art. 3(2)");
    }
}
