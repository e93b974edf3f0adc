package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.legal.Verification;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The royal-decree days of Atw art. 3(3), what the calendar knows of each year, and the warnings deadlines carry. */
class AtwDecreeCoverageTest {
    private final AtwCalendar atw = AtwCalendar.standard();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Deadline statutory(String start, Period term) {
        return Deadlines.compute(DeadlineRequest.builder()
                .start(d(start))
                .term(term)
                .termSource(Sources.VW.withArticle("art. 69(1)"))
                .calculus(DeadlineCalculus.DUTCH_STATUTORY)
                .build());
    }

    @ParameterizedTest(name = "{0} is equated by decree")
    @CsvSource({
        // Besluit van 17 juni 2013, nr. 13.001210 (title as quoted by a secondary source)
        "2014-05-30",
        "2015-01-02",
        "2015-05-04",
        "2015-05-15",
        "2016-05-06",
        // Besluit van 24 oktober 2016, nr. 2016001827, Stcrt. 2016, 58653, art. 1 (BWBR0038666)
        "2017-04-28",
        "2017-05-26",
        "2018-05-11",
        "2018-12-24",
        "2018-12-31",
        "2019-05-31",
        "2019-12-27",
        // Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025
        "2023-04-28",
        "2023-05-19",
        "2024-05-10",
        "2024-12-27",
        "2025-05-30",
        // Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028
        "2026-01-02",
        "2026-05-15",
        "2027-05-07",
        "2028-04-28",
        "2028-05-26"
    })
    void decreeDaysAreHolidays(String date) {
        assertThat(atw.holidayOn(d(date))).get().extracting(Holiday::kind).isEqualTo(HolidayKind.ROYAL_DECREE);
        assertThat(atw.isWorkingDay(d(date))).isFalse();
    }

    @Test
    void theBridgeDayPracticeIsNotAssumed() {
        // Monday 2026-05-04 precedes Tuesday 5 May but is not in the 2026-2028 decree
        assertThat(atw.isWorkingDay(d("2026-05-04"))).isTrue();
        assertThat(atw.decreeCoverage(2026).status()).isEqualTo(DecreeCoverage.Status.KNOWN);
    }

    @Test
    void holidaysOf2024And2025ListTheEquatedDays() {
        assertThat(atw.holidays(2024))
                .filteredOn(h -> h.kind() == HolidayKind.ROYAL_DECREE)
                .extracting(Holiday::date)
                .containsExactly(d("2024-05-10"), d("2024-12-27"));
        assertThat(atw.holidays(2025))
                .filteredOn(h -> h.kind() == HolidayKind.ROYAL_DECREE)
                .extracting(Holiday::date)
                .containsExactly(d("2025-05-30"));
        assertThat(atw.holidayOn(d("2024-05-10")).orElseThrow().name()).contains("vrijdag na Hemelvaartsdag");
    }

    @Test
    void coveragePerYear() {
        assertThat(atw.decreeCoverage(2013).status()).isEqualTo(DecreeCoverage.Status.UNKNOWN);
        assertThat(atw.decreeCoverage(2014).status()).isEqualTo(DecreeCoverage.Status.KNOWN);
        assertThat(atw.decreeCoverage(2018).source().verification()).isEqualTo(Verification.VERIFIED);
        assertThat(atw.decreeCoverage(2024).source().verification()).isEqualTo(Verification.SECONDARY);
        for (int y = 2020; y <= 2022; y++) {
            assertThat(atw.decreeCoverage(y).status()).as("%d", y).isEqualTo(DecreeCoverage.Status.PARTLY_KNOWN);
        }
        assertThat(atw.decreeCoverage(2028).status()).isEqualTo(DecreeCoverage.Status.KNOWN);
        assertThat(atw.decreeCoverage(2029).status()).isEqualTo(DecreeCoverage.Status.UNKNOWN);
        assertThat(atw.decreeCoverage(2029).note()).contains("not yet", "2028");
        assertThatThrownBy(() -> atw.decreeCoverage(1989)).isInstanceOf(UnsupportedDateException.class);
    }

