package io.github.migratiekit.eurules.dublin;

import static io.github.migratiekit.eurules.dublin.Cases.adultInNl;
import static io.github.migratiekit.eurules.dublin.Cases.d;
import static io.github.migratiekit.eurules.dublin.Cases.member;
import static io.github.migratiekit.eurules.dublin.Cases.unaccompaniedMinorIn;
import static io.github.migratiekit.eurules.dublin.MemberState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.eurules.dublin.DublinEvent.Kind;
import io.github.migratiekit.eurules.dublin.FamilyMember.Relation;
import io.github.migratiekit.eurules.dublin.FamilyMember.Status;
import io.github.migratiekit.eurules.dublin.testing.DublinGenerators;
import io.github.migratiekit.eurules.dublin.testing.DublinGenerators.Age;
import io.github.migratiekit.eurules.dublin.testing.DublinGenerators.Fact;
import io.github.migratiekit.eurules.dublin.testing.DublinGenerators.Knobs;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Conflicting facts are an error, not a choice: each conflict gives a {@link ConflictingFactsException} naming both
 * fields, from the builder and from JSON alike; the same facts a day apart are accepted; generated cases never
 * conflict, and adding a conflicting fact to one is refused.
 */
class DublinConflictingFactsTest {

    private static final String JSON =
            """
            {"applicant": {"dateOfBirth": "1990-01-01", "nationality": "SY", "unaccompanied": false},
             "application": {"state": "NL", "registeredOn": "%s", "visaWaivedInThisState": false}%s}
            """;

