package io.github.migratiekit.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.legal.ExplanationStep;
import io.github.migratiekit.core.permit.StayPurpose;
import io.github.migratiekit.core.procedure.ProcedureEvent.AppealDecided;
import io.github.migratiekit.core.procedure.ProcedureEvent.AppealLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.ApplicationCompleted;
import io.github.migratiekit.core.procedure.ProcedureEvent.ApplicationLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.CeremonyAttended;
import io.github.migratiekit.core.procedure.ProcedureEvent.CompletionRequested;
import io.github.migratiekit.core.procedure.ProcedureEvent.Decided;
import io.github.migratiekit.core.procedure.ProcedureEvent.DecisionPeriodExtended;
import io.github.migratiekit.core.procedure.ProcedureEvent.DecisionPeriodSuspended;
import io.github.migratiekit.core.procedure.ProcedureEvent.Departed;
import io.github.migratiekit.core.procedure.ProcedureEvent.Entered;
import io.github.migratiekit.core.procedure.ProcedureEvent.EntryBanImposed;
import io.github.migratiekit.core.procedure.ProcedureEvent.FurtherAppealDecided;
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
import io.github.migratiekit.core.time.SuspensionGround;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The key facts each event writes into the history, its legal source, and what the state allows next; expected texts
 * are written from the procedures as docs/permits-and-procedures.md describes them.
 */
class HistoryFactsTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** Applies an event and returns the history steps it added. */
    private static List<ExplanationStep> added(ProcedureState[] s, ProcedureEvent e) {
        int before = s[0].history().steps().size();
        s[0] = s[0].apply(e);
        return s[0].history().steps().subList(before, s[0].history().steps().size());
    }

    private static String text(List<ExplanationStep> steps) {
        StringBuilder sb = new StringBuilder();
        for (ExplanationStep st : steps) {
            sb.append(st.text())
                    .append(" [")
                    .append(st.source().map(x -> x.citation()).orElse(""))
                    .append("] ");
        }
        return sb.toString();
    }

    @Test
    void anAsylumCaseFromLodgingToTheCouncilOfState() {
        ProcedureState[] s = {Procedures.start(ProcedureKind.ASYLUM)};
        assertThat(text(added(s, ApplicationLodged.on(d("2025-06-02")))))
                .contains("2025-06-02: asylum application lodged.")
                .contains("art. 42(1)");
        assertThat(text(added(s, new Registered(d("2025-06-02")))))
                .contains("2025-06-02: the applicant was registered.")
                .contains("art. 28-43");
        assertThat(text(added(s, new RestAndPreparationStarted(d("2025-06-03")))))
                .contains("2025-06-03: the rest and preparation period started.")
                .contains("L2077-L2083");
        assertThat(text(added(s, new TrackAssigned(d("2025-06-09"), Track.TRACK_4_GENERAL))))
                .contains("2025-06-09: assigned to spoor 4: algemene asielprocedure (AA).")
                .doesNotContain("dormant");
        // Awb art. 4:15 also for asylum: the suspension is recorded and moves the decision period
        LocalDate before = s[0].report(d("2025-06-09")).deadlines().get(0).deadline();
        assertThat(text(added(
                        s,
                        new DecisionPeriodSuspended(
                                d("2025-06-10"), d("2025-06-19"), SuspensionGround.APPLICANT_DELAY))))
                .contains("2025-06-10: the decision period is suspended until 2025-06-19 (")
                .contains(SuspensionGround.APPLICANT_DELAY.dutchLabel());
        assertThat(s[0].report(d("2025-06-20")).deadlines().get(0).deadline()).isEqualTo(before.plusDays(10));
        assertThat(text(added(s, new TrackChanged(d("2025-06-11"), Track.TRACK_4_EXTENDED))))
                .contains("2025-06-11: track change (spoorwissel) from spoor 4: algemene asielprocedure (AA) to spoor"
                        + " 4: verlengde asielprocedure (VA).")
                .contains("L2287");
        assertThat(text(added(s, new IntentionIssued(d("2025-07-01")))))
                .contains("2025-07-01: the IND issued its intention to reject (voornemen).")
                .contains("art. 39");
        assertThat(text(added(s, new ViewSubmitted(d("2025-07-08")))))
                .contains("2025-07-08: the applicant submitted a view (zienswijze) on the intention.");
        assertThat(text(added(
                        s, new DecisionPeriodExtended(d("2025-07-09"), Period.ofMonths(9), ExtensionBasis.VW_42_4))))
                .contains("2025-07-09: the decision period is extended by P9M.")
                .contains("art. 42(4)");
        // decided late: six months + 10 suspended days + nine months from 2025-06-02 = 2026-09-12 (no roll, Atw 4(a))
        String decided = text(added(s, Decided.on(d("2026-09-14"), DecisionGround.ART_31_EXTENDED_PROCEDURE)));
        assertThat(decided)
                .contains("2026-09-14: decision: afwijzing (after the decision period ended on 2026-09-12), in spoor"
                        + " 4: verlengde asielprocedure (VA).")
                .contains("No objection stage for asylum decisions: appeal lies directly to the district court.")
                .contains("art. 80")
                // the article was not re-read: the citation says so
                .containsPattern("art\\. 80[^\\]]*\\[unverified: no objection stage")
                .contains("The decision states its ground: afgewezen als ongegrond in de verlengde asielprocedure"
                        + " (art. 31). Appeal period: four weeks (art. 69(1)).")
                .contains("The rejection counts as a return decision with a departure period of four weeks.")
                .contains("art. 45(1)");
        assertThat(s[0].allowedEvents()).containsExactly(EventType.APPEAL_LODGED);
        assertThat(text(added(s, new AppealLodged(d("2026-09-20")))))
                .contains("2026-09-20: appeal lodged with the district court within the period ending 2026-10-12.")
                .contains("art. 6:11");
        assertThat(text(added(s, new AppealDecided(d("2026-12-01"), Ruling.DISMISSED))) + s[0].allowedEvents())
                .contains("2026-12-01: the district court declared the appeal ongegrond.")
                .doesNotContain("Further appeal period: one week")
                .doesNotContain(EventType.SIDE_INTAKE.name());
        // four weeks: 2026-12-29; lodged later: after the period, not within the departure period's
        assertThat(text(added(s, new FurtherAppealLodged(d("2027-01-04")))))
                .contains("2027-01-04: further appeal lodged with the Council of State after the period ended on"
                        + " 2026-12-29 (admissible only if the delay is excusable).");
        assertThat(text(added(s, new FurtherAppealDecided(d("2027-05-01"), Ruling.INADMISSIBLE))))
                .contains("2027-05-01: the Council of State declared the further appeal niet-ontvankelijk; the"
                        + " judgment is final.");
        assertThat(s[0].closed()).isTrue();
        assertThat(s[0].toString()).isEqualTo("ProcedureState[ASYLUM, FURTHER_APPEAL_DECIDED, 14 events]");
    }

    @Test
    void aGrantAndTheOutcomesOfEachKind() {
        ProcedureState lodged = Procedures.fold(
                ProcedureKind.ASYLUM,
                List.of(
                        ApplicationLodged.on(d("2026-01-05")),
                        new Registered(d("2026-01-05")),
                        new TrackAssigned(d("2026-01-12"), Track.TRACK_2_SAFE_COUNTRY)));
        ProcedureState[] s = {lodged};
        assertThat(text(added(s, new Decided(d("2026-01-20"), Outcome.GRANTED))))
                .contains("2026-01-20: decision:" + " inwilliging, in spoor 2")
                .contains("In principle no grants are made in track 1 or 2")
                .contains("A fixed-term asylum residence permit follows, valid for five years")
                .contains("art. 28");
        assertThat(s[0].closed()).isTrue();
        ProcedureState[] g = {
            Procedures.fold(
                    ProcedureKind.ASYLUM,
                    List.of(
                            ApplicationLodged.on(d("2026-01-05")),
                            new Registered(d("2026-01-05")),
                            new TrackAssigned(d("2026-01-12"), Track.TRACK_4_GENERAL)))
        };
        assertThat(text(added(g, new Decided(d("2026-01-20"), Outcome.GRANTED))))
                .doesNotContain("In principle no grants");
        assertThat(lodged.allowedOutcomes()).containsExactlyInAnyOrder(Outcome.values());
        assertThat(Procedures.start(ProcedureKind.ASYLUM).allowedOutcomes()).isEmpty();
        assertThat(Procedures.fold(ProcedureKind.REGULAR, List.of(ApplicationLodged.on(d("2026-01-05"))))
                        .allowedOutcomes())
                .containsExactlyInAnyOrder(Outcome.GRANTED, Outcome.REJECTED, Outcome.NOT_PROCESSED, Outcome.WITHDRAWN);
        assertThat(Procedures.fold(ProcedureKind.NATURALISATION, List.of(ApplicationLodged.on(d("2026-01-05"))))
                        .allowedExtensionBases())
                .containsExactly(ExtensionBasis.RWN_9_4); // RWN art. 9(4): "tweemaal zes maanden aangehouden"
        // Vw 2000 art. 42(4) extends an asylum term; art. 42(5) only "na de verlenging, bedoeld in het vierde lid";
        // Awb art. 4:14(3) only where no statutory term applies, and Vw 2000 art. 25(2) is for regular applications
        assertThat(lodged.allowedExtensionBases())
                .contains(ExtensionBasis.VW_42_4)
                .doesNotContain(ExtensionBasis.VW_42_5, ExtensionBasis.AWB_4_14, ExtensionBasis.VW_25_2);
        assertThat(lodged.apply(new ProcedureEvent.DecisionPeriodExtended(
                                d("2026-01-13"), java.time.Period.ofMonths(9), ExtensionBasis.VW_42_4))
                        .allowedExtensionBases())
                .contains(ExtensionBasis.VW_42_5)
                .doesNotContain(ExtensionBasis.AWB_4_14, ExtensionBasis.VW_25_2);
        assertThat(Procedures.start(ProcedureKind.DEPARTURE).allowedExtensionBases())
                .isEmpty();
        // an asylum decision without a track may only be a withdrawal or not processed: the refusal says why
        assertThatThrownBy(() -> Procedures.fold(ProcedureKind.ASYLUM, List.of(ApplicationLodged.on(d("2026-01-05"))))
                        .apply(new Decided(d("2026-01-06"), Outcome.REJECTED)))
                .hasMessageContaining("outcome REJECTED is not possible here")
                .hasMessageContaining("(a decision on the merits needs a track)");
        assertThatThrownBy(() -> Procedures.fold(ProcedureKind.REGULAR, List.of(ApplicationLodged.on(d("2026-01-05"))))
                        .apply(new Decided(d("2026-01-06"), Outcome.INADMISSIBLE)))
                .hasMessageContaining("outcome INADMISSIBLE is not possible here")
                .hasMessageNotContaining("needs a track");
    }

    @Test
    void aDublinDecisionATransferThatFailsAndAnUpheldAppeal() {
        ProcedureState[] s = {
            Procedures.fold(
                    ProcedureKind.ASYLUM,
                    List.of(
                            ApplicationLodged.on(d("2026-01-05")),
                            new Registered(d("2026-01-05")),
                            new TrackAssigned(d("2026-01-12"), Track.TRACK_1_DUBLIN)))
        };
        assertThat(text(added(s, new Decided(d("2026-02-02"), Outcome.NOT_CONSIDERED_DUBLIN))))
                .contains("Another Member State is responsible: the applicant is to be transferred")
                .doesNotContain("departure period");
        assertThat(text(added(
                        s,
                        new SideIntake(
                                d("2026-09-01"), SideIntakeReason.DUBLIN_TRANSFER_FAILED, Track.TRACK_4_GENERAL))))
                .contains("2026-09-01: the case is taken up again (side intake) in spoor 4: algemene asielprocedure"
                        + " (AA).")
                .contains("L2299, L2314")
                .contains("The Netherlands is responsible after the failed transfer: the decision period runs from"
                        + " this day.")
                .contains("art. 31(3) second subparagraph");
        ProcedureState[] a = {
            Procedures.fold(
                    s[0],
                    List.of(
                            new Decided(d("2026-10-01"), Outcome.REJECTED),
                            new AppealLodged(d("2026-10-05")),
                            new AppealDecided(d("2026-11-02"), Ruling.UPHELD)))
        };
        assertThat(a[0].allowedEvents()).contains(EventType.SIDE_INTAKE, EventType.FURTHER_APPEAL_LODGED);
        assertThat(text(added(
                        a, new SideIntake(d("2026-11-10"), SideIntakeReason.APPEAL_UPHELD, Track.TRACK_4_EXTENDED))))
                .contains("The IND must take a new decision; the court may have set a term for it (not modelled).")
                .doesNotContain("the decision period runs from this day");
        // no decision period runs after an upheld appeal, so none can be suspended or extended
        assertThat(a[0].allowedEvents())
                .contains(EventType.DECIDED)
                .doesNotContain(EventType.DECISION_PERIOD_SUSPENDED, EventType.DECISION_PERIOD_EXTENDED);
    }

    @Test
    void aRegularCaseWithARequestToCompleteObjectionAndAppeal() {
        ProcedureState[] s = {Procedures.start(ProcedureKind.REGULAR)};
        assertThat(text(added(
                        s,
                        new ApplicationLodged(
                                d("2026-01-12"), Optional.of(StayPurpose.HIGHLY_SKILLED_MIGRANT), Optional.of(true)))))
                .contains("2026-01-12: application for a regular residence permit lodged ("
                        + StayPurpose.HIGHLY_SKILLED_MIGRANT.dutchLabel() + "), with an mvv (TEV procedure).");
        assertThat(text(added(s, new CompletionRequested(d("2026-02-01")))))
                .contains("2026-02-01: the applicant was asked to complete the application; the decision period is"
                        + " suspended from 2026-02-02.")
                .contains("art. 4:5");
        // while the request is open, a report says so
        assertThat(s[0].report(d("2026-02-10")).deadlines().get(0).explanation().toString())
                .contains("The request to complete the application is still open: the term is taken as suspended up"
                        + " to 2026-02-10");
        assertThat(s[0].report(d("2026-02-01")).deadlines().get(0).explanation().toString())
                .doesNotContain("still open");
        assertThat(text(added(s, new ApplicationCompleted(d("2026-02-15")))))
                .contains("2026-02-15: the application was completed; the decision period was suspended from"
                        + " 2026-02-02 to 2026-02-15.")
                .contains("art. 4:15");
        assertThat(text(added(s, new CompletionRequested(d("2026-03-01"))))).contains("suspended from 2026-03-02");
        // deciding while a request is open ends it: the suspension up to the decision counts
        String decided = text(added(s, new Decided(d("2026-03-05"), Outcome.REJECTED)));
        assertThat(decided)
                .contains("2026-03-05: the application was completed; the decision period was suspended from"
                        + " 2026-03-02 to 2026-03-05.")
                .contains("2026-03-05: decision: afwijzing.");
        assertThat(s[0].terms().get(0).suspensions()).hasSize(2);
        assertThat(s[0].allowedEvents()).containsExactly(EventType.OBJECTION_LODGED);
        assertThat(text(added(s, new ObjectionLodged(d("2026-03-20")))))
                .contains("2026-03-20: objection lodged within the period ending 2026-04-02.")
                .contains("art. 7:1");
        assertThat(text(added(s, new ObjectionDecided(d("2026-05-01"), Ruling.DISMISSED))))
                .contains("2026-05-01: the objection was declared ongegrond.")
                .contains("art. 7:10");
        assertThat(s[0].report(d("2026-05-01")).deadlines())
                .filteredOn(t -> t.id().equals("objection-decision"))
                .extracting(DeadlineReport::status)
                .containsExactly(TermStatus.MET);
    }

    @Test
    void aRequestCompletedOnTheDayItWasMadeSuspendsNothing() {
        // Awb art. 4:15: the suspension runs from the day after the request
        ProcedureState[] s = {
            Procedures.fold(
                    ProcedureKind.REGULAR,
                    List.of(ApplicationLodged.on(d("2026-01-12")), new CompletionRequested(d("2026-02-01"))))
        };
        assertThat(text(added(s, new ApplicationCompleted(d("2026-02-01")))))
                .contains("2026-02-01: the application was completed on the day of the request: no suspension.");
        assertThat(s[0].terms().get(0).suspensions()).isEmpty();
    }

    @Test
    void nareisAndNaturalisationAfterAGrant() {
        ProcedureState[] n = {
            Procedures.fold(
                    ProcedureKind.NAREIS,
                    List.of(new SponsorAsylumGranted(d("2026-01-15")), ApplicationLodged.on(d("2026-02-01"))))
        };
        assertThat(n[0].history().toString())
                .contains("2026-01-15: the sponsor's asylum permit was granted.")
                .contains("2026-02-01: nareis application (mvv) lodged within the period ending 2026-04-15.");
        assertThat(text(added(n, new Decided(d("2026-05-01"), Outcome.GRANTED))))
                .contains("The mvv will be issued; then it must be collected and used to enter.")
                .contains("art. 2r");
        assertThat(n[0].allowedEvents()).containsExactly(EventType.MVV_ISSUED);
        assertThat(text(added(n, new MvvIssued(d("2026-05-05")))))
                .contains("2026-05-05: the mvv was granted and notified; it must be collected at the post.");
        assertThat(text(added(n, new MvvCollected(d("2026-06-01")))))
                .contains("2026-06-01: the mvv sticker was collected at the post.");
        assertThat(text(added(n, new Entered(d("2026-06-10")))))
                .contains("2026-06-10: the family member entered the Netherlands; the derived asylum permit follows.")
                .contains("art. 29(2)");
        assertThat(text(added(n, new PermitGranted(d("2026-07-01")))))
                .contains("2026-07-01: the derived asylum permit was granted.");
        // a refused nareis application goes to objection, not to the mvv
        ProcedureState refused = Procedures.fold(
                ProcedureKind.NAREIS,
                List.of(
                        new SponsorAsylumGranted(d("2026-01-15")),
                        ApplicationLodged.on(d("2026-02-01")),
                        new Decided(d("2026-05-01"), Outcome.REJECTED)));
        assertThat(refused.allowedEvents()).containsExactly(EventType.OBJECTION_LODGED);
        assertThat(refused.history().toString()).doesNotContain("The mvv will be issued");

        ProcedureState[] z = {
            Procedures.fold(ProcedureKind.NATURALISATION, List.of(ApplicationLodged.on(d("2026-02-02"))))
        };
        assertThat(z[0].history().toString()).contains("2026-02-02: naturalisation request lodged.");
        assertThat(text(added(z, new Decided(d("2026-11-02"), Outcome.GRANTED))))
                .contains("Naturalisation takes effect when the applicant attends the ceremony.");
        assertThat(text(added(z, new CeremonyAttended(d("2026-12-15")))))
                .contains("2026-12-15: the applicant attended the naturalisation ceremony and is Dutch from this day.");
        ProcedureState regularGrant = Procedures.fold(
                ProcedureKind.REGULAR,
                List.of(ApplicationLodged.on(d("2026-02-02")), new Decided(d("2026-03-02"), Outcome.GRANTED)));
        assertThat(regularGrant.closed()).isTrue();
        assertThat(regularGrant.history().steps()).hasSize(2);
    }

    @Test
    void departureEntryBanAndLeaving() {
        ProcedureState[] s = {Procedures.start(ProcedureKind.DEPARTURE)};
        assertThat(text(added(s, ReturnDecisionIssued.on(d("2026-03-12")))))
                .contains("2026-03-12: return decision issued.")
                .contains("art. 62(1)");
        assertThat(text(added(s, new EntryBanImposed(d("2026-03-12"), Period.ofYears(2), EntryBanGround.STANDARD))))
                .contains("2026-03-12: inreisverbod of P2Y imposed with the return decision; it runs from the day of"
                        + " departure.")
                // Vb 2000 art. 6.5a(1): an entry ban lasts at most two years unless a later paragraph applies
                .contains("Vreemdelingenbesluit 2000 art. 6.5a(1)");
        // one entry ban per return decision
        assertThat(s[0].allowedEvents()).containsExactly(EventType.DEPARTED);
        assertThat(text(added(s, new Departed(d("2026-04-01")))))
                .contains("2026-04-01: the person left the Netherlands.");
        assertThat(s[0].terms()).extracting(RunningTerm::id).containsExactly("departure-period", "entry-ban");
        ProcedureState[] now = {Procedures.start(ProcedureKind.DEPARTURE)};
        assertThat(text(added(
                        now,
                        new ReturnDecisionIssued(
                                d("2026-03-12"),
                                Optional.of(5),
                                Optional.of(DepartureShortening.MANIFESTLY_UNFOUNDED_OR_FALSE_INFORMATION)))))
                .contains("The departure period is shortened to 5 days: "
                        + DepartureShortening.MANIFESTLY_UNFOUNDED_OR_FALSE_INFORMATION.dutchLabel() + ".")
                .contains("art. 62(2)(b)");
        // left without an entry ban: no entry-ban term
        ProcedureState left = now[0].apply(new Departed(d("2026-03-15")));
        assertThat(left.terms()).extracting(RunningTerm::id).containsExactly("departure-period");
    }

    @Test
    void labelsThatAppearInTheHistory() {
        // the Dutch terms a reader of the history or the CLI sees
        assertThat(Outcome.REJECTED_MANIFESTLY_UNFOUNDED.dutchLabel()).isEqualTo("afwijzing als kennelijk ongegrond");
        assertThat(Ruling.UPHELD.dutchLabel()).isEqualTo("gegrond");
        assertThat(Phase.APPEAL_LODGED.dutchLabel()).isEqualTo("beroep ingesteld");
        assertThat(ProcedureKind.NAREIS.dutchLabel()).isEqualTo("nareis");
        assertThat(DecisionGround.ART_30B_MANIFESTLY_UNFOUNDED.dutchLabel())
                .isEqualTo("kennelijk ongegrond (art. 30b)");
        assertThat(DepartureShortening.RISK_OF_ABSCONDING.dutchLabel())
                .isEqualTo("risico op onttrekking aan het toezicht");
        assertThat(Track.TRACK_3_EVIDENT_GRANT.isDormant()).isTrue();
        assertThat(Track.TRACK_4_EXTENDED.isDormant()).isFalse();
        assertThat(EventType.ADMITTED_TO_REGULAR_PROCEDURE.jsonName()).isEqualTo("admitted-to-regular-procedure");
    }

    @Test
    void correctedRulesAreUsedWhenGiven() {
        // without the categorical extension of WBV 2023/3, an application of 2023-03-15 has six months
        io.github.migratiekit.core.time.ProcedureTerms standard =
                io.github.migratiekit.core.time.ProcedureTerms.standard();
        io.github.migratiekit.core.time.ProcedureTerms without =
                io.github.migratiekit.core.time.ProcedureTerms.of(standard.rules(), List.of());
        ProcedureEvent lodged = ApplicationLodged.on(d("2023-03-15"));
        assertThat(Procedures.fold(Procedures.start(ProcedureKind.ASYLUM, without), List.of(lodged))
                        .report(d("2023-03-15"))
                        .deadlines()
                        .get(0)
                        .deadline())
                .isEqualTo(d("2023-09-15"));
        assertThat(Procedures.fold(Procedures.start(ProcedureKind.ASYLUM, standard), List.of(lodged))
                        .report(d("2023-03-15"))
                        .deadlines()
                        .get(0)
                        .deadline())
                .isEqualTo(d("2024-06-15"));
    }

    @Test
    void aCaseAsItStoodOnADay() {
        ProcedureCase c = new ProcedureCase(
                ProcedureKind.ASYLUM,
                List.of(
                        ApplicationLodged.on(d("2026-01-05")),
                        new Registered(d("2026-01-06")),
                        new RestAndPreparationStarted(d("2026-01-07"))));
        assertThat(c.foldUntil(d("2026-01-06")).events()).hasSize(2);
        assertThat(c.foldUntil(d("2026-01-06")).phase()).isEqualTo(Phase.REGISTERED);
        assertThat(c.foldUntil(d("2026-01-04")).phase()).isEqualTo(Phase.NOT_STARTED);
        assertThat(c.foldUntil(d("2026-01-07"))).isEqualTo(c.fold());
        assertThat(Procedures.start(ProcedureKind.ASYLUM).lastEventDate()).isEmpty();
        assertThat(Procedures.start(ProcedureKind.ASYLUM).toString())
                .isEqualTo("ProcedureState[ASYLUM, NOT_STARTED, 0 events]");
    }
}
