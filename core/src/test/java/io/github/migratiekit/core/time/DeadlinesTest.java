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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesTest {

    private static DeadlineRequest.Builder request(LocalDate start, Period term, DeadlineCalculus calculus) {
        return DeadlineRequest.builder()
                .start(start)
                .term(term)
                .termSource(Sources.ATW)
                .calculus(calculus);
    }

    @ParameterizedTest(name = "term ending {0} ends under the Atw on {1}")
    @CsvSource({
        // legal-rules.md §D.4, roll-forward table (Atw art. 1(1), 3)
        "2026-01-01, 2026-01-05",
        "2026-04-03, 2026-04-07",
        "2026-04-27, 2026-04-28",
        "2026-05-05, 2026-05-06",
        "2026-05-14, 2026-05-18",
        "2026-05-25, 2026-05-26",
        "2026-12-25, 2026-12-28",
        "2025-04-27, 2025-04-28",
        "2027-05-06, 2027-05-10",
        "2028-04-27, 2028-05-01",
        "2023-04-07, 2023-04-11"
    })
    void atwRollForward(LocalDate rawEnd, LocalDate expected) {
        Deadline d =
                Deadlines.compute(request(rawEnd.minusWeeks(2), Period.ofWeeks(2), DeadlineCalculus.DUTCH_STATUTORY)
                        .build());
        assertThat(d.rawDeadline()).isEqualTo(rawEnd);
        assertThat(d.deadline()).isEqualTo(expected);
    }

    @Test
    void goodFridayIsNamedInTheExplanation() {
        Deadline d = Deadlines.compute(
                request(LocalDate.of(2023, 3, 10), Period.ofWeeks(4), DeadlineCalculus.DUTCH_STATUTORY)
                        .build());
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2023, 4, 11));
        assertThat(d.explanation().steps())
                .anySatisfy(s -> {
                    assertThat(s.text()).contains("2023-04-07 is Goede Vrijdag");
                    assertThat(s.source()).contains(Sources.ATW_3_2);
                })
                .anySatisfy(s -> assertThat(s.text()).contains("moved from 2023-04-07 to 2023-04-11"));
    }

    @Test
    void vw69WorkedExample() {
        // legal-rules.md §D.5: bekendmaking 2026-03-12 + 4 weeks → 2026-04-09; with 6 weeks 2026-04-23
        assertThat(Deadlines.compute(
                                request(LocalDate.of(2026, 3, 12), Period.ofWeeks(4), DeadlineCalculus.DUTCH_STATUTORY)
                                        .build())
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(Deadlines.compute(
                                request(LocalDate.of(2026, 3, 12), Period.ofWeeks(6), DeadlineCalculus.DUTCH_STATUTORY)
                                        .build())
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 4, 23));
    }

    @Test
    void atwDoesNotApplyToTermsLongerThanThreeMonths() {
        // Atw art. 4(a): 2023-09-25 + 15 months = 2024-12-25 (Eerste Kerstdag) stays 2024-12-25
        Deadline d = Deadlines.compute(
                request(LocalDate.of(2023, 9, 25), Period.ofMonths(15), DeadlineCalculus.DUTCH_STATUTORY)
                        .build());
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2024, 12, 25));
        assertThat(d.explanation().steps())
                .anySatisfy(s -> assertThat(s.source()).contains(Sources.ATW_4_A));
        // but a 90-day term ending on a Saturday rolls (90 days is within art. 4(a))
        Deadline regular =
                Deadlines.compute(request(LocalDate.of(2026, 1, 5), Period.ofDays(90), DeadlineCalculus.DUTCH_STATUTORY)
                        .build());
        assertThat(regular.rawDeadline()).isEqualTo(LocalDate.of(2026, 4, 5)); // Easter Sunday
        assertThat(regular.deadline()).isEqualTo(LocalDate.of(2026, 4, 7)); // after Tweede Paasdag
        // 91 days is outside the Atw: no roll from Monday... pick a Saturday end
        Deadline longer =
                Deadlines.compute(request(LocalDate.of(2026, 1, 3), Period.ofDays(91), DeadlineCalculus.DUTCH_STATUTORY)
                        .build());
        assertThat(longer.deadline()).isEqualTo(LocalDate.of(2026, 4, 4)).isEqualTo(longer.rawDeadline());
    }

    @Test
    void atwArticle2TwoWorkingDays() {
        // Atw art. 2: a 3-day term from Wednesday 2026-12-23 ends Saturday 12-26 → rolls to Monday 12-28;
        // (12-24 Thu, 12-28 Mon) two working days: no further extension
        Deadline d = Deadlines.compute(
                request(LocalDate.of(2026, 12, 23), Period.ofDays(3), DeadlineCalculus.DUTCH_STATUTORY)
                        .build());
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2026, 12, 28));
        // a 3-day term from Thursday 2026-12-24: 25, 26, 27 → roll to Mon 28; only one working day (28) in the term
        // → extended to Tuesday 29
        Deadline e = Deadlines.compute(
                request(LocalDate.of(2026, 12, 24), Period.ofDays(3), DeadlineCalculus.DUTCH_STATUTORY)
                        .build());
        assertThat(e.deadline()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(e.explanation().steps())
                .anySatisfy(s -> assertThat(s.source()).contains(Sources.ATW_2));
    }

    @ParameterizedTest(name = "Dublin art. 42: {0} + {1} = {2}")
    @CsvSource({
        // legal-rules.md §C.3 derived examples (Art. 42(a)-(c))
        "2025-03-31, P3M, 2025-06-30",
        "2025-01-31, P2M, 2025-03-31",
        "2025-12-31, P2M, 2026-02-28",
        "2025-08-31, P6M, 2026-02-28",
        // weekday rule for weeks: Monday + 2 weeks = Monday
        "2026-03-02, P2W, 2026-03-16"
    })
    void dublinArt42(LocalDate event, String term, LocalDate expected) {
        Deadline d = Deadlines.compute(request(event, Period.parse(term), DeadlineCalculus.DUBLIN_ART_42)
                .build());
        assertThat(d.deadline()).isEqualTo(expected).isEqualTo(d.rawDeadline());
    }

    @Test
    void dublinNeverRollsButRegulation1182Does() {
        // 2026-02-28 is a Saturday: Dublin art. 42(c) keeps it; Reg. 1182/71 art. 3(4) moves it to Monday 03-02
        LocalDate acceptance = LocalDate.of(2025, 8, 31);
        assertThat(Deadlines.compute(request(acceptance, Period.ofMonths(6), DeadlineCalculus.DUBLIN_ART_42)
                                .build())
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Deadlines.compute(request(acceptance, Period.ofMonths(6), DeadlineCalculus.EU_REGULATION_1182_71)
                                .build())
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void regulation1182UsesTheCalendarGiven() {
        WorkingDayCalendar noHolidays = new WorkingDayCalendar() {
            @Override
            public String name() {
                return "weekends only";
            }

            @Override
            public java.util.Optional<Holiday> holidayOn(LocalDate date) {
                return java.util.Optional.empty();
            }

            @Override
            public List<Holiday> holidays(int year) {
                return List.of();
            }
        };
        // 2026-04-03 is Good Friday in NL but a working day in this calendar
        DeadlineRequest r = request(
                        LocalDate.of(2026, 3, 27), Period.ofWeeks(1), DeadlineCalculus.EU_REGULATION_1182_71)
                .calendar(noHolidays)
                .build();
        assertThat(Deadlines.compute(r).deadline()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(Deadlines.compute(r.withCalendar(AtwCalendar.standard())).deadline())
                .isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void suspensionsMoveTheEndByTheUnionOfDays() {
        // 90 days from 2026-01-12 = 2026-04-12; suspended 02-02..02-15 (14 days) and 02-10..02-20 (overlap: union
        // 02-02..02-20 = 19 days) → 2026-05-01; Friday, working day
        Deadline d = Deadlines.compute(
                request(LocalDate.of(2026, 1, 12), Period.ofDays(90), DeadlineCalculus.DUTCH_STATUTORY)
                        .addSuspensions(
                                Suspension.of(
                                        LocalDate.of(2026, 2, 2),
                                        LocalDate.of(2026, 2, 15),
                                        SuspensionGround.INCOMPLETE_APPLICATION),
                                Suspension.of(
                                        LocalDate.of(2026, 2, 10),
                                        LocalDate.of(2026, 2, 20),
                                        SuspensionGround.WRITTEN_AGREEMENT))
                        .build());
        assertThat(d.suspendedDays()).isEqualTo(19);
        assertThat(d.rawDeadline()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void aSuspensionAfterTheTermEndedHasNoEffect() {
        Deadline d = Deadlines.compute(
                request(LocalDate.of(2026, 1, 12), Period.ofWeeks(4), DeadlineCalculus.DUTCH_STATUTORY)
                        .addSuspensions(Suspension.of(
                                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), SuspensionGround.FORCE_MAJEURE))
                        .build());
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(d.suspendedDays()).isZero();
    }

    @Test
    void extensionIsAddedToTheRawEndAndRolledOnce() {
        // regular: 90 days from 2025-12-01 = 2026-03-01 (Sunday); extension of 90 days decided 2026-02-20 is added
        // to the raw end: 2026-03-01 + 90 days = 2026-05-30 (Saturday) → rolled once to Monday 2026-06-01.
        Deadline d = Deadlines.compute(request(
                        LocalDate.of(2025, 12, 1), Period.ofDays(90), DeadlineCalculus.DUTCH_STATUTORY)
                .addExtensions(Extension.of(Period.ofDays(90), ExtensionBasis.VW_25_2, LocalDate.of(2026, 2, 20)))
                .build());
        assertThat(d.rawDeadline()).isEqualTo(LocalDate.of(2026, 5, 30));
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void extensionDecidedOnTheRolledLastDayIsTimely() {
        // term ends Sunday 2026-03-01 → Monday 03-02 under the Atw: an extension decided on 03-02 is in time
        Deadline d = Deadlines.compute(request(
                        LocalDate.of(2025, 12, 1), Period.ofDays(90), DeadlineCalculus.DUTCH_STATUTORY)
                .addExtensions(Extension.of(Period.ofDays(30), ExtensionBasis.AWB_4_14, LocalDate.of(2026, 3, 2)))
                .build());
        assertThat(d.rawDeadline()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void extensionDecidedAfterTheTermEndedIsRejected() {
        // Awb 4:14: 2026-03-03 is after the term ended on 2026-03-02
        assertThatThrownBy(() -> Deadlines.compute(
                        request(LocalDate.of(2025, 12, 1), Period.ofDays(90), DeadlineCalculus.DUTCH_STATUTORY)
                                .addExtensions(Extension.of(
                                        Period.ofDays(30), ExtensionBasis.AWB_4_14, LocalDate.of(2026, 3, 3)))
                                .build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("extensions.decidedOn")
                .hasMessageContaining("2026-03-02");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> Suspension.of(
                        LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 1), SuspensionGround.FORCE_MAJEURE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("suspension.end");
        assertThatThrownBy(() -> Deadlines.compute(request(
                                LocalDate.of(2026, 3, 1), Period.ofDays(90), DeadlineCalculus.DUTCH_STATUTORY)
                        .addSuspensions(Suspension.of(
                                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 10), SuspensionGround.FORCE_MAJEURE))
                        .build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("suspensions[0].start");
        assertThatThrownBy(() -> Deadlines.compute(
                        request(LocalDate.of(2026, 3, 1), Period.ofDays(-5), DeadlineCalculus.DUTCH_STATUTORY)
                                .build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("term");
        assertThatThrownBy(() -> Extension.of(Period.ofMonths(10), ExtensionBasis.VW_42_4, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("extension.length");
        assertThatThrownBy(() -> Extension.of(Period.ZERO, ExtensionBasis.AWB_4_14, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("extension.length");
    }

    @Test
    void everyStepOfTheExplanationIsTextAndSomeCiteSources() {
        Deadline d = Deadlines.compute(
                request(LocalDate.of(2023, 3, 10), Period.ofWeeks(4), DeadlineCalculus.DUTCH_STATUTORY)
                        .build());
        assertThat(d.explanation().steps()).allSatisfy(s -> assertThat(s.text()).isNotBlank());
        assertThat(d.explanation().steps())
                .filteredOn(s -> s.source().isPresent())
                .hasSizeGreaterThan(1);
        assertThat(d.explanation().steps().get(0))
                .isEqualTo(ExplanationStep.fact("Term: the term runs from 2023-03-10."));
    }
}
