package io.github.migratiekit.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.core.procedure.ProcedureEvent.AppealDecided;
import io.github.migratiekit.core.procedure.ProcedureEvent.AppealLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.ApplicationLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.Decided;
import io.github.migratiekit.core.procedure.ProcedureEvent.FurtherAppealLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.Registered;
import io.github.migratiekit.core.procedure.ProcedureEvent.TrackAssigned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The appeal period after an adverse asylum decision follows the decision's legal ground, not the track (Vw 2000 art.
 * 69, consolidated text of 2015-07-21, BWBR0011823). Expected dates are counted by hand: one week is seven days from
 * the announcement, rolled past a Saturday, Sunday or holiday (Atw art. 1).
 */
class AppealPeriodByGroundTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static List<ProcedureEvent> inTrack(String lodged, Track track) {
        LocalDate l = d(lodged);
        List<ProcedureEvent> events = new ArrayList<>();
        events.add(ApplicationLodged.on(l));
        events.add(new Registered(l));
        events.add(new TrackAssigned(l.plusDays(6), track));
        return events;
    }

    private static ProcedureState decided(Track track, Decided decision) {
        List<ProcedureEvent> events = inTrack(decision.date().minusDays(30).toString(), track);
        events.add(decision);
        return Procedures.fold(ProcedureKind.ASYLUM, events);
    }

    private static DeadlineReport term(ProcedureState s, String id) {
        return s.report(s.lastEventDate().orElseThrow()).deadlines().stream()
                .filter(t -> t.id().equals(id))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no term " + id));
    }

    @ParameterizedTest
    @EnumSource(
            value = DecisionGround.class,
            names = {"ART_30_DUBLIN", "ART_30A_INADMISSIBLE", "ART_30B_MANIFESTLY_UNFOUNDED", "ART_30C_NOT_PROCESSED"})
    void aDecisionUnderArticles30To30cHasOneWeekEvenInTheExtendedProcedure(DecisionGround ground) {
        // Vw 2000 art. 69(2)(b)-(e): one week whatever the track; 2026-03-12 (Thursday) + 7 days = 2026-03-19
        ProcedureState s = decided(Track.TRACK_4_EXTENDED, Decided.on(d("2026-03-12"), ground));
        DeadlineReport appeal = term(s, "appeal-period");
        assertThat(appeal.deadline()).isEqualTo(d("2026-03-19"));
        assertThat(appeal.warnings()).isEmpty();
        String expectedLetter =
                switch (ground) {
                    case ART_30_DUBLIN -> "b";
                    case ART_30A_INADMISSIBLE -> "c";
                    case ART_30B_MANIFESTLY_UNFOUNDED -> "d";
                    default -> "e";
                };
        assertThat(s.history().toString())
                .contains("art. 69(2)(" + expectedLetter + ")")
                .contains("one week")
                .contains("whatever the track");
    }

    @Test
    void withoutAGroundTheOutcomeFixesItForAManifestlyUnfoundedRejection() {
        // Vw 2000 art. 69(2)(d): the outcome is the ground of art. 30b; nothing is assumed
        ProcedureState s =
                decided(Track.TRACK_4_EXTENDED, new Decided(d("2026-03-12"), Outcome.REJECTED_MANIFESTLY_UNFOUNDED));
        DeadlineReport appeal = term(s, "appeal-period");
        assertThat(appeal.deadline()).isEqualTo(d("2026-03-19"));
        assertThat(appeal.warnings()).isEmpty();
        assertThat(s.history().toString())
                .contains("The outcome fixes the ground")
                .contains("art. 69(2)(d)");
    }

    @Test
    void aRejectionAfterTheGeneralProcedureHasFourWeeks() {
        // Vw 2000 art. 69(1): four weeks; 2026-03-12 + 28 days = Thursday 2026-04-09
        ProcedureState s =
                decided(Track.TRACK_4_EXTENDED, Decided.on(d("2026-03-12"), DecisionGround.ART_31_EXTENDED_PROCEDURE));
        DeadlineReport appeal = term(s, "appeal-period");
        assertThat(appeal.deadline()).isEqualTo(d("2026-04-09"));
        assertThat(appeal.warnings()).isEmpty();
        assertThat(s.history().toString()).contains("four weeks").contains("art. 69(1)");
    }

    @Test
    void aRejectionWithinTheGeneralProcedureHasOneWeek() {
        // Vw 2000 art. 69(2)(a); 2026-03-13 (Friday) + 7 days = Friday 2026-03-20
        ProcedureState s =
                decided(Track.TRACK_4_EXTENDED, Decided.on(d("2026-03-13"), DecisionGround.ART_31_GENERAL_PROCEDURE));
        assertThat(term(s, "appeal-period").deadline()).isEqualTo(d("2026-03-20"));
        assertThat(s.history().toString()).contains("art. 69(2)(a)");
    }

    @Test
    void aRejectionWithoutItsGroundIsAssumedFromTheTrackWithAWarning() {
        ProcedureState general = decided(Track.TRACK_4_GENERAL, new Decided(d("2026-03-12"), Outcome.REJECTED));
        DeadlineReport appeal = term(general, "appeal-period");
        assertThat(appeal.deadline()).isEqualTo(d("2026-03-19"));
        assertThat(appeal.warnings())
                .singleElement()
                .asString()
                .contains("does not state its ground")
                .contains("art. 69(2)(a)")
                .contains("one week");
        assertThat(appeal.explanation().toString()).contains("Warning: The decision does not state its ground");
        assertThat(general.history().toString()).contains("Warning:").contains("Ground assumed");

        ProcedureState extended = decided(Track.TRACK_4_EXTENDED, new Decided(d("2026-03-12"), Outcome.REJECTED));
        DeadlineReport four = term(extended, "appeal-period");
        assertThat(four.deadline()).isEqualTo(d("2026-04-09"));
        assertThat(four.warnings())
                .singleElement()
                .asString()
                .contains("art. 69(1)")
                .contains("four weeks");
    }

    @Test
    void theAssumptionNamesWhatItWasTakenFrom() {
        ProcedureState track = decided(Track.TRACK_4_GENERAL, new Decided(d("2026-03-12"), Outcome.REJECTED));
        assertThat(track.history().toString())
                .contains("Ground assumed from the track (spoor 4: algemene asielprocedure (AA)): afgewezen als"
                        + " ongegrond binnen de algemene asielprocedure (art. 31). Appeal period: one week (art."
                        + " 69(2)(a)).");
        // at the border: one week (the general procedure applies there), and the case stays in border detention
        ProcedureState border = Procedures.fold(
                ProcedureKind.BORDER_ASYLUM,
                List.of(
                        new ProcedureEvent.BorderApplicationLodged(d("2026-03-02"), false),
                        new Decided(d("2026-03-12"), Outcome.REJECTED)));
        assertThat(border.history().toString())
                .contains("Ground assumed from the border procedure")
                .contains("Entry is refused after all; border detention applies while return is prepared.");
        assertThat(term(border, "appeal-period").warnings())
                .singleElement()
                .asString()
                .contains("from the border procedure it is taken as a rejection");
        assertThat(term(border, "appeal-period").deadline()).isEqualTo(d("2026-03-19"));
    }

    @Test
    void aTransferDecisionHasOneWeekUnderArticle69Paragraph4() {
        // Vw 2000 art. 69(4); 2026-03-12 + 7 days = 2026-03-19
        ProcedureState s =
                decided(Track.TRACK_1_DUBLIN, Decided.on(d("2026-03-12"), DecisionGround.ART_62B_DUBLIN_TRANSFER));
        DeadlineReport appeal = term(s, "appeal-period");
        assertThat(appeal.deadline()).isEqualTo(d("2026-03-19"));
        assertThat(appeal.label()).contains("transfer");
        assertThat(appeal.explanation().toString()).contains("art. 69(4)");
        // the further appeal period is one week by analogy, with a warning that this is not verified
        ProcedureState judged = Procedures.fold(
                s, List.of(new AppealLodged(d("2026-03-16")), new AppealDecided(d("2026-04-01"), Ruling.DISMISSED)));
        DeadlineReport further = term(judged, "further-appeal-period");
        assertThat(further.deadline()).isEqualTo(d("2026-04-08"));
        assertThat(further.warnings()).singleElement().asString().contains("by analogy");
    }

    @Test
    void furtherAppealAfterDublinDecisionIsOneWeek_ABRvS_9_December_2016_201608529_1_V3() {
        // ABRvS 9 December 2016, 201608529/1/V3 (raadvanstate.nl): applications not considered (art. 30) on
        // 2016-10-10; the district court dismissed the appeals on 2016-11-07; "de termijn voor het instellen van hoger
        // beroep [is] op 14 november 2016 geëindigd"; the further appeal faxed on 2016-11-15 was late.
        // The ruling does not give the days of lodging and of the appeal: any days that fit are used.
        List<ProcedureEvent> events = inTrack("2016-09-26", Track.TRACK_1_DUBLIN);
        events.add(Decided.on(d("2016-10-10"), DecisionGround.ART_30_DUBLIN));
        events.add(new AppealLodged(d("2016-10-14")));
        events.add(new AppealDecided(d("2016-11-07"), Ruling.DISMISSED));
        events.add(new FurtherAppealLodged(d("2016-11-15")));
        ProcedureState s = Procedures.fold(ProcedureKind.ASYLUM, events);
        DeadlineReport appeal = term(s, "appeal-period");
        assertThat(appeal.deadline()).isEqualTo(d("2016-10-17")); // Monday: one week (art. 69(2)(b))
        assertThat(appeal.status()).isEqualTo(TermStatus.MET);
        DeadlineReport further = term(s, "further-appeal-period");
        assertThat(further.deadline()).isEqualTo(d("2016-11-14"));
        assertThat(further.status()).isEqualTo(TermStatus.MET_LATE);
        assertThat(s.history().toString())
                .contains("after the period ended on 2016-11-14")
                .contains("ECLI:NL:RVS:2013:2679");
    }

    @Test
    void furtherAppealAfterARejectionInTheGeneralProcedureIsOneWeek_ECLI_NL_RVS_2019_2851() {
        // ECLI:NL:RVS:2019:2851 (secondary: published summary): asylum application rejected on 2019-07-03; appeal
        // dismissed by the district court on 2019-07-29 (Monday); the further appeal period ended on 2019-08-05.
        List<ProcedureEvent> events = inTrack("2019-06-24", Track.TRACK_4_GENERAL);
        events.add(Decided.on(d("2019-07-03"), DecisionGround.ART_31_GENERAL_PROCEDURE));
        events.add(new AppealLodged(d("2019-07-08")));
        events.add(new AppealDecided(d("2019-07-29"), Ruling.DISMISSED));
        ProcedureState s = Procedures.fold(ProcedureKind.ASYLUM, events);
        assertThat(term(s, "appeal-period").deadline()).isEqualTo(d("2019-07-10"));
        assertThat(term(s, "further-appeal-period").deadline()).isEqualTo(d("2019-08-05"));
    }

    @Test
    void aFurtherAppealAfterAFourWeekAppealHasFourWeeks() {
        // Vw 2000 art. 69(1) with Awb art. 6:24: 2026-06-01 + 28 days = Monday 2026-06-29
        ProcedureState s = Procedures.fold(
                decided(Track.TRACK_4_EXTENDED, Decided.on(d("2026-03-12"), DecisionGround.ART_31_EXTENDED_PROCEDURE)),
                List.of(new AppealLodged(d("2026-04-01")), new AppealDecided(d("2026-06-01"), Ruling.DISMISSED)));
        DeadlineReport further = term(s, "further-appeal-period");
        assertThat(further.deadline()).isEqualTo(d("2026-06-29"));
        assertThat(further.warnings()).isEmpty();
    }

    @Test
    void beforeJuly2015TheTrackDecidesTheAppealAndTheFurtherAppeal() {
        // general procedure, 2015-07-10 (Friday) + 7 days = Friday 2015-07-17; judgment 2015-09-01 + 7 = 2015-09-08
        ProcedureState general = Procedures.fold(
                decided(Track.TRACK_4_GENERAL, new Decided(d("2015-07-10"), Outcome.REJECTED)),
                List.of(new AppealLodged(d("2015-07-15")), new AppealDecided(d("2015-09-01"), Ruling.DISMISSED)));
        assertThat(term(general, "appeal-period").deadline()).isEqualTo(d("2015-07-17"));
        assertThat(term(general, "appeal-period").warnings()).isEmpty();
        assertThat(term(general, "further-appeal-period").deadline()).isEqualTo(d("2015-09-08"));
        assertThat(general.history().toString())
                .contains("Decided before 2015-07-20, when art. 69(2) gave one week only for a rejection within the"
                        + " days of the general asylum procedure: the period follows the track (spoor 4: algemene"
                        + " asielprocedure (AA)): one week.")
                .contains("Vreemdelingenwet 2000 art. 69(2) (BWBR0011823)");
        // extended procedure: four weeks for both; 2015-09-01 + 28 days = Tuesday 2015-09-29
        ProcedureState extended = Procedures.fold(
                decided(Track.TRACK_4_EXTENDED, new Decided(d("2015-07-10"), Outcome.REJECTED)),
                List.of(new AppealLodged(d("2015-07-15")), new AppealDecided(d("2015-09-01"), Ruling.DISMISSED)));
        assertThat(term(extended, "appeal-period").deadline()).isEqualTo(d("2015-08-07"));
        assertThat(term(extended, "further-appeal-period").deadline()).isEqualTo(d("2015-09-29"));
        assertThat(extended.history().toString())
                .contains("the period follows the track (spoor 4: verlengde asielprocedure (VA)): four weeks.")
                .contains("Vreemdelingenwet 2000 art. 69(1) (BWBR0011823)");
    }

    @Test
    void beforeJuly2015TheTrackDecides() {
        // art. 69(2) before 2015-07-20 covered only rejections within the general procedure's days
        ProcedureState s = decided(
                Track.TRACK_4_EXTENDED, Decided.on(d("2015-07-17"), DecisionGround.ART_30B_MANIFESTLY_UNFOUNDED));
        DeadlineReport appeal = term(s, "appeal-period");
        // four weeks: 2015-07-17 + 28 days = Friday 2015-08-14
        assertThat(appeal.deadline()).isEqualTo(d("2015-08-14"));
        assertThat(appeal.warnings()).singleElement().asString().contains("is not used");
        // from 2015-07-20 the ground decides: 2015-07-20 + 7 days = Monday 2015-07-27
        ProcedureState after = decided(
                Track.TRACK_4_EXTENDED, Decided.on(d("2015-07-20"), DecisionGround.ART_30B_MANIFESTLY_UNFOUNDED));
        assertThat(term(after, "appeal-period").deadline()).isEqualTo(d("2015-07-27"));
    }

    @Test
    void aGroundMustFitTheOutcomeAndOnlyAsylumDecisionsHaveOne() {
        assertThatThrownBy(() -> new Decided(
                        d("2026-03-12"), Outcome.REJECTED, Optional.of(DecisionGround.ART_30B_MANIFESTLY_UNFOUNDED)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("ground:")
                .hasMessageContaining("REJECTED_MANIFESTLY_UNFOUNDED")
                .hasMessageContaining("ART_31_GENERAL_PROCEDURE");
        assertThatThrownBy(() -> new Decided(
                        d("2026-03-12"), Outcome.GRANTED, Optional.of(DecisionGround.ART_31_GENERAL_PROCEDURE)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("has no ground");
        ProcedureState regular = Procedures.fold(ProcedureKind.REGULAR, List.of(ApplicationLodged.on(d("2026-01-12"))));
        assertThatThrownBy(() -> regular.apply(Decided.on(d("2026-03-12"), DecisionGround.ART_31_GENERAL_PROCEDURE)))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("ground ART_31_GENERAL_PROCEDURE")
                .hasMessageContaining("asylum");
    }

    @Test
    void theGroundIsAnOptionalJsonField() {
        // existing JSON without "ground" still reads; the ground round-trips
        ProcedureCase old = Json.read(
                "{\"kind\":\"REGULAR\",\"events\":[{\"type\":\"application-lodged\",\"date\":\"2026-01-12\"},"
                        + "{\"type\":\"decided\",\"date\":\"2026-03-12\",\"outcome\":\"REJECTED\"}]}",
                ProcedureCase.class);
        assertThat(old.events().get(1)).isEqualTo(new Decided(d("2026-03-12"), Outcome.REJECTED));
        Decided withGround = Decided.on(d("2026-03-12"), DecisionGround.ART_30A_INADMISSIBLE);
        String json = Json.write(withGround);
        assertThat(json).contains("\"ground\":\"ART_30A_INADMISSIBLE\"");
        assertThat(Json.read(json, ProcedureEvent.class)).isEqualTo(withGround);
        assertThatThrownBy(() -> Json.read(
                        "{\"type\":\"decided\",\"date\":\"2026-03-12\",\"outcome\":\"REJECTED\",\"ground\":\"ART_30B_MANIFESTLY_UNFOUNDED\"}",
                        ProcedureEvent.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ground");
    }
}
