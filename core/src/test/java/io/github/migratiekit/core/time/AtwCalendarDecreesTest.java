package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.legal.Verification;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Atw art. 3(3): days equated with holidays by royal decree, added to the calendar by a user (a decree published
 * after this release), and the names the calendar gives them.
 */
class AtwCalendarDecreesTest {
    private final AtwCalendar atw = AtwCalendar.standard();
    private static final LegalSource DECREE = LegalSource.of("Besluit gelijkstelling (example)", "", "Stcrt. 2028, 1")
            .withVerification(Verification.VERIFIED, "example");

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Holiday decreeDay(String date) {
        return new Holiday(d(date), "example", HolidayKind.ROYAL_DECREE, Sources.ATW_3_3);
    }

    @Test
    void aNewDecreeReplacesTheBundledDaysOfItsYearsOnly() {
        // the bundled decree of 2023 equates 2024-05-10, 2024-12-27 and 2025-05-30; a corrected decree for 2024-2025
        // that equates only 2024-05-10 removes the other two, and keeps 2023 and 2026
        AtwCalendar corrected = atw.withRoyalDecree(DECREE, 2024, 2025, List.of(d("2024-05-10")));
        assertThat(corrected.isWorkingDay(d("2024-05-10"))).isFalse();
        assertThat(corrected.isWorkingDay(d("2024-12-27"))).isTrue();
        assertThat(corrected.isWorkingDay(d("2025-05-30"))).isTrue();
        assertThat(corrected.isWorkingDay(d("2023-05-19"))).isFalse();
        assertThat(corrected.isWorkingDay(d("2026-01-02"))).isFalse();
        assertThat(corrected.holidayOn(d("2024-05-10")).orElseThrow().source().note())
                .contains("Besluit gelijkstelling (example)");
        for (int year : List.of(2024, 2025)) {
            assertThat(corrected.decreeCoverage(year).status()).isEqualTo(DecreeCoverage.Status.KNOWN);
            assertThat(corrected.decreeCoverage(year).source()).isEqualTo(DECREE);
        }
        // a decree of one year, and an empty one
        AtwCalendar one = atw.withRoyalDecree(DECREE, 2029, 2029, List.of(d("2029-01-02"), d("2029-12-31")));
        assertThat(one.decreeCoverage(2029).isKnown()).isTrue();
        assertThat(one.decreeCoverage(2030).isKnown()).isFalse();
        assertThat(one.isWorkingDay(d("2029-01-02"))).isFalse();
        assertThat(one.isWorkingDay(d("2029-12-31"))).isFalse();
        AtwCalendar none = atw.withRoyalDecree(DECREE, 2030, 2031, List.of());
        assertThat(none.decreeCoverage(2031).isKnown()).isTrue();
        assertThat(none.decreeCoverage(2032).isKnown()).isFalse();
    }

