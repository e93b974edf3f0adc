package io.github.migratiekit.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.procedure.ProcedureEvent.ApplicationLodged;
import io.github.migratiekit.core.procedure.ProcedureEvent.Decided;
import io.github.migratiekit.core.procedure.ProcedureEvent.DecisionPeriodExtended;
import io.github.migratiekit.core.procedure.ProcedureEvent.DecisionPeriodSuspended;
import io.github.migratiekit.core.procedure.testing.ProcedureGenerators;
import io.github.migratiekit.core.time.Extension;
import io.github.migratiekit.core.time.ExtensionBasis;
import io.github.migratiekit.core.time.Suspension;
import io.github.migratiekit.core.time.SuspensionGround;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A suspension or extension of a decision period is accepted exactly when the period, so changed, can still be
 * counted: the fold checks it in constant time against bounds, and these tests compare that with counting the changed
 * term in full (the naive oracle).
 */
class TermCheckTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** The naive oracle: the open decision period with the change, counted in full. */
    private static boolean countable(ProcedureState s, ProcedureEvent e) {
        RunningTerm t = s.openTerm(TermIds.DECISION).orElseThrow();
        try {
            RunningTerm changed = e instanceof DecisionPeriodSuspended x
                    ? t.withSuspension(Suspension.of(x.date(), x.until(), x.ground()))
                    : t.withExtension(Extension.of(
                            ((DecisionPeriodExtended) e).length(), ((DecisionPeriodExtended) e).basis(), e.date()));
            changed.deadline(s.rules(), DecisionPeriods.openSuspension(changed, s.completionRequestedOn(), e.date()));
            // the limits the law sets per basis (Vw 2000 art. 25(2): six months in all; art. 2u(1): three months)
            ExtensionBasis.checkLimits(changed.extensions());
            return true;
        } catch (InvalidInputException ex) {
            return false;
        }
    }

    private static boolean accepted(ProcedureState s, ProcedureEvent e) {
        try {
            ProcedureState next = s.apply(e);
            // whatever is accepted can be reported on the event's day
            next.report(e.date());
            return true;
        } catch (InvalidTransitionException ex) {
            return false;
        }
    }

    @Test
    void aChangeIsAcceptedExactlyWhenTheChangedTermCanBeCounted() {
        qt().withExamples(ProcedureGenerators.examples(400))
                .forAll(
                        ProcedureGenerators.cases(),
                        Generate.range(-400, 400),
                        Generate.range(0, 40_000),
                        Generate.range(0, 1999))
                .checkAssert((c, offset, length, pick) -> {
                    boolean suspend = pick % 2 == 0;
                    int choice = pick / 2;
                    ProcedureState s = c.fold();
                    EventType type = suspend ? EventType.DECISION_PERIOD_SUSPENDED : EventType.DECISION_PERIOD_EXTENDED;
                    if (!s.allowedEvents().contains(type)) {
                        return;
                    }
                    LocalDate last = s.lastEventDate().orElseThrow();
                    RunningTerm t = s.openTerm(TermIds.DECISION).orElseThrow();
                    LocalDate end = t.deadline(s.rules(), List.of()).deadline();
                    // around the last day of the period, never before the last event
                    LocalDate day = end.plusDays(offset).isBefore(last) ? last : end.plusDays(offset);
                    ProcedureEvent e;
                    if (suspend) {
                        e = new DecisionPeriodSuspended(
                                day, day.plusDays(length), SuspensionGround.values()[choice % 4]);
                    } else {
                        // the bases the term's rule lists, used up or not: a used-up basis must be refused by both
                        List<ExtensionBasis> bases =
                                s.rules().rule(t.ruleId(), t.start()).extensionBases();
                        if (bases.isEmpty()) {
                            return;
                        }
                        e = new DecisionPeriodExtended(
                                day, Period.ofDays(1 + length), bases.get(choice % bases.size()));
                    }
                    assertThat(accepted(s, e)).as("%s after %s", e, c).isEqualTo(countable(s, e));
                });
    }

    @Test
    void aSeriesOfChangesIsCheckedLikeTheNaiveCountAfterEveryChange() {
        // series of suspensions and extensions of one period, short and very long (up to about 27 years, so that the
        // period leaves the calendar's last year 2100 after a few), decided on or around its last day: after every
        // change the fold accepts exactly what counting the changed term in full accepts
        int[] outcomes = new int[2];
        qt().withExamples(ProcedureGenerators.examples(60))
                .forAll(Generate.intArrays(Generate.range(1, 25), Generate.range(0, 1_000_000)))
                .checkAssert(ops -> {
                    ProcedureState s =
                            Procedures.fold(ProcedureKind.REGULAR, List.of(ApplicationLodged.on(d("2026-01-12"))));
                    for (int op : ops) {
                        LocalDate last = s.lastEventDate().orElseThrow();
                        LocalDate end = s.openTerm(TermIds.DECISION)
                                .orElseThrow()
                                .deadline(s.rules(), List.of())
                                .deadline();
                        int offset = op % 41 - 30; // mostly before the last day, sometimes after it
                        LocalDate day = end.plusDays(offset).isBefore(last) ? last : end.plusDays(offset);
                        int length = (op / 82) % 7 == 0 ? op / 100 : op / 82 % 30; // a few very long ones
                        ProcedureEvent e = (op / 41) % 2 == 0
                                ? new DecisionPeriodSuspended(
                                        day, day.plusDays(length), SuspensionGround.APPLICANT_DELAY)
                                : new DecisionPeriodExtended(day, Period.ofDays(1 + length), ExtensionBasis.VW_25_2);
                        boolean ok = countable(s, e);
                        assertThat(accepted(s, e))
                                .as("%s after %s", e, s.events())
                                .isEqualTo(ok);
                        outcomes[ok ? 1 : 0]++;
                        if (ok) {
                            s = s.apply(e);
                        }
                    }
                    RunningTerm t = s.openTerm(TermIds.DECISION).orElseThrow();
                    assertThat(s.report(s.lastEventDate().orElseThrow())
                                    .deadlines()
                                    .get(0)
                                    .deadline())
                            .isEqualTo(t.deadline(s.rules(), List.of()).deadline());
                });
        assertThat(outcomes[0]).as("refused changes").isPositive();
        assertThat(outcomes[1]).as("accepted changes").isPositive();
    }

    @Test
    void anExtensionDecidedAfterTheFirstLastDayButBeforeTheExtendedOneIsInTime() {
        // Awb art. 4:14: an extension must be decided before the term ends; the term extended once ends later
        // 2026-01-12 + 90 days = Sunday 2026-04-12 -> Monday 2026-04-13; + 90 days = 2026-07-11 (Saturday) -> 07-13
        ProcedureState s = Procedures.fold(
                ProcedureKind.REGULAR,
                List.of(
                        ApplicationLodged.on(d("2026-01-12")),
                        new DecisionPeriodExtended(d("2026-02-01"), Period.ofDays(90), ExtensionBasis.VW_25_2)));
        ProcedureState twice =
                s.apply(new DecisionPeriodExtended(d("2026-05-01"), Period.ofDays(10), ExtensionBasis.VW_25_2));
        assertThat(twice.report(d("2026-05-01")).deadlines().get(0).deadline()).isEqualTo(d("2026-07-21"));
        assertThatThrownBy(() ->
                        s.apply(new DecisionPeriodExtended(d("2026-07-14"), Period.ofDays(10), ExtensionBasis.VW_25_2)))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("after the term had ended on 2026-07-13");
    }

    @Test
    void aChangeThatTakesTheLastDayOutOfTheCalendarIsRefused() {
        // the Atw calendar covers 1990-2100: a regular period moved into 2180 cannot be rolled
        ProcedureState s = Procedures.fold(ProcedureKind.REGULAR, List.of(ApplicationLodged.on(d("2026-01-12"))));
        assertThatThrownBy(() -> s.apply(new DecisionPeriodSuspended(
                        d("2026-02-01"), d("2180-01-01"), SuspensionGround.APPLICANT_DELAY)))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("2100");
        // Vw 2000 art. 25(2): an extension of a regular term is at most six months
        assertThatThrownBy(() -> s.apply(
                        new DecisionPeriodExtended(d("2026-02-01"), Period.ofMonths(7), ExtensionBasis.VW_25_2)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("art. 25(2)");
        assertThat(s.events()).hasSize(1);
    }

    @Test
    void anExtensionOfAPeriodExtendedByWbv2022Of22IsCheckedAsTheRulesCountIt() {
        // lodged 2022-03-28: six months end 2022-09-28, pending on 2022-09-27, so WBV 2022/22 adds nine months
        // (2023-06-28); the rules count the individual extension against the term without WBV 2022/22 first, so the
        // fold must count it in full rather than against its bound (found by the property above)
        ProcedureState s = Procedures.fold(
                ProcedureKind.ASYLUM,
                List.of(
                        ApplicationLodged.on(d("2022-03-28")),
                        new ProcedureEvent.Registered(d("2022-03-28")),
                        new ProcedureEvent.RestAndPreparationStarted(d("2022-03-28"))));
        assertThat(s.openTerm(TermIds.DECISION)
                        .orElseThrow()
                        .deadline(s.rules(), List.of())
                        .deadline())
                .isEqualTo(d("2023-06-28"));
        for (String day : List.of("2022-09-01", "2023-06-28")) {
            ProcedureEvent e = new DecisionPeriodExtended(d(day), Period.ofMonths(3), ExtensionBasis.VW_42_4);
            assertThat(accepted(s, e)).as(day).isEqualTo(countable(s, e));
        }
        assertThat(accepted(s, new DecisionPeriodExtended(d("2022-09-01"), Period.ofMonths(3), ExtensionBasis.VW_42_4)))
                .isTrue();
    }

    @Test
    void extensionsInMonthsOrDaysAreCountedAsLongAsTheyAre() {
        // Vw 2000 art. 25(1)/(2): 90 days from 2100-06-01 end on Monday 2100-08-30; an extension within the six months
        // of art. 25(2) takes the period past the Atw calendar's last year 2100, whatever unit it is given in
        ProcedureState s = Procedures.fold(ProcedureKind.REGULAR, List.of(ApplicationLodged.on(d("2100-06-01"))));
        for (Period p : List.of(Period.ofMonths(5), Period.ofDays(180), Period.of(0, 4, 40))) {
            assertThatThrownBy(() -> s.apply(new DecisionPeriodExtended(d("2100-06-10"), p, ExtensionBasis.VW_25_2)))
                    .as("%s", p)
                    .isInstanceOf(InvalidTransitionException.class)
                    .hasMessageContaining("2100");
        }
        // and within the calendar they are accepted: 2100-08-30 + 3 months = Tuesday 2100-11-30
        assertThat(s.apply(new DecisionPeriodExtended(d("2100-06-10"), Period.ofMonths(3), ExtensionBasis.VW_25_2))
                        .report(d("2100-06-10"))
                        .deadlines()
                        .get(0)
                        .deadline())
                .isEqualTo(d("2100-11-30"));
        // RWN art. 9(4), "ten hoogste tweemaal zes maanden": one year from Monday 2099-03-02 ends Tuesday 2100-03-02;
        // a postponement of a year is refused by the article before the calendar matters, one of six months ends
        // Thursday 2100-09-02 (no basis allows a year, so an extension's years never reach the calendar check)
        ProcedureState n =
                Procedures.fold(ProcedureKind.NATURALISATION, List.of(ApplicationLodged.on(d("2099-03-02"))));
        assertThat(n.report(d("2099-03-02")).deadlines().get(0).deadline()).isEqualTo(d("2100-03-02"));
        assertThatThrownBy(() ->
                        n.apply(new DecisionPeriodExtended(d("2099-06-01"), Period.ofYears(1), ExtensionBasis.RWN_9_4)))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("art. 9(4)");
        assertThat(n.apply(new DecisionPeriodExtended(d("2099-06-01"), Period.ofMonths(6), ExtensionBasis.RWN_9_4))
                        .report(d("2099-06-01"))
                        .deadlines()
                        .get(0)
                        .deadline())
                .isEqualTo(d("2100-09-02"));
    }

    @Test
    void anExtensionIsCountedWithTheSuspensionStillRunning() {
        // Awb art. 4:15(1)(a): asked on 2100-06-02 to complete the application, the 90 days of Vw 2000 art. 25(1)
        // (2100-06-01 to 2100-08-30) are suspended from 2100-06-03; on 2100-08-29 that is 88 days, to 2100-11-26.
        // Three more months (art. 25(2)) take it to 2101-02-26, past the calendar's last year: refused, although
        // the extension alone would fit; one more month (2100-12-26) is accepted
        ProcedureState s = Procedures.fold(
                ProcedureKind.REGULAR,
                List.of(
                        ApplicationLodged.on(d("2100-06-01")),
                        new ProcedureEvent.CompletionRequested(d("2100-06-02"))));
        ProcedureEvent tooLong =
                new DecisionPeriodExtended(d("2100-08-29"), Period.ofMonths(3), ExtensionBasis.VW_25_2);
        assertThat(countable(s, tooLong)).isFalse();
        assertThatThrownBy(() -> s.apply(tooLong))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("2100");
        ProcedureEvent month = new DecisionPeriodExtended(d("2100-08-29"), Period.ofMonths(1), ExtensionBasis.VW_25_2);
        assertThat(accepted(s, month)).isTrue();
    }

    @Test
    void suspensionsFarApartAreCountedTogether() {
        // each alone keeps the period within the calendar; together (38 + 37 years, one run of days) they take it
        // past 2100. (A suspension that begins after the period has ended would have no effect, Awb art. 4:15.)
        ProcedureState s = Procedures.fold(
                ProcedureKind.REGULAR,
                List.of(
                        ApplicationLodged.on(d("2026-01-12")),
                        new DecisionPeriodSuspended(
                                d("2026-02-01"), d("2063-12-31"), SuspensionGround.APPLICANT_DELAY)));
        ProcedureEvent second =
                new DecisionPeriodSuspended(d("2064-01-01"), d("2101-01-01"), SuspensionGround.APPLICANT_DELAY);
        assertThat(countable(s, second)).isFalse();
        assertThatThrownBy(() -> s.apply(second))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("2100");
        // a second one inside the first changes nothing and is accepted
        ProcedureEvent inside =
                new DecisionPeriodSuspended(d("2026-03-01"), d("2063-01-01"), SuspensionGround.FORCE_MAJEURE);
        assertThat(s.apply(inside).report(d("2026-03-01")).deadlines().get(0).deadline())
                .isEqualTo(s.report(d("2026-03-01")).deadlines().get(0).deadline());
    }

    @Test
    void aTermThatWouldEndOutsideTheCalendarIsNotStarted() {
        // the Atw calendar ends with 2100: 90 days from 2100-11-01 cannot be counted
        assertThatThrownBy(() -> Procedures.fold(ProcedureKind.REGULAR, List.of(ApplicationLodged.on(d("2100-11-01")))))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("events[0]")
                .hasMessageContaining("2100");
        ProcedureState departure = Procedures.fold(
                ProcedureKind.REGULAR,
                List.of(ApplicationLodged.on(d("2100-06-01")), new Decided(d("2100-06-02"), Outcome.GRANTED)));
        assertThat(departure.events()).hasSize(2);
        assertThatThrownBy(() -> Procedures.fold(
                        ProcedureKind.REGULAR,
                        List.of(ApplicationLodged.on(d("2100-06-01")), new Decided(d("2100-12-20"), Outcome.REJECTED))))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("events[1]");
    }

    @Test
    void aSuspensionFromTheDayTheTermStartedIsRefused() {
        // Awb art. 4:15: a term is suspended from the day after the event that started it
        ProcedureState s = Procedures.fold(ProcedureKind.REGULAR, List.of(ApplicationLodged.on(d("2026-01-12"))));
        assertThatThrownBy(() -> s.apply(new DecisionPeriodSuspended(
                        d("2026-01-12"), d("2026-01-20"), SuspensionGround.APPLICANT_DELAY)))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("suspensions[0].start")
                .hasMessageContaining("is not after 2026-01-12");
    }

    @Test
    void theDecisionPeriodMovesByTheSuspendedDays() {
        // Awb art. 4:15: 2026-01-12 + 90 days = Sunday 2026-04-12; suspended 2026-02-01..02-10 (10 days) and again
        // 2026-02-05..02-14 (overlapping: 4 more days, the union is 02-01..02-14) -> Sunday 2026-04-26 -> Koningsdag
        // Monday 2026-04-27 -> Tuesday 2026-04-28 (Atw art. 1(1), 3(1))
        ProcedureState s = Procedures.fold(
                ProcedureKind.REGULAR,
                List.of(
                        ApplicationLodged.on(d("2026-01-12")),
                        new DecisionPeriodSuspended(d("2026-02-01"), d("2026-02-10"), SuspensionGround.APPLICANT_DELAY),
                        new DecisionPeriodSuspended(
                                d("2026-02-05"), d("2026-02-14"), SuspensionGround.WRITTEN_AGREEMENT)));
        DeadlineReport decision = s.report(d("2026-02-15")).deadlines().get(0);
        assertThat(decision.deadline()).isEqualTo(d("2026-04-28"));
        assertThat(s.history().toString())
                .contains("2026-02-01: the decision period is suspended until 2026-02-10")
                .contains("2026-02-05: the decision period is suspended until 2026-02-14");
        // without the suspensions it would end on Monday 2026-04-13
        assertThat(Procedures.fold(ProcedureKind.REGULAR, List.of(ApplicationLodged.on(d("2026-01-12"))))
                        .report(d("2026-02-15"))
                        .deadlines()
                        .get(0)
                        .deadline())
                .isEqualTo(d("2026-04-13"));
        assertThat(Optional.of(decision.status())).contains(TermStatus.RUNNING);
    }
}
