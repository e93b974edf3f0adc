package io.github.migratiekit.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.permit.StayPurpose;
import io.github.migratiekit.core.procedure.ProcedureEvent.AppealDecided;
import io.github.migratiekit.core.procedure.ProcedureEvent.AppealLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.ApplicationCompleted;
import io.github.migratiekit.core.procedure.ProcedureEvent.ApplicationLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.BorderApplicationLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.CeremonyAttended;
import io.github.migratiekit.core.procedure.ProcedureEvent.CompletionRequested;
import io.github.migratiekit.core.procedure.ProcedureEvent.Decided;
import io.github.migratiekit.core.procedure.ProcedureEvent.DecisionPeriodExtended;
import io.github.migratiekit.core.procedure.ProcedureEvent.Departed;
import io.github.migratiekit.core.procedure.ProcedureEvent.Entered;
import io.github.migratiekit.core.procedure.ProcedureEvent.EntryBanImposed;
import io.github.migratiekit.core.procedure.ProcedureEvent.FurtherAppealLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.IntentionIssued;
import io.github.migratiekit.core.procedure.ProcedureEvent.MvvCollected;
import io.github.migratiekit.core.procedure.ProcedureEvent.MvvIssued;
import io.github.migratiekit.core.procedure.ProcedureEvent.ObjectionDecided;
import io.github.migratiekit.core.procedure.ProcedureEvent.ObjectionLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.PermitGranted;
import io.github.migratiekit.core.procedure.ProcedureEvent.Registered;
import io.github.migratiekit.core.procedure.ProcedureEvent.RestAndPreparationStarted;
import io.github.migratiekit.core.procedure.ProcedureEvent.ReturnDecisionIssued;
import io.github.migratiekit.core.procedure.ProcedureEvent.SideIntake;
import io.github.migratiekit.core.procedure.ProcedureEvent.SponsorAsylumGranted;
import io.github.migratiekit.core.procedure.ProcedureEvent.TrackAssigned;
import io.github.migratiekit.core.procedure.ProcedureEvent.TrackChanged;
import io.github.migratiekit.core.procedure.ProcedureEvent.ViewSubmitted;
import io.github.migratiekit.core.time.ExtensionBasis;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One example per transition and per deadline; expected dates are computed by hand from the cited rule. */
class ProcedureExamplesTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static DeadlineReport term(CaseReport r, String id) {
        List<DeadlineReport> all = new ArrayList<>(r.deadlines());
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).id().equals(id)) {
                return all.get(i);
            }
        }
        throw new AssertionError("no term " + id + " in " + r.deadlines());
    }

    private static List<ProcedureEvent> asylumUntilTrack(String lodged, Track track) {
        LocalDate l = d(lodged);
        return List.of(
                ApplicationLodged.on(l),
                new Registered(l),
                new RestAndPreparationStarted(l.plusDays(1)),
                new TrackAssigned(l.plusDays(7), track));
    }

    private static List<ProcedureEvent> plus(List<ProcedureEvent> a, ProcedureEvent... more) {
        List<ProcedureEvent> all = new ArrayList<>(a);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void asylumDecisionPeriodIsSixMonths() {
        // Vw 2000 art. 42(1); ECLI:NL:RBDHA:2025:2500: application 10 Apr 2024 -> decision due 10 Oct 2024
        ProcedureState s = Procedures.fold(ProcedureKind.ASYLUM, asylumUntilTrack("2024-04-10", Track.TRACK_4_GENERAL));
        assertThat(s.phase()).isEqualTo(Phase.IN_TRACK);
        DeadlineReport decision = term(s.report(d("2024-05-01")), "decision");
        assertThat(decision.deadline()).isEqualTo(d("2024-10-10"));
        assertThat(decision.status()).isEqualTo(TermStatus.RUNNING);
        assertThat(term(s.report(d("2024-10-11")), "decision").status()).isEqualTo(TermStatus.LAPSED);
    }

    @Test
    void asylumApplicationsLodgedIn2023HaveFifteenMonths() {
        // De Staat van Migratie 2024 L2247 (R63), WBV 2023/3: 6 + 9 months; Atw art. 4(a): no roll
        ProcedureState s = Procedures.fold(ProcedureKind.ASYLUM, List.of(ApplicationLodged.on(d("2023-03-15"))));
        assertThat(term(s.report(d("2023-04-01")), "decision").deadline()).isEqualTo(d("2024-06-15"));
    }

    @Test
    void individualExtensionUnderVw42() {
        // Vw 2000 art. 42(4): extension by at most nine months, decided before the term ends (Awb 4:14)
        List<ProcedureEvent> base = asylumUntilTrack("2024-04-10", Track.TRACK_4_EXTENDED);
        ProcedureState s = Procedures.fold(
                ProcedureKind.ASYLUM,
                plus(base, new DecisionPeriodExtended(d("2024-10-01"), Period.ofMonths(9), ExtensionBasis.VW_42_4)));
        assertThat(term(s.report(d("2024-10-02")), "decision").deadline()).isEqualTo(d("2025-07-10"));
        assertThatThrownBy(() -> Procedures.fold(
                        ProcedureKind.ASYLUM,
                        plus(
                                base,
                                new DecisionPeriodExtended(
                                        d("2024-10-11"), Period.ofMonths(9), ExtensionBasis.VW_42_4))))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("events[4]")
                .hasMessageContaining("art. 4:14");
    }

    @Test
    void extensionBasisMustFitTheProcedure() {
        ProcedureState regular = Procedures.fold(ProcedureKind.REGULAR, List.of(ApplicationLodged.on(d("2026-01-12"))));
        // procedure-terms.json: the regular term lists only Vw 2000 art. 25(2); Awb 4:14(3) is for decisions
        // without a statutory term and does not extend one
        assertThat(regular.allowedExtensionBases()).containsExactly(ExtensionBasis.VW_25_2);
        assertThatThrownBy(() -> regular.apply(
                        new DecisionPeriodExtended(d("2026-02-01"), Period.ofMonths(9), ExtensionBasis.VW_42_4)))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("VW_42_4");
        // Vw 2000 art. 25(2) (see its note): 2026-01-12 + 90 days = 2026-04-12, + 90 days = Saturday 2026-07-11;
        // the 90-day term is within the Atw -> Monday 2026-07-13
        ProcedureState extended =
                regular.apply(new DecisionPeriodExtended(d("2026-02-01"), Period.ofDays(90), ExtensionBasis.VW_25_2));
        assertThat(term(extended.report(d("2026-02-01")), "decision").deadline())
                .isEqualTo(d("2026-07-13"));
    }

    @Test
    void generalProcedureRejectionAppealCourtAndFurtherAppeal() {
        List<ProcedureEvent> events = plus(
                asylumUntilTrack("2024-04-10", Track.TRACK_4_GENERAL),
                new IntentionIssued(d("2024-04-25")),
                new ViewSubmitted(d("2024-04-26")),
                new Decided(d("2024-05-02"), Outcome.REJECTED));
        ProcedureState decided = Procedures.fold(ProcedureKind.ASYLUM, events);
        CaseReport r = decided.report(d("2024-05-03"));
        assertThat(term(r, "decision").status()).isEqualTo(TermStatus.MET);
        // Vw 2000 art. 69(2): one week; 2024-05-09 is Ascension Day (Atw art. 3(1)) and Friday 2024-05-10 is
        // equated with a holiday by the decree "gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27
        // december 2024 en 30 mei 2025" (Atw art. 3(3)) -> Monday 2024-05-13
        assertThat(term(r, "appeal-period").deadline()).isEqualTo(d("2024-05-13"));
        // Vw 2000 art. 62(1): four weeks to leave; 2024-05-30 is a Thursday
        assertThat(term(r, "departure-period").deadline()).isEqualTo(d("2024-05-30"));
        assertThat(r.next().orElseThrow().id()).isEqualTo("appeal-period");
        assertThat(r.allowedNext()).containsExactly(EventType.APPEAL_LODGED);

        ProcedureState appealed = decided.apply(new AppealLodged(d("2024-05-08")));
        // Vw 2000 art. 83b (De Staat van Migratie 2024 Fig 73): 4 weeks in the general procedure
        assertThat(term(appealed.report(d("2024-05-08")), "court-decision").deadline())
                .isEqualTo(d("2024-06-05"));
        assertThat(term(appealed.report(d("2024-05-08")), "appeal-period").status())
                .isEqualTo(TermStatus.MET);

        ProcedureState judged = appealed.apply(new AppealDecided(d("2024-06-20"), Ruling.DISMISSED));
        // further appeal: one week like the appeal: art. 69(2) also governs it (ECLI:NL:RVS:2013:2679);
        // 2024-06-20 + 7 days = Thursday 2024-06-27
        assertThat(term(judged.report(d("2024-06-20")), "further-appeal-period").deadline())
                .isEqualTo(d("2024-06-27"));
        ProcedureState further = judged.apply(new FurtherAppealLodged(d("2024-07-01")));
        assertThat(term(further.report(d("2024-07-01")), "further-appeal-period")
                        .status())
                .isEqualTo(TermStatus.MET_LATE);
        // Vw 2000 art. 89 (Fig 74): 23 weeks = 161 days from 2024-07-01; Atw art. 4(a) excludes terms > 12 weeks
        assertThat(term(further.report(d("2024-07-01")), "further-appeal-court-decision")
                        .deadline())
                .isEqualTo(d("2024-12-09"));
    }

    @Test
    void extendedProcedureHasFourWeeksToAppealAndTwentyThreeWeeksInCourt() {
        List<ProcedureEvent> events = plus(
                asylumUntilTrack("2025-06-01", Track.TRACK_4_EXTENDED), new Decided(d("2026-03-12"), Outcome.REJECTED));
        ProcedureState s = Procedures.fold(ProcedureKind.ASYLUM, events);
        // Vw 2000 art. 69(1); legal-rules D.5 worked example: announced 2026-03-12 + 4 weeks = 2026-04-09
        assertThat(term(s.report(d("2026-03-13")), "appeal-period").deadline()).isEqualTo(d("2026-04-09"));
        ProcedureState appealed = s.apply(new AppealLodged(d("2026-04-01")));
        // Vw 2000 art. 83b (Fig 73, L2365): 23 weeks for other VA cases: 2026-04-01 + 161 days
        assertThat(term(appealed.report(d("2026-04-01")), "court-decision").deadline())
                .isEqualTo(d("2026-09-09"));

        ProcedureState manifest = Procedures.fold(
                ProcedureKind.ASYLUM,
                plus(
                        asylumUntilTrack("2025-06-01", Track.TRACK_4_EXTENDED),
                        new Decided(d("2026-03-12"), Outcome.REJECTED_MANIFESTLY_UNFOUNDED),
                        new AppealLodged(d("2026-04-01"))));
        // Fig 73 L2364: VA, manifestly unfounded: 4 weeks
        assertThat(term(manifest.report(d("2026-04-01")), "court-decision").deadline())
                .isEqualTo(d("2026-04-29"));
    }

    @Test
    void lateAppealIsMetLate() {
        ProcedureState s = Procedures.fold(
                ProcedureKind.ASYLUM,
                plus(
                        asylumUntilTrack("2025-06-01", Track.TRACK_4_GENERAL),
                        new Decided(d("2026-03-12"), Outcome.REJECTED),
                        new AppealLodged(d("2026-03-25"))));
        DeadlineReport appeal = term(s.report(d("2026-03-25")), "appeal-period");
        assertThat(appeal.deadline()).isEqualTo(d("2026-03-19"));
        assertThat(appeal.status()).isEqualTo(TermStatus.MET_LATE);
        assertThat(s.history().toString()).contains("excusable");
    }

    @Test
    void trackTwoRejectionMeansImmediateDepartureAndEntryBan() {
        // De Staat van Migratie 2024 L2301
        ProcedureState s = Procedures.fold(
                ProcedureKind.ASYLUM,
                plus(
                        asylumUntilTrack("2026-02-02", Track.TRACK_2_SAFE_COUNTRY),
                        new Decided(d("2026-02-20"), Outcome.REJECTED_MANIFESTLY_UNFOUNDED)));
        CaseReport r = s.report(d("2026-02-20"));
        assertThat(r.deadlines()).noneMatch(t -> t.id().equals("departure-period"));
        assertThat(r.history().toString())
                .contains("leave the Netherlands immediately")
                .contains("2 years");
        assertThat(term(r, "appeal-period").deadline()).isEqualTo(d("2026-02-27"));
    }

    @Test
    void trackChangeAndDormantTracks() {
        ProcedureState s = Procedures.fold(ProcedureKind.ASYLUM, asylumUntilTrack("2026-02-02", Track.TRACK_1_DUBLIN));
        ProcedureState changed = s.apply(new TrackChanged(d("2026-02-20"), Track.TRACK_4_GENERAL));
        assertThat(changed.track()).contains(Track.TRACK_4_GENERAL);
        assertThat(changed.history().toString()).contains("spoorwissel");
        assertThatThrownBy(() -> changed.apply(new TrackChanged(d("2026-02-21"), Track.TRACK_4_GENERAL)))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("track-changed")
                .hasMessageContaining("IN_TRACK");
        ProcedureState dormant =
                Procedures.fold(ProcedureKind.ASYLUM, asylumUntilTrack("2026-02-02", Track.TRACK_3_EVIDENT_GRANT));
        assertThat(dormant.history().toString()).contains("dormant");
    }

    @Test
    void failedDublinTransferIsASideIntakeWithANewDecisionPeriod() {
        ProcedureState dublin = Procedures.fold(
                ProcedureKind.ASYLUM,
                plus(
                        asylumUntilTrack("2026-01-05", Track.TRACK_1_DUBLIN),
                        new Decided(d("2026-02-02"), Outcome.NOT_CONSIDERED_DUBLIN)));
        assertThat(dublin.allowedEvents()).contains(EventType.SIDE_INTAKE, EventType.APPEAL_LODGED);
        ProcedureState reopened = dublin.apply(
                new SideIntake(d("2026-09-01"), SideIntakeReason.DUBLIN_TRANSFER_FAILED, Track.TRACK_4_GENERAL));
        assertThat(reopened.phase()).isEqualTo(Phase.IN_TRACK);
        assertThat(reopened.outcome()).isEmpty();
        assertThat(term(reopened.report(d("2026-09-01")), "appeal-period").status())
                .isEqualTo(TermStatus.SUPERSEDED);
        CaseReport r = reopened.report(d("2026-09-01"));
        // Directive 2013/32/EU art. 31(3) second subparagraph: six months from when NL is responsible;
        // 2026-09-01 + 6 months = Monday 2027-03-01
        assertThat(term(r, "decision").deadline()).isEqualTo(d("2027-03-01"));
        assertThat(r.deadlines().stream().filter(t -> t.id().equals("decision")))
                .extracting(DeadlineReport::status)
                .containsExactly(TermStatus.MET, TermStatus.RUNNING);
        assertThatThrownBy(() -> dublin.apply(
                        new SideIntake(d("2026-09-01"), SideIntakeReason.APPEAL_UPHELD, Track.TRACK_4_GENERAL)))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("no appeal was upheld");
    }

    @Test
    void upheldAppealReopensTheCase() {
        ProcedureState s = Procedures.fold(
                ProcedureKind.ASYLUM,
                plus(
                        asylumUntilTrack("2025-06-01", Track.TRACK_4_GENERAL),
                        new Decided(d("2025-07-01"), Outcome.REJECTED),
                        new AppealLodged(d("2025-07-03")),
                        new AppealDecided(d("2025-07-30"), Ruling.UPHELD),
                        new SideIntake(d("2025-08-05"), SideIntakeReason.APPEAL_UPHELD, Track.TRACK_4_EXTENDED)));
        assertThat(s.phase()).isEqualTo(Phase.IN_TRACK);
        assertThat(s.allowedEvents()).contains(EventType.DECIDED);
    }

    @Test
    void decisionOnTheMeritsNeedsATrack() {
        ProcedureState lodged = Procedures.fold(ProcedureKind.ASYLUM, List.of(ApplicationLodged.on(d("2026-01-05"))));
        assertThat(lodged.allowedOutcomes()).containsExactlyInAnyOrder(Outcome.WITHDRAWN, Outcome.NOT_PROCESSED);
        assertThatThrownBy(() -> lodged.apply(new Decided(d("2026-01-06"), Outcome.GRANTED)))
                .isInstanceOf(InvalidTransitionException.class)
                .satisfies(e -> {
                    InvalidTransitionException t = (InvalidTransitionException) e;
                    assertThat(t.phase()).isEqualTo(Phase.LODGED);
                    assertThat(t.event()).isEqualTo(EventType.DECIDED);
                    assertThat(t.kind()).isEqualTo(ProcedureKind.ASYLUM);
                });
        ProcedureState withdrawn = lodged.apply(new Decided(d("2026-01-06"), Outcome.WITHDRAWN));
        assertThat(withdrawn.closed()).isTrue();
    }

    @Test
    void borderProcedureFourWeeksThenAdmission() {
        // Directive 2013/32/EU art. 43(2); De Staat van Migratie 2024 L3388: decide within four weeks or admit
        ProcedureState s = Procedures.fold(
                ProcedureKind.BORDER_ASYLUM, List.of(new BorderApplicationLodged(d("2026-03-02"), false)));
        assertThat(s.borderDecisionDeadline()).contains(d("2026-03-30"));
        assertThatThrownBy(() -> s.apply(new Decided(d("2026-03-31"), Outcome.REJECTED)))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("must be admitted")
                .hasMessageContaining("2026-03-30");
        ProcedureState rejected = s.apply(new Decided(d("2026-03-30"), Outcome.REJECTED));
        // one week: 2026-04-06 is Easter Monday (Atw art. 3(1)) -> 2026-04-07
        assertThat(term(rejected.report(d("2026-03-30")), "appeal-period").deadline())
                .isEqualTo(d("2026-04-07"));

        ProcedureState admitted = s.apply(new ProcedureEvent.AdmittedToRegularProcedure(d("2026-03-20")));
        assertThat(admitted.kind()).isEqualTo(ProcedureKind.ASYLUM);
        assertThat(admitted.phase()).isEqualTo(Phase.LODGED);
        CaseReport r = admitted.report(d("2026-03-20"));
        assertThat(term(r, "border-decision").status()).isEqualTo(TermStatus.MET);
        // the asylum decision period runs from the lodging at the border: 2026-03-02 + 6 months
        assertThat(term(r, "decision").deadline()).isEqualTo(d("2026-09-02"));
    }

    @Test
    void borderProcedureUnderTheAsylumProceduresRegulationLastsTwelveWeeks() {
        // Regulation (EU) 2024/1348, applicable from 2026-06-12: 12 weeks (legal-rules D.1); 2026-07-01 + 84 days
        ProcedureState s = Procedures.fold(
                ProcedureKind.BORDER_ASYLUM, List.of(new BorderApplicationLodged(d("2026-07-01"), false)));
        assertThat(s.borderDecisionDeadline()).contains(d("2026-09-23"));
    }

    @Test
    void borderTermIsNotRolledAndNeverForUnaccompaniedMinors() {
        // Atw art. 4(c): not for terms of deprivation of liberty; 2026-03-28 + 28 days = Saturday 2026-04-25
        ProcedureState s = Procedures.fold(
                ProcedureKind.BORDER_ASYLUM, List.of(new BorderApplicationLodged(d("2026-03-28"), false)));
        assertThat(s.borderDecisionDeadline()).contains(d("2026-04-25"));
        // De Staat van Migratie 2024 L3392
        assertThatThrownBy(() -> Procedures.fold(
                        ProcedureKind.BORDER_ASYLUM, List.of(new BorderApplicationLodged(d("2026-03-28"), true))))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("events[0]")
                .hasMessageContaining("unaccompanied minors");
    }

    @Test
    void regularApplicationSuspendedWhileIncomplete() {
        // Vw 2000 art. 25(1): 90 days; Awb 4:15(1)(a): suspended from the day after the request until completion.
        // 2026-01-12 + 90 = Sunday 2026-04-12; + 14 suspended days (02-02..02-15) = Sunday 2026-04-26;
        // Monday 27 April is Koningsdag -> Tuesday 2026-04-28 (Atw art. 1(1), 3(1))
        List<ProcedureEvent> events = List.of(
                new ApplicationLodged(
                        d("2026-01-12"), Optional.of(StayPurpose.HIGHLY_SKILLED_MIGRANT), Optional.of(true)),
                new CompletionRequested(d("2026-02-01")),
                new ApplicationCompleted(d("2026-02-15")));
        ProcedureState s = Procedures.fold(ProcedureKind.REGULAR, events);
        assertThat(term(s.report(d("2026-03-01")), "decision").deadline()).isEqualTo(d("2026-04-28"));
        // while the request is open the term is taken as suspended up to the report day: 9 days on 2026-02-10
        ProcedureState open = Procedures.fold(ProcedureKind.REGULAR, events.subList(0, 2));
        assertThat(open.phase()).isEqualTo(Phase.AWAITING_COMPLETION);
        assertThat(term(open.report(d("2026-02-10")), "decision").deadline()).isEqualTo(d("2026-04-21"));
    }

    @Test
    void studyApplicationsHaveSixtyDays() {
        // IND decision periods: 60 days for study and research; 2026-01-12 + 60 days = Friday 2026-03-13
        ProcedureState s = Procedures.fold(
                ProcedureKind.REGULAR,
                List.of(new ApplicationLodged(d("2026-01-12"), Optional.of(StayPurpose.STUDY), Optional.of(true))));
        assertThat(term(s.report(d("2026-01-12")), "decision").deadline()).isEqualTo(d("2026-03-13"));
    }

    @Test
    void regularObjectionAndAppeal() {
        List<ProcedureEvent> events = List.of(
                ApplicationLodged.on(d("2026-01-12")),
                new Decided(d("2026-04-20"), Outcome.REJECTED),
                new ObjectionLodged(d("2026-05-10")),
                new ObjectionDecided(d("2026-06-25"), Ruling.DISMISSED));
        ProcedureState decided = Procedures.fold(ProcedureKind.REGULAR, events.subList(0, 2));
        // Vw 2000 art. 69(1): four weeks: 2026-04-20 + 28 days = Monday 2026-05-18
        assertThat(term(decided.report(d("2026-04-20")), "objection-period").deadline())
                .isEqualTo(d("2026-05-18"));
        assertThatThrownBy(() -> decided.apply(new AppealLodged(d("2026-04-25"))))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("objection-lodged");
        ProcedureState objected = Procedures.fold(ProcedureKind.REGULAR, events.subList(0, 3));
        // Awb 7:10(1): six weeks from the end of the objection period: 2026-05-18 + 42 days = 2026-06-29
        assertThat(term(objected.report(d("2026-05-10")), "objection-decision").deadline())
                .isEqualTo(d("2026-06-29"));
        ProcedureState s = Procedures.fold(ProcedureKind.REGULAR, events);
        // Vw 2000 art. 69(1): four weeks to appeal: 2026-06-25 + 28 days = Thursday 2026-07-23
        CaseReport r = s.report(d("2026-08-01"));
        assertThat(term(r, "appeal-period").deadline()).isEqualTo(d("2026-07-23"));
        assertThat(term(r, "appeal-period").status()).isEqualTo(TermStatus.LAPSED);
        assertThat(term(r, "appeal-period").explanation().toString()).contains("becomes final");
        assertThat(r.next()).isEmpty();
    }

    @Test
    void nareisWithinThreeMonthsThenMvvPeriods() {
        // Directive 2003/86/EC art. 12(1); De Staat van Migratie 2024 L3335: three months after the grant
        ProcedureState sponsor =
                Procedures.fold(ProcedureKind.NAREIS, List.of(new SponsorAsylumGranted(d("2026-01-15"))));
        assertThat(term(sponsor.report(d("2026-01-15")), "nareis-application").deadline())
                .isEqualTo(d("2026-04-15"));
        ProcedureState lodged = sponsor.apply(ApplicationLodged.on(d("2026-04-10")));
        assertThat(lodged.kind()).isEqualTo(ProcedureKind.NAREIS);
        // Vw 2000 art. 2u(1): 90 days after receipt: 2026-04-10 + 90 days = Thursday 2026-07-09
        assertThat(term(lodged.report(d("2026-04-10")), "decision").deadline()).isEqualTo(d("2026-07-09"));
        ProcedureState issued = Procedures.fold(
                lodged, List.of(new Decided(d("2026-08-03"), Outcome.GRANTED), new MvvIssued(d("2026-08-10"))));
        // Vw 2000 art. 2r: three months to collect: 2026-11-10
        assertThat(term(issued.report(d("2026-08-10")), "mvv-collection").deadline())
                .isEqualTo(d("2026-11-10"));
        ProcedureState collected = issued.apply(new MvvCollected(d("2026-10-01")));
        // 90 days to enter: 2026-10-01 + 90 days = Wednesday 2026-12-30
        assertThat(term(collected.report(d("2026-10-01")), "mvv-entry").deadline())
                .isEqualTo(d("2026-12-30"));
        ProcedureState done =
                Procedures.fold(collected, List.of(new Entered(d("2026-12-01")), new PermitGranted(d("2026-12-15"))));
        assertThat(done.phase()).isEqualTo(Phase.PERMIT_GRANTED);
        assertThat(done.closed()).isTrue();
        assertThat(term(done.report(d("2026-12-15")), "mvv-entry").status()).isEqualTo(TermStatus.MET);
    }

    @Test
    void lateNareisApplicationBecomesRegularFamilyReunification() {
        // De Staat van Migratie 2024 L3337: after three months only regular family reunification
        ProcedureState s = Procedures.fold(
                ProcedureKind.NAREIS,
                List.of(new SponsorAsylumGranted(d("2026-01-15")), ApplicationLodged.on(d("2026-04-16"))));
        assertThat(s.kind()).isEqualTo(ProcedureKind.REGULAR);
        CaseReport r = s.report(d("2026-04-16"));
        assertThat(term(r, "nareis-application").status()).isEqualTo(TermStatus.MET_LATE);
        // Vw 2000 art. 25(1): 90 days: 2026-04-16 + 90 = Wednesday 2026-07-15
        assertThat(term(r, "decision").deadline()).isEqualTo(d("2026-07-15"));
    }

    @Test
    void naturalisationYearCeremonyAndObjection() {
        // ind.nl: twelve months; Atw art. 4(a): no roll
        ProcedureState s =
                Procedures.fold(ProcedureKind.NATURALISATION, List.of(ApplicationLodged.on(d("2026-02-02"))));
        assertThat(term(s.report(d("2026-02-02")), "decision").deadline()).isEqualTo(d("2027-02-02"));
        ProcedureState dutch = Procedures.fold(
                s, List.of(new Decided(d("2026-11-02"), Outcome.GRANTED), new CeremonyAttended(d("2026-12-15"))));
        assertThat(dutch.phase()).isEqualTo(Phase.NATURALISED);
        assertThat(dutch.closed()).isTrue();
        ProcedureState rejected = s.apply(new Decided(d("2026-11-02"), Outcome.REJECTED));
        // Awb 6:7: six weeks (not the four weeks of Vw 69: nationality is not vreemdelingenrecht) -> 2026-12-14
        assertThat(term(rejected.report(d("2026-11-02")), "objection-period").deadline())
                .isEqualTo(d("2026-12-14"));
    }

    @Test
    void departurePeriodEntryBanAndDeparture() {
        // Vw 2000 art. 62(1): four weeks: 2026-03-12 + 28 days = 2026-04-09
        ProcedureState s = Procedures.fold(
                ProcedureKind.DEPARTURE,
                List.of(
                        ReturnDecisionIssued.on(d("2026-03-12")),
                        new EntryBanImposed(d("2026-03-12"), Period.ofYears(2), EntryBanGround.STANDARD)));
        assertThat(term(s.report(d("2026-03-12")), "departure-period").deadline())
                .isEqualTo(d("2026-04-09"));
        assertThat(s.allowedEvents()).containsExactly(EventType.DEPARTED);
        ProcedureState left = s.apply(new Departed(d("2026-04-01")));
        CaseReport r = left.report(d("2026-04-01"));
        assertThat(term(r, "departure-period").status()).isEqualTo(TermStatus.MET);
        // CJEU C-225/16 Ouhrami: the ban runs from the actual departure; two years, no roll: Saturday 2028-04-01
        assertThat(term(r, "entry-ban").deadline()).isEqualTo(d("2028-04-01"));
        assertThat(left.closed()).isTrue();
    }

    @Test
    void entryBanOnlyWithAReturnDecisionAndWithinItsMaximum() {
        // De Staat van Migratie 2024 L2681: only together with a return decision; at most 2 / 10 / 20 years
        assertThatThrownBy(() -> Procedures.fold(
                        ProcedureKind.DEPARTURE,
                        List.of(new EntryBanImposed(d("2026-03-12"), Period.ofYears(2), EntryBanGround.STANDARD))))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("NOT_STARTED")
                .hasMessageContaining("entry-ban-imposed");
        assertThatThrownBy(() -> new EntryBanImposed(d("2026-03-12"), Period.ofYears(3), EntryBanGround.STANDARD))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("length:");
        new EntryBanImposed(d("2026-03-12"), Period.ofYears(10), EntryBanGround.PUBLIC_ORDER);
        new EntryBanImposed(d("2026-03-12"), Period.ofYears(20), EntryBanGround.NATIONAL_SECURITY);
        assertThatThrownBy(() -> new EntryBanImposed(d("2026-03-12"), Period.ofYears(11), EntryBanGround.PUBLIC_ORDER))
                .isInstanceOf(InvalidEventException.class);
        // Vb 2000 art. 6.5a(2)-(4): 1 year after a short overstay, 3 after a short sentence, 5 on aggravated grounds
        assertThatThrownBy(() -> new EntryBanImposed(d("2026-03-12"), Period.ofYears(2), EntryBanGround.SHORT_OVERSTAY))
                .isInstanceOf(InvalidEventException.class);
        new EntryBanImposed(d("2026-03-12"), Period.ofYears(3), EntryBanGround.SHORT_SENTENCE);
        new EntryBanImposed(d("2026-03-12"), Period.ofYears(5), EntryBanGround.AGGRAVATED);
        assertThatThrownBy(() -> new EntryBanImposed(d("2026-03-12"), Period.ofYears(6), EntryBanGround.AGGRAVATED))
                .isInstanceOf(InvalidEventException.class);
        assertThat(EntryBanGround.AGGRAVATED.source().article()).isEqualTo("art. 6.5a(4)");
        assertThat(EntryBanGround.STANDARD.source().instrument()).isEqualTo("Vreemdelingenbesluit 2000");
    }

    @Test
    void shortenedDeparturePeriod() {
        // Vw 2000 art. 62(2)(a): shortened for a risk of absconding: 7 days from 2026-03-12 = Thursday 2026-03-19
        ProcedureState s = Procedures.fold(
                ProcedureKind.DEPARTURE,
                List.of(new ReturnDecisionIssued(
                        d("2026-03-12"), Optional.of(7), Optional.of(DepartureShortening.RISK_OF_ABSCONDING))));
        assertThat(term(s.report(d("2026-03-12")), "departure-period").deadline())
                .isEqualTo(d("2026-03-19"));
        ProcedureState now = Procedures.fold(
                ProcedureKind.DEPARTURE,
                List.of(new ReturnDecisionIssued(
                        d("2026-03-12"), Optional.of(0), Optional.of(DepartureShortening.PUBLIC_ORDER_OR_SECURITY))));
        assertThat(now.report(d("2026-03-12")).deadlines()).isEmpty();
        assertThat(now.history().toString()).contains("immediately");
        assertThatThrownBy(() -> new ReturnDecisionIssued(d("2026-03-12"), Optional.of(7), Optional.empty()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("shorteningGround:");
        assertThatThrownBy(() -> new ReturnDecisionIssued(
                        d("2026-03-12"), Optional.of(28), Optional.of(DepartureShortening.RISK_OF_ABSCONDING)))
                .hasMessageStartingWith("shortenedToDays:");
    }

    @Test
    void eventsOutOfOrderAreRejected() {
        ProcedureState s = Procedures.fold(ProcedureKind.ASYLUM, List.of(ApplicationLodged.on(d("2026-01-05"))));
        assertThatThrownBy(() -> s.apply(new Registered(d("2026-01-04"))))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("before the previous event");
        assertThat(s.events()).hasSize(1);
    }
}