    /** Builds, expecting the conflict; returns it. */
    private static ConflictingFactsException conflict(Supplier<DublinCase> build, String field, String otherField) {
        Throwable t = catchThrowable(build::get);
        assertThat(t).isInstanceOf(ConflictingFactsException.class);
        ConflictingFactsException e = (ConflictingFactsException) t;
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.otherField()).isEqualTo(otherField);
        assertThat(e).hasMessageStartingWith(field + ": conflicts with " + otherField + ": ");
        return e;
    }

    /** Reads JSON, expecting the same conflict: a typed error naming the field, with the conflict as its cause. */
    private static void conflictInJson(String registeredOn, String lists, String field, String otherField) {
        Throwable t = catchThrowable(() -> Json.read(JSON.formatted(registeredOn, lists), DublinCase.class));
        assertThat(t).isInstanceOf(InvalidInputException.class).hasMessageContaining(field);
        Throwable c = t;
        while (!(c instanceof ConflictingFactsException) && c.getCause() != null) {
            c = c.getCause();
        }
        assertThat(c).isInstanceOf(ConflictingFactsException.class);
        assertThat(((ConflictingFactsException) c).field()).isEqualTo(field);
        assertThat(((ConflictingFactsException) c).otherField()).isEqualTo(otherField);
    }

    private static void accepted(String registeredOn, String lists) {
        assertThatCode(() -> Json.read(JSON.formatted(registeredOn, lists), DublinCase.class))
                .doesNotThrowAnyException();
    }

    @Test
    void applicationsInTwoStatesOnTheSameDay() {
        // Dublin III art. 3(2), 7(2): "the first Member State in which the application ... was lodged"
        ConflictingFactsException e = conflict(
                () -> adultInNl("2025-03-10")
                        .previousApplication(
                                PreviousApplication.of(IT, d("2024-11-02"), PreviousApplication.Status.PENDING))
                        .previousApplication(
                                PreviousApplication.of(BE, d("2024-12-01"), PreviousApplication.Status.WITHDRAWN))
                        .previousApplication(
                                PreviousApplication.of(DE, d("2024-11-02"), PreviousApplication.Status.REJECTED))
                        .build(),
                "previousApplications[2].lodgedOn",
                "previousApplications[0].lodgedOn");
        assertThat(e.rule()).contains("IT and DE", "2024-11-02", "arts. 3(2), 7(2)");
        // AMMR art. 16(2): an earlier application elsewhere on the day of registration
        ConflictingFactsException a = conflict(
                () -> adultInNl("2026-09-01")
                        .previousApplication(
                                PreviousApplication.of(BE, d("2026-09-01"), PreviousApplication.Status.PENDING))
                        .build(),
                "previousApplications[0].lodgedOn",
                "application.registeredOn");
        assertThat(a.rule()).contains("in BE and the application in NL", "2026-09-01", "AMMR art. 16(2)");
        conflictInJson(
                "2025-03-10",
                ", \"previousApplications\": [{\"state\": \"BE\", \"lodgedOn\": \"2025-03-10\", \"status\":"
                        + " \"PENDING\"}]",
                "previousApplications[0].lodgedOn",
                "application.registeredOn");
        // the same State on the same day, and another State the day before, are facts a case can hold
        DublinResult r = Dublin.determine(adultInNl("2025-03-10")
                .previousApplication(PreviousApplication.of(NL, d("2025-03-10"), PreviousApplication.Status.PENDING))
                .previousApplication(PreviousApplication.of(BE, d("2025-03-09"), PreviousApplication.Status.PENDING))
                .previousApplication(PreviousApplication.of(BE, d("2025-03-09"), PreviousApplication.Status.WITHDRAWN))
                .build());
        assertThat(r.responsibleState()).isEqualTo(BE);
        assertThat(r.frozenOn()).isEqualTo(d("2025-03-09"));
    }

    @Test
    void twoIrregularCrossingsOnTheSameDay() {
        // Dublin III art. 13(1): "the first Member State entered" cannot be told from two crossings on one day
        ConflictingFactsException e = conflict(
                () -> adultInNl("2025-03-10")
                        .entry(Entry.of(GR, d("2024-09-14"), Entry.Kind.IRREGULAR_CROSSING))
                        .entry(Entry.of(IT, d("2024-10-01"), Entry.Kind.WITH_DOCUMENT))
                        .entry(Entry.of(BG, d("2024-09-14"), Entry.Kind.IRREGULAR_CROSSING))
                        .build(),
                "entries[2].date",
                "entries[0].date");
        assertThat(e.rule())
                .contains("irregular crossing into GR", "irregular crossing into BG", "2024-09-14", "art. 13(1)");
        conflictInJson(
                "2025-03-10",
                ", \"entries\": [{\"state\": \"GR\", \"date\": \"2024-09-14\", \"kind\": \"IRREGULAR_CROSSING\","
                        + " \"toleratedByAuthorities\": false}, {\"state\": \"BG\", \"date\": \"2024-09-14\", \"kind\":"
                        + " \"IRREGULAR_CROSSING\", \"toleratedByAuthorities\": true}]",
                "entries[1].date",
                "entries[0].date");
        // a day apart, and a crossing with a regular entry on the same day, are facts a case can hold
        assertThat(Dublin.determine(adultInNl("2025-03-10")
                                .entry(Entry.of(GR, d("2024-09-14"), Entry.Kind.IRREGULAR_CROSSING))
                                .entry(Entry.of(BG, d("2024-09-15"), Entry.Kind.IRREGULAR_CROSSING))
                                .entry(Entry.of(IT, d("2024-09-14"), Entry.Kind.VISA_WAIVED))
                                .build())
                        .responsibleState())
                .isEqualTo(GR);
    }

    @Test
    void ammrDisembarkationAndCrossingOnTheSameDay() {
        // AMMR art. 33(2): "Notwithstanding the first paragraph", the State of disembarkation after search and rescue
        // is responsible, for 12 months instead of 20 (CELEX 32024R1351, art. 33(1)-(2))
        ConflictingFactsException e = conflict(
                () -> adultInNl("2026-09-01")
                        .entry(Entry.of(MT, d("2026-07-20"), Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION))
                        .entry(Entry.of(IT, d("2026-07-20"), Entry.Kind.IRREGULAR_CROSSING))
                        .build(),
                "entries[1].date",
                "entries[0].date");
        assertThat(e.rule())
                .contains("disembarkation in MT", "irregular crossing into IT", "2026-07-20", "art. 33(2)")
                .contains("notwithstanding art. 33(1)");
        // under Dublin III the disembarkation is an irregular crossing by sea: two crossings on one day
        ConflictingFactsException d3 = conflict(
                () -> adultInNl("2025-09-01")
                        .entry(Entry.of(IT, d("2025-07-20"), Entry.Kind.IRREGULAR_CROSSING))
                        .entry(Entry.of(MT, d("2025-07-20"), Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION))
                        .build(),
                "entries[1].date",
                "entries[0].date");
        assertThat(d3.rule()).contains("irregular crossing by sea", "Dublin III art. 13(1)");
        conflictInJson(
                "2026-09-01",
                ", \"entries\": [{\"state\": \"MT\", \"date\": \"2026-07-20\", \"kind\":"
                        + " \"SEARCH_AND_RESCUE_DISEMBARKATION\", \"toleratedByAuthorities\": false}, {\"state\":"
                        + " \"IT\", \"date\": \"2026-07-20\", \"kind\": \"IRREGULAR_CROSSING\","
                        + " \"toleratedByAuthorities\": false}]",
                "entries[1].date",
                "entries[0].date");
        // a day apart: the disembarkation came first, art. 33(2) applies to it
        DublinResult r = Dublin.determine(adultInNl("2026-09-01")
                .entry(Entry.of(MT, d("2026-07-20"), Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION))
                .entry(Entry.of(IT, d("2026-07-21"), Entry.Kind.IRREGULAR_CROSSING))
                .build());
        assertThat(r.responsibleState()).isEqualTo(MT);
        assertThat(r.article()).isEqualTo("art. 33(2)");
    }

    @Test
    void overlappingResidencePeriods() {
        // Dublin III art. 13(2): "lived for a continuous period of at least five months" — in one State at a time
        ConflictingFactsException e = conflict(
                () -> adultInNl("2025-03-10")
                        .residencePeriod(ResidencePeriod.of(AT, d("2024-06-01"), d("2025-02-28")))
                        .residencePeriod(ResidencePeriod.of(GR, d("2023-01-10"), d("2023-09-30")))
                        .residencePeriod(ResidencePeriod.of(DE, d("2025-02-28"), d("2025-03-05")))
                        .build(),
                "residencePeriods[2]",
                "residencePeriods[0]");
        assertThat(e.rule()).contains("AT from 2024-06-01 to 2025-02-28", "DE from 2025-02-28 to 2025-03-05");
        // a period wholly inside another, listed first
        conflict(
                () -> adultInNl("2025-03-10")
                        .residencePeriod(ResidencePeriod.of(AT, d("2024-07-01"), d("2024-08-01")))
                        .residencePeriod(ResidencePeriod.of(AT, d("2024-06-01"), d("2025-02-28")))
                        .build(),
                "residencePeriods[1]",
                "residencePeriods[0]");
        conflictInJson(
                "2025-03-10",
                ", \"residencePeriods\": [{\"state\": \"AT\", \"from\": \"2024-06-01\", \"to\": \"2025-02-28\"},"
                        + " {\"state\": \"BE\", \"from\": \"2024-01-01\", \"to\": \"2024-06-01\"}]",
                "residencePeriods[1]",
                "residencePeriods[0]");
        // one after the other, the day after: no overlap
        accepted(
                "2025-03-10",
                ", \"residencePeriods\": [{\"state\": \"AT\", \"from\": \"2024-06-01\", \"to\": \"2025-02-28\"},"
                        + " {\"state\": \"BE\", \"from\": \"2024-01-01\", \"to\": \"2024-05-31\"}]");
    }

    @Test
    void bestInterestsStateWithoutFamilyThere() {
        // Dublin III art. 8(3): the State is chosen among those where family is legally present
        ConflictingFactsException e = conflict(
                () -> unaccompaniedMinorIn(NL, "2025-03-10")
                        .familyMember(member(Relation.SIBLING, DE, Status.BENEFICIARY, "2020-01-01"))
                        .familyMember(member(Relation.PARENT, FR, Status.APPLICANT, "2021-01-01"))
                        .bestInterestsState(IT)
                        .build(),
                "bestInterestsState",
                "familyMembers[0].state");
        assertThat(e.rule()).contains("IT is not a State", "DE, FR", "art. 8(3)");
        // one family State only: a best-interests State elsewhere is not silently ignored either
        conflict(
                () -> unaccompaniedMinorIn(NL, "2026-09-01")
                        .familyMember(member(Relation.PARENT, SE, Status.NOT_LEGALLY_PRESENT, "2022-01-01"))
                        .familyMember(member(Relation.SIBLING, DE, Status.BENEFICIARY, "2022-01-01"))
                        .bestInterestsState(SE)
                        .build(),
                "bestInterestsState",
                "familyMembers[1].state");
        conflictInJson(
                "2025-03-10",
                ", \"familyMembers\": [{\"relation\": \"SIBLING\", \"state\": \"DE\", \"status\": \"BENEFICIARY\","
                        + " \"presentSince\": \"2020-01-01\", \"formed\": \"IN_COUNTRY_OF_ORIGIN\", \"wishInWriting\":"
                        + " true, \"canTakeCare\": true}], \"bestInterestsState\": \"IT\"",
                "bestInterestsState",
                "familyMembers[0].state");
        // AMMR art. 25(5): no family legally present, the assessment may choose another State
        DublinResult r = Dublin.determine(unaccompaniedMinorIn(NL, "2026-09-01")
                .familyMember(member(Relation.PARENT, SE, Status.NOT_LEGALLY_PRESENT, "2022-01-01"))
                .bestInterestsState(BE)
                .build());
        assertThat(r.responsibleState()).isEqualTo(BE);
        assertThat(r.article()).isEqualTo("art. 25(5)");
    }

    @Test
    void replyBeforeItsRequest() {
        // Dublin III art. 22(1), 25(1): the requested State replies to a request it has received
        ConflictingFactsException e = conflict(
                () -> adultInNl("2025-03-10")
                        .event(DublinEvent.of(Kind.ACCEPTED, d("2025-04-01")))
                        .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-04-02"), DE))
                        .build(),
                "events[0].date",
                "events[1].date");
        assertThat(e.rule()).contains("ACCEPTED on 2025-04-01", "TAKE_CHARGE_REQUEST on 2025-04-02", "arts. 22, 25");
        // the first request counts: a later request does not make an earlier reply wrong
        assertThat(adultInNl("2025-03-10")
                        .event(DublinEvent.of(Kind.TAKE_BACK_REQUEST, d("2025-03-20"), IT))
                        .event(DublinEvent.of(Kind.REJECTED, d("2025-03-20")))
                        .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-04-02"), DE))
                        .build()
                        .events())
                .hasSize(3);
        // AMMR art. 35(2) and Dublin III art. 17(2): a humanitarian reply answers a humanitarian request
        ConflictingFactsException h = conflict(
                () -> adultInNl("2026-09-01")
                        .event(DublinEvent.of(Kind.HUMANITARIAN_REQUEST, d("2026-09-20"), SE))
                        .event(DublinEvent.of(Kind.HUMANITARIAN_REPLY, d("2026-09-19")))
                        .build(),
                "events[1].date",
                "events[0].date");
        assertThat(h.rule()).contains("first humanitarian request", "AMMR art. 35(2)");
        conflictInJson(
                "2025-03-10",
                ", \"events\": [{\"kind\": \"TAKE_BACK_REQUEST\", \"date\": \"2025-04-02\", \"otherState\": \"IT\"},"
                        + " {\"kind\": \"REJECTED\", \"date\": \"2025-04-01\"}]",
                "events[1].date",
                "events[0].date");
    }

    @Test
    void acceptanceAndRejectionOnTheSameDay() {
        // Dublin III art. 29(1): the transfer period runs from the acceptance; a same-day rejection leaves it open
        ConflictingFactsException e = conflict(
                () -> adultInNl("2025-03-10")
                        .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-04-02"), DE))
                        .event(DublinEvent.of(Kind.REJECTED, d("2025-04-20")))
                        .event(DublinEvent.of(Kind.ACCEPTED, d("2025-04-20")))
                        .build(),
                "events[2].date",
                "events[1].date");
        assertThat(e.rule())
                .contains("both accepted and rejected on 2025-04-20", "Dublin III arts. 22(7), 25(2), 29(1)");
        ConflictingFactsException ammr = conflict(
                () -> adultInNl("2026-09-01")
                        .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2026-09-02"), DE))
                        .event(DublinEvent.of(Kind.ACCEPTED, d("2026-09-20")))
                        .event(DublinEvent.of(Kind.REJECTED, d("2026-09-20")))
                        .build(),
                "events[2].date",
                "events[1].date");
        assertThat(ammr.rule()).contains("AMMR arts. 40, 41, 46(1)");
        conflictInJson(
                "2026-08-01",
                ", \"events\": [{\"kind\": \"TAKE_BACK_NOTIFICATION\", \"date\": \"2026-08-02\", \"otherState\":"
                        + " \"IT\"}, {\"kind\": \"ACCEPTED\", \"date\": \"2026-08-05\"}, {\"kind\": \"REJECTED\","
                        + " \"date\": \"2026-08-05\"}]",
                "events[2].date",
                "events[1].date");
        // a rejection and an acceptance on different days are facts a case can hold; the reply limit is met by the
        // first of them (art. 22(1): two months from the request of 2025-04-02)
        List<TimeLimit> ls = DublinTimeline.of(adultInNl("2025-03-10")
                        .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-04-02"), DE))
                        .event(DublinEvent.of(Kind.REJECTED, d("2025-04-20")))
                        .event(DublinEvent.of(Kind.ACCEPTED, d("2025-04-21")))
                        .build())
                .on(d("2025-05-01"));
        TimeLimit reply = ls.stream()
                .filter(t -> t.step().equals("reply to take-charge request"))
                .findFirst()
                .orElseThrow();
        assertThat(reply.doneOn()).contains(d("2025-04-20"));
        assertThat(reply.deadline().deadline()).isEqualTo(d("2025-06-02"));
    }

    @Test
    void eurodacHitBeforeTheApplicationItConcerns() {
        // Regulation (EU) No 603/2013 art. 9(1), (3): fingerprints transmitted after the lodging are compared
        ConflictingFactsException e = conflict(
                () -> adultInNl("2025-03-10")
                        .event(DublinEvent.of(Kind.EURODAC_HIT_ENTRY, d("2025-03-09")))
                        .build(),
                "events[0].date",
                "application.registeredOn");
        assertThat(e.rule()).contains("2025-03-09", "lodged (2025-03-10)", "603/2013 art. 9(1)");
        // Regulation (EU) 2024/1358 art. 15(1)(a): biometric data taken upon registration
        ConflictingFactsException ammr = conflict(
                () -> adultInNl("2026-09-01")
                        .event(DublinEvent.of(Kind.EURODAC_HIT_APPLICATION, d("2026-08-31")))
                        .build(),
                "events[0].date",
                "application.registeredOn");
        assertThat(ammr.rule()).contains("registered (2026-09-01)", "2024/1358 art. 15(1)(a)", "art. 39(1)");
        conflictInJson(
                "2025-03-10",
                ", \"events\": [{\"kind\": \"EURODAC_HIT_APPLICATION\", \"date\": \"2025-02-01\"}]",
                "events[0].date",
                "application.registeredOn");
        // on the day of the lodging: accepted
        accepted("2025-03-10", ", \"events\": [{\"kind\": \"EURODAC_HIT_ENTRY\", \"date\": \"2025-03-10\"}]");
        // Dublin III art. 24(2): no new application; the hit shows an earlier application and cannot precede it
        conflict(
                () -> adultInNl("2025-04-01")
                        .previousApplication(
                                PreviousApplication.of(IT, d("2025-01-15"), PreviousApplication.Status.REJECTED))
                        .event(DublinEvent.of(Kind.EURODAC_HIT_APPLICATION, d("2025-01-14")))
                        .event(DublinEvent.of(Kind.AWARE_OF_OTHER_STATE, d("2025-05-31")))
                        .build(),
                "events[0].date",
                "previousApplications[0].lodgedOn");
        // the earliest earlier application counts, wherever it is listed: a hit after it is consistent
        assertThat(adultInNl("2025-04-01")
                        .previousApplication(
                                PreviousApplication.of(IT, d("2025-01-15"), PreviousApplication.Status.REJECTED))
                        .previousApplication(
                                PreviousApplication.of(BE, d("2025-02-01"), PreviousApplication.Status.PENDING))
                        .previousApplication(
                                PreviousApplication.of(FR, d("2025-03-01"), PreviousApplication.Status.PENDING))
                        .event(DublinEvent.of(Kind.EURODAC_HIT_APPLICATION, d("2025-01-20")))
                        .event(DublinEvent.of(Kind.AWARE_OF_OTHER_STATE, d("2025-05-31")))
                        .build()
                        .events())
                .hasSize(2);
        TimeLimit t = DublinTimeline.of(adultInNl("2025-04-01")
                        .previousApplication(
                                PreviousApplication.of(IT, d("2025-01-15"), PreviousApplication.Status.REJECTED))
                        .event(DublinEvent.of(Kind.EURODAC_HIT_APPLICATION, d("2025-03-31")))
                        .event(DublinEvent.of(Kind.AWARE_OF_OTHER_STATE, d("2025-05-31")))
                        .build())
                .on(d("2025-06-01"))
                .get(0);
        // art. 24(2): two months from the hit on 2025-03-31 end on 2025-05-31
        assertThat(t.deadline().deadline()).isEqualTo(d("2025-05-31"));
        assertThat(t.article()).isEqualTo("art. 24(2)");
    }

    @Test
    void earlierApplicationUnderDublinIi() {
        // Dublin III art. 49: applications lodged before 1 January 2014 fell under Regulation (EC) No 343/2003
        Throwable t = catchThrowable(() -> adultInNl("2015-03-10")
                .previousApplication(PreviousApplication.of(IT, d("2013-12-31"), PreviousApplication.Status.REJECTED))
                .build());
        assertThat(t).isInstanceOf(InvalidCaseException.class).isNotInstanceOf(ConflictingFactsException.class);
        assertThat(((InvalidInputException) t).field()).isEqualTo("previousApplications[0].lodgedOn");
        assertThat(((InvalidInputException) t).rule()).contains("2013-12-31", "Dublin II", "343/2003", "not encode");
        Throwable j = catchThrowable(() -> Json.read(
                JSON.formatted(
                        "2015-03-10",
                        ", \"previousApplications\": [{\"state\": \"IT\", \"lodgedOn\": \"2013-12-31\", \"status\":"
                                + " \"REJECTED\"}]"),
                DublinCase.class));
        assertThat(j)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("previousApplications[0].lodgedOn");
        assertThat(j).hasMessageContaining("Dublin II");
        // the first day of Dublin III is accepted
        assertThat(adultInNl("2015-03-10")
                        .previousApplication(
                                PreviousApplication.of(IT, d("2014-01-01"), PreviousApplication.Status.REJECTED))
                        .build()
                        .previousApplications())
                .hasSize(1);
    }

    @Test
    void generatedCasesNeverConflict() {
        // up to six facts of a kind, so that same-day entries and overlapping periods would be drawn often
        Knobs many = new Knobs(Optional.empty(), Age.ANY, EnumSet.allOf(Fact.class), 6);
        qt().forAll(DublinGenerators.dublinCases(many)).checkAssert(c -> {
            // independent checks of the facts the generator promises
            for (int i = 0; i < c.entries().size(); i++) {
                for (int j = i + 1; j < c.entries().size(); j++) {
                    Entry a = c.entries().get(i);
                    Entry b = c.entries().get(j);
                    assertThat(DublinGenerators.irregular(a)
                                    && DublinGenerators.irregular(b)
                                    && a.date().equals(b.date()))
                            .isFalse();
                }
            }
            for (PreviousApplication p : c.previousApplications()) {
                assertThat(p.lodgedOn().equals(c.application().registeredOn())
                                && p.state() != c.application().state())
                        .isFalse();
                assertThat(c.previousApplications())
                        .filteredOn(q -> q.lodgedOn().equals(p.lodgedOn()))
                        .allSatisfy(q -> assertThat(q.state()).isEqualTo(p.state()));
            }
            for (int i = 0; i < c.residencePeriods().size(); i++) {
                for (int j = i + 1; j < c.residencePeriods().size(); j++) {
                    ResidencePeriod a = c.residencePeriods().get(i);
                    ResidencePeriod b = c.residencePeriods().get(j);
                    assertThat(a.to().isBefore(b.from()) || b.to().isBefore(a.from()))
                            .isTrue();
                }
            }
            // the case survives its own rebuilding, in any form
            assertThatCode(() -> c.toBuilder().build()).doesNotThrowAnyException();
            assertThatCode(() -> Json.read(Json.write(c), DublinCase.class)).doesNotThrowAnyException();
        });
    }

    @Test
    void aConflictingFactAddedToAGeneratedCaseIsRefused() {
        Knobs k = Knobs.all().without(Fact.EVENTS);
        qt().forAll(
                        DublinGenerators.dublinCases(k),
                        SourceDSL.integers().between(0, 1000),
                        DublinGenerators.memberStates())
                .checkAssert((c, offset, other) -> {
                    LocalDate reg = c.application().registeredOn();
                    LocalDate day = reg.minusDays(offset);
                    int n = c.entries().size();
                    // a crossing and a disembarkation on the same day, wherever they are in the list
                    DublinCase.Builder b = c.toBuilder()
                            .entry(Entry.of(other, day, Entry.Kind.IRREGULAR_CROSSING))
                            .entry(Entry.of(other, day, Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION));
                    Throwable t = catchThrowable(b::build);
                    assertThat(t).isInstanceOf(ConflictingFactsException.class);
                    assertThat(((ConflictingFactsException) t).field()).startsWith("entries[");
                    assertThat(((ConflictingFactsException) t).field()).isIn(entryFields(n + 1));
                    // a residence period overlapping itself shifted by a day
                    LocalDate from = reg.minusDays(offset % 400 + 2);
                    Throwable p = catchThrowable(() -> DublinCase.builder(c.applicant(), c.application())
                            .residencePeriod(ResidencePeriod.of(other, from, from.plusDays(1)))
                            .residencePeriod(ResidencePeriod.of(other, from.plusDays(1), from.plusDays(2)))
                            .build());
                    assertThat(p).isInstanceOf(ConflictingFactsException.class);
                    // a reply the day before its request
                    Throwable r = catchThrowable(() -> c.toBuilder()
                            .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, reg.plusDays(offset), other))
                            .event(DublinEvent.of(Kind.ACCEPTED, reg.plusDays(offset - 1L)))
                            .build());
                    assertThat(r).isInstanceOf(ConflictingFactsException.class);
                    assertThat(((ConflictingFactsException) r).field()).isEqualTo("events[1].date");
                });
    }

    private static List<String> entryFields(int upTo) {
        return java.util.stream.IntStream.rangeClosed(0, upTo)
                .mapToObj(i -> "entries[" + i + "].date")
                .toList();
    }
}
