package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.ExplanationStep;
import io.github.migratiekit.core.legal.Sources;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The steps of a deadline computation that examples against the final date alone cannot see: the order of
 * extensions, suspensions before an extension's timeliness check, the two-working-days rule at its threshold, and the
 * key facts each explanation step states. Expected dates are counted by hand from the calendar and the cited rule.
 */
class DeadlineStepsTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static DeadlineRequest.Builder request(String start, Period term, DeadlineCalculus calculus) {
        return DeadlineRequest.builder()
                .start(d(start))
                .term(term)
                .termSource(Sources.ATW)
                .calculus(calculus);
    }

    private static List<String> texts(Deadline deadline) {
        return deadline.explanation().steps().stream()
                .map(ExplanationStep::text)
                .toList();
    }

    @Test
    void extensionsAreCheckedInTheOrderOfTheirDecisionDates() {
        // Awb 4:14: 90 days from 2025-12-01 end on Sunday 2026-03-01, rolled to Monday 03-02. An extension of 30 days
        // decided on 2026-02-20 moves the end to 2026-03-31; a second one decided on 2026-03-20 is then timely, even
        // when it is listed first.
        Deadline d = Deadlines.compute(request("2025-12-01", Period.ofDays(90), DeadlineCalculus.DUTCH_STATUTORY)
                .addExtensions(
                        Extension.of(Period.ofDays(30), ExtensionBasis.AWB_4_14, d("2026-03-20")),
                        Extension.of(Period.ofDays(30), ExtensionBasis.AWB_4_14, d("2026-02-20")))
                .build());
        // 2026-03-01 + 30 + 30 days = 2026-04-30, a Thursday
        assertThat(d.rawDeadline()).isEqualTo(d("2026-04-30"));
        assertThat(d.deadline()).isEqualTo(d("2026-04-30"));
        assertThat(texts(d))
                .containsSubsequence(
                        "Extended on 2026-02-20 by 30 days: 2026-03-01 → 2026-03-31.",
                        "Extended on 2026-03-20 by 30 days: 2026-03-31 → 2026-04-30.");
    }

    @Test
    void suspendedDaysCountWhenCheckingWhetherAnExtensionCameInTime() {
        // Awb 4:15 and 4:14: four weeks from Monday 2026-01-12 end on Monday 2026-02-09; the 10 days suspended from
        // 2026-01-20 to 2026-01-29 move that end to Thursday 2026-02-19, so an extension decided on 02-19 is timely
        Deadline d = Deadlines.compute(request("2026-01-12", Period.ofWeeks(4), DeadlineCalculus.DUTCH_STATUTORY)
                .addSuspensions(
                        Suspension.of(d("2026-01-20"), d("2026-01-29"), SuspensionGround.INCOMPLETE_APPLICATION))
                .addExtensions(Extension.of(Period.ofWeeks(2), ExtensionBasis.AWB_4_14, d("2026-02-19")))
                .build());
        // 2026-02-09 + 2 weeks = 02-23, + 10 suspended days = Thursday 2026-03-05
        assertThat(d.rawDeadline()).isEqualTo(d("2026-03-05"));
        assertThat(d.suspendedDays()).isEqualTo(10);
        // ... and one decided on 02-20 is not
        assertThatThrownBy(() -> Deadlines.compute(request(
                                "2026-01-12", Period.ofWeeks(4), DeadlineCalculus.DUTCH_STATUTORY)
                        .addSuspensions(Suspension.of(
                                d("2026-01-20"), d("2026-01-29"), SuspensionGround.INCOMPLETE_APPLICATION))
                        .addExtensions(Extension.of(Period.ofWeeks(2), ExtensionBasis.AWB_4_14, d("2026-02-20")))
                        .build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("extensions.decidedOn")
                .hasMessageContaining("ended on 2026-02-19");
        // a suspension that begins after the (unextended) end does not count: the term ended on 02-09
        assertThatThrownBy(() -> Deadlines.compute(request(
                                "2026-01-12", Period.ofWeeks(4), DeadlineCalculus.DUTCH_STATUTORY)
                        .addSuspensions(Suspension.of(
                                d("2026-02-10"), d("2026-02-20"), SuspensionGround.INCOMPLETE_APPLICATION))
                        .addExtensions(Extension.of(Period.ofWeeks(2), ExtensionBasis.AWB_4_14, d("2026-02-10")))
                        .build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ended on 2026-02-09");
    }

    @Test
    void regulation1182GivesATwoDayPeriodTwoWorkingDays() {
        // Reg. 1182/71 art. 3(5): a period of two days or more includes at least two working days. Friday 2026-03-06
        // + 2 days = Sunday 03-08 → Monday 03-09 (art. 3(4)), which is the only working day → Tuesday 03-10
        Deadline eu = Deadlines.compute(request("2026-03-06", Period.ofDays(2), DeadlineCalculus.EU_REGULATION_1182_71)
                .build());
        assertThat(eu.deadline()).isEqualTo(d("2026-03-10"));
        assertThat(eu.explanation().steps()).anySatisfy(s -> {
            assertThat(s.text())
                    .isEqualTo("The term would contain fewer than two working days: extended to" + " 2026-03-10.");
            assertThat(s.source()).contains(Sources.REG_1182_71.withArticle("art. 3(5)"));
        });
        // Atw art. 2 asks two working days only of a term of at least three days: Monday 03-09 stands
        Deadline atw = Deadlines.compute(request("2026-03-06", Period.ofDays(2), DeadlineCalculus.DUTCH_STATUTORY)
                .build());
        assertThat(atw.deadline()).isEqualTo(d("2026-03-09"));
        assertThat(texts(atw)).noneMatch(t -> t.contains("fewer than two working days"));
    }

    @Test
    void aTermWithExactlyTwoWorkingDaysIsNotExtended() {
        // Atw art. 2: three days from Wednesday 2026-12-23 end on Saturday 12-26 → Monday 12-28; Thursday 12-24 and
        // Monday 12-28 are two working days, so the rule adds nothing and says nothing
        Deadline d = Deadlines.compute(request("2026-12-23", Period.ofDays(3), DeadlineCalculus.DUTCH_STATUTORY)
                .build());
        assertThat(d.deadline()).isEqualTo(d("2026-12-28"));
        assertThat(texts(d)).noneMatch(t -> t.contains("fewer than two working days"));
        assertThat(d.explanation().steps()).noneMatch(s -> s.source().equals(java.util.Optional.of(Sources.ATW_2)));
    }

    @Test
    void everyStepStatesItsKeyFacts() {
        // Atw art. 1(1): four weeks from Friday 2026-03-06 end on Friday 2026-04-03, Goede Vrijdag (art. 3(2)); the
        // Saturday and Sunday follow, Monday 04-06 is Tweede Paasdag: the term runs to Tuesday 2026-04-07
        Deadline rolled = Deadlines.compute(request("2026-03-06", Period.ofWeeks(4), DeadlineCalculus.DUTCH_STATUTORY)
                .label("objection period")
                .build());
        assertThat(rolled.deadline()).isEqualTo(d("2026-04-07"));
        assertThat(texts(rolled))
                .containsSubsequence(
                        "Objection period: the term runs from 2026-03-06.",
                        "4 weeks from 2026-03-06 (the day of the event not counted) ends on 2026-04-03.",
                        "2026-04-03 is Goede Vrijdag, not a working day.",
                        "2026-04-04 is a Saturday.",
                        "2026-04-05 is a Sunday.",
                        "2026-04-06 is Tweede Paasdag, not a working day.",
                        "The term ends on a day that is not a working day: moved from 2026-04-03 to 2026-04-07.")
                .noneMatch(t -> t.contains("is a working day: the term ends on"));
        // Vw 2000 art. 69(2) worked example: 2026-03-12 + 4 weeks = Thursday 2026-04-09, a working day
        Deadline plain = Deadlines.compute(request("2026-03-12", Period.ofWeeks(4), DeadlineCalculus.DUTCH_STATUTORY)
                .build());
        assertThat(texts(plain))
                .contains("2026-04-09 is a working day: the term ends on 2026-04-09.")
                .noneMatch(t -> t.contains("moved from"));
        // Dublin III art. 42(c): the limit ends on the Saturday itself
        Deadline dublin = Deadlines.compute(request("2025-08-31", Period.ofMonths(6), DeadlineCalculus.DUBLIN_ART_42)
                .build());
        assertThat(texts(dublin))
                .contains("Saturdays, Sundays and holidays count: the time limit ends on 2026-02-28 whatever day that"
                        + " is.");
    }

    @Test
    void theEndOfMonthRuleIsExplainedOnlyWhenItApplies() {
        // Dublin III art. 42(b): 31 August + 6 months = 28 February (no 31 February)
        Deadline shortMonth =
                Deadlines.compute(request("2025-08-31", Period.ofMonths(6), DeadlineCalculus.DUBLIN_ART_42)
                        .build());
        assertThat(texts(shortMonth))
                .contains("6 months from 2025-08-31 (the day of the event not counted) ends on 2026-02-28 (the month"
                        + " has no day 31: the term ends on the last day of the month).");
        // the same day of the month exists: no note
        Deadline sameDay = Deadlines.compute(request("2025-08-28", Period.ofMonths(6), DeadlineCalculus.DUBLIN_ART_42)
                .build());
        assertThat(texts(sameDay))
                .contains("6 months from 2025-08-28 (the day of the event not counted) ends on 2026-02-28.");
        // a term in days never uses the rule, even when the end has a smaller day of the month
        Deadline days = Deadlines.compute(request("2025-08-31", Period.ofDays(30), DeadlineCalculus.DUBLIN_ART_42)
                .build());
        assertThat(texts(days))
                .contains("30 days from 2025-08-31 (the day of the event not counted) ends on 2025-09-30.");
    }

    @Test
    void suspensionStepsNameTheirDays() {
        // Awb 4:15: 90 days from 2026-01-12 = 2026-04-12; union of 02-02..02-15 and 02-10..02-20 is 19 days
        Deadline d = Deadlines.compute(request("2026-01-12", Period.ofDays(90), DeadlineCalculus.DUTCH_STATUTORY)
                .addSuspensions(
                        Suspension.of(d("2026-02-02"), d("2026-02-15"), SuspensionGround.INCOMPLETE_APPLICATION),
                        Suspension.of(d("2026-02-10"), d("2026-02-20"), SuspensionGround.WRITTEN_AGREEMENT),
                        Suspension.of(d("2026-06-01"), d("2026-06-03"), SuspensionGround.FORCE_MAJEURE))
                .build());
        assertThat(d.suspendedDays()).isEqualTo(19);
        assertThat(texts(d))
                .contains(
                        "The 19 suspended days from 2026-02-02 to 2026-02-20 move the end from 2026-04-12 to"
                                + " 2026-05-01.",
                        "The suspension from 2026-06-01 to 2026-06-03 begins after the term ended on 2026-05-01: no"
                                + " effect.")
                .anyMatch(t -> t.startsWith("Suspended from 2026-02-02 to 2026-02-15 (14 days): "));
    }
}