    @Test
    void aDecreeIsCheckedBeforeItIsUsed() {
        assertThatThrownBy(() -> atw.withRoyalDecree(null, 2029, 2029, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("decree: is required");
        assertThatThrownBy(() -> atw.withRoyalDecree(DECREE, 2029, 2029, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("days: is required");
        assertThatThrownBy(() -> atw.withRoyalDecree(DECREE, 2030, 2029, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("lastYear: 2029 is before firstYear 2030");
        assertThatThrownBy(() -> atw.withRoyalDecree(DECREE, 1989, 1990, List.of()))
                .isInstanceOf(UnsupportedDateException.class)
                .hasMessageStartingWith("firstYear");
        assertThatThrownBy(() -> atw.withRoyalDecree(DECREE, 2100, 2101, List.of()))
                .isInstanceOf(UnsupportedDateException.class)
                .hasMessageStartingWith("lastYear");
        assertThatThrownBy(() -> atw.withRoyalDecree(DECREE, 2029, 2030, List.of(d("2029-05-11"), d("2031-01-02"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("days[1]: 2031-01-02 is outside the decree's years 2029–2030");
        assertThatThrownBy(() -> atw.withRoyalDecree(DECREE, 2029, 2030, List.of(d("2028-12-29"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("days[0]");
        assertThatThrownBy(() -> atw.withRoyalDecree(DECREE, 2029, 2030, Arrays.asList(d("2029-05-11"), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("days[1]: is required");
    }

    @Test
    void extraDaysMustBeDecreeDays() {
        assertThatThrownBy(() -> atw.withRoyalDecreeDays(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("extraDays: is required");
        assertThatThrownBy(() -> atw.withRoyalDecreeDays(Arrays.asList(decreeDay("2029-05-11"), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("extraDays[1]: is required");
        assertThatThrownBy(() -> atw.withRoyalDecreeDays(List.of(
                        decreeDay("2029-05-11"),
                        new Holiday(d("2029-05-12"), "x", HolidayKind.STATUTORY, Sources.ATW_3_1))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("extraDays[1].kind: must be ROYAL_DECREE");
        assertThatThrownBy(() -> atw.withRoyalDecreeDays(List.of(decreeDay("2101-01-03"))))
                .isInstanceOf(UnsupportedDateException.class);
        // a day that is already a holiday keeps its name (Atw art. 3(1) before art. 3(3))
        AtwCalendar c = atw.withRoyalDecreeDays(List.of(decreeDay("2029-12-25")));
        assertThat(c.holidayOn(d("2029-12-25")).orElseThrow().name()).isEqualTo("Eerste Kerstdag");
        // adding days does not change what is known of their years
        assertThat(atw.withRoyalDecreeDays(List.of(decreeDay("2029-05-11")))
                        .decreeCoverage(2029)
                        .isKnown())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // bundled days: the day after Ascension Day, after New Year's Day, before Christmas, before 5 May
        "2024-05-10, Gelijkgestelde dag (vrijdag na Hemelvaartsdag)",
        "2015-01-02, Gelijkgestelde dag (vrijdag na Nieuwjaarsdag)",
        "2018-12-24, Gelijkgestelde dag (maandag voor Eerste Kerstdag)",
        "2015-05-04, Gelijkgestelde dag (maandag voor Vijfde mei (Bevrijdingsdag))",
        "2024-12-27, Gelijkgestelde dag (vrijdag na Tweede Kerstdag)",
        "2023-04-28, Gelijkgestelde dag (vrijdag na Koningsdag)"
    })
    void bundledDecreeDaysAreNamedAfterTheirNeighbour(LocalDate date, String name) {
        assertThat(atw.holidayOn(date).orElseThrow().name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2029-01-03, Gelijkgestelde dag (woensdag na Nieuwjaarsdag)",
        "2029-01-04, Gelijkgestelde dag (donderdag)",
        "2029-12-31, Gelijkgestelde dag (maandag voor Nieuwjaarsdag)",
        "2029-12-30, Gelijkgestelde dag (zondag)",
        "2029-05-11, Gelijkgestelde dag (vrijdag na Hemelvaartsdag)",
        "2029-06-13, Gelijkgestelde dag (woensdag)"
    })
    void daysOfANewDecreeAreNamedAfterTheirNeighbour(LocalDate date, String name) {
        AtwCalendar c = atw.withRoyalDecree(DECREE, 2029, 2029, List.of(date));
        assertThat(c.holidayOn(date).orElseThrow().name()).isEqualTo(name);
        assertThat(c.holidayOn(date).orElseThrow().kind()).isEqualTo(HolidayKind.ROYAL_DECREE);
    }

    @Test
    void theCoveredYearsAreInclusive() {
        assertThat(atw.holidays(AtwCalendar.FIRST_YEAR))
                .first()
                .extracting(Holiday::date)
                .isEqualTo(d("1990-01-01"));
        assertThat(atw.holidays(AtwCalendar.LAST_YEAR))
                .last()
                .extracting(Holiday::date)
                .isEqualTo(d("2100-12-26"));
        assertThatThrownBy(() -> atw.holidays(2101)).isInstanceOf(UnsupportedDateException.class);
        assertThatThrownBy(() -> atw.holidayOn(d("1989-12-31"))).isInstanceOf(UnsupportedDateException.class);
        assertThat(atw.name()).isEqualTo("Algemene termijnenwet");
        assertThat(atw.toString()).isEqualTo("AtwCalendar[1990–2100, royal decrees 2014–2028]");
    }

    @Test
    void unknownYearsSayWhy() {
        assertThat(atw.decreeCoverage(2013).note()).contains("not researched", "start in 2014");
        assertThat(atw.decreeCoverage(1990).status()).isEqualTo(DecreeCoverage.Status.UNKNOWN);
        assertThat(atw.decreeCoverage(2100).note()).contains("not yet decreed", "up to 2028");
        assertThat(atw.decreeCoverage(2029).source().verification()).isEqualTo(Verification.UNVERIFIED);
        assertThat(atw.decreeCoverage(2021).note()).contains("not found", "practice");
        assertThat(atw.decreeCoverage(2022).note()).contains("not found", "a secondary source");
        assertThat(atw.decreeCoverage(2017).note()).contains("Stcrt. 2016, 58653");
    }
}