    @ParameterizedTest(name = "{0} + {1} ends on {2}")
    @CsvSource({
        // Vw 2000 art. 69(2), one week; Friday 2024-05-10 equated (decree 2023-2025) -> Monday 2024-05-13
        "2024-05-03, P1W, 2024-05-13",
        // Friday 2024-12-27 equated -> Monday 2024-12-30
        "2024-12-20, P1W, 2024-12-30",
        // Vw 2000 art. 69(1), four weeks; Friday 2025-05-30 equated -> Monday 2025-06-02
        "2025-05-02, P4W, 2025-06-02",
        // Friday 2019-05-31 equated (Stcrt. 2016, 58653) -> Monday 2019-06-03
        "2019-05-03, P4W, 2019-06-03",
        // Monday 2018-12-24 equated, 25 and 26 December holidays -> Thursday 2018-12-27
        "2018-11-26, P4W, 2018-12-27"
    })
    void termsEndingOnAnEquatedDayRollToTheNextWorkingDay(String start, String term, String expected) {
        Deadline deadline = statutory(start, Period.parse(term));
        assertThat(deadline.deadline()).isEqualTo(d(expected));
        assertThat(deadline.explanation().toString()).contains("Algemene termijnenwet art. 3(3)");
    }

    @Test
    void aDeadlineInAYearWithoutAKnownDecreeCarriesAWarning() {
        Deadline in2029 = statutory("2029-03-01", Period.ofWeeks(4));
        assertThat(in2029.explanation().warnings()).contains("atw-decree-days-unknown");
        assertThat(in2029.explanation().uncertainSteps())
                .anySatisfy(s -> assertThat(s.text()).contains("2029", "not known"));
        Deadline in2013 = statutory("2013-03-01", Period.ofWeeks(4));
        assertThat(in2013.explanation().warnings()).contains("atw-decree-days-unknown");
        Deadline in2021 = statutory("2021-04-16", Period.ofWeeks(4));
        assertThat(in2021.deadline()).isEqualTo(d("2021-05-17")); // Friday 2021-05-14 (unverified row) -> Monday
        assertThat(in2021.explanation().warnings()).contains("atw-decree-days-uncertain", "rule-unverified");
    }

    @Test
    void aDeadlineInAKnownYearHasNoCoverageWarning() {
        Deadline in2027 = statutory("2027-03-01", Period.ofWeeks(4));
        assertThat(in2027.explanation().warnings())
                .doesNotContain("atw-decree-days-unknown", "atw-decree-days-uncertain");
        // 2017-2019 decree is verified and the Atw text is verified: no warning at all
        Deadline in2019 = statutory("2019-05-03", Period.ofWeeks(4));
        assertThat(in2019.explanation().warnings())
                .doesNotContain("atw-decree-days-unknown", "atw-decree-days-uncertain", "rule-unverified");
    }

    @Test
    void termsOutsideTheAtwLookAtNoCalendarAndCarryNoCoverageWarning() {
        // Atw art. 4(a): a term of more than three months is not rolled
        Deadline longTerm = statutory("2029-01-10", Period.ofMonths(6));
        assertThat(longTerm.explanation().warnings()).doesNotContain("atw-decree-days-unknown");
    }

    @Test
    void aTermThatStartsInAnUnknownYearButEndsInAKnownOneIsNotWarnedAbout() {
        // 2013-12-20 + 4 weeks = Friday 2014-01-17; the two-working-days rule has enough working days in 2014
        Deadline d = statutory("2013-12-20", Period.ofWeeks(4));
        assertThat(d.explanation().warnings()).doesNotContain("atw-decree-days-unknown");
    }

    @Test
    void aNewDecreeMakesItsYearsKnown() {
        AtwCalendar later = atw.withRoyalDecree(
                LegalSource.of("Besluit gelijkstelling (example)", "", "Stcrt. 2028, 1")
                        .withVerification(Verification.VERIFIED, "example"),
                2029,
                2031,
                List.of(d("2029-05-11")));
        assertThat(later.decreeCoverage(2029).isKnown()).isTrue();
        assertThat(later.isWorkingDay(d("2029-05-11"))).isFalse();
        assertThat(atw.isWorkingDay(d("2029-05-11"))).isTrue();
        assertThatThrownBy(() -> atw.withRoyalDecree(LegalSource.of("x", "", ""), 2029, 2031, List.of(d("2032-01-02"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("days[0]");
    }
}
