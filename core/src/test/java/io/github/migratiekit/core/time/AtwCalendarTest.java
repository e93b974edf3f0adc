package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.time.testing.NaiveDeadlineOracle;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtwCalendarTest {
    private final AtwCalendar atw = AtwCalendar.standard();

    @Test
    void holidays2024to2028MatchTheIndependentlyGeneratedList() {
        // atw-feestdagen-2024-2028.csv (core.time.testing), derived from Atw art. 3(1)-(3) outside this code base
        for (int year = 2024; year <= 2028; year++) {
            int y = year;
            Set<LocalDate> expected = NaiveDeadlineOracle.HOLIDAYS.stream()
                    .filter(d -> d.getYear() == y)
                    .collect(Collectors.toSet());
            Set<LocalDate> actual =
                    atw.holidays(year).stream().map(Holiday::date).collect(Collectors.toSet());
            assertThat(actual).as("Atw holidays of %d", year).isEqualTo(expected);
        }
    }

    @Test
    void holidaySet2026FromTheLegalBrief() {
        // legal-rules.md §D.4: Atw holiday set 2026
        List<LocalDate> expected = List.of(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 4, 27),
                LocalDate.of(2026, 5, 5),
                LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 15),
                LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26));
        assertThat(atw.holidays(2026)).extracting(Holiday::date).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({
        // published Easter Sundays (Gregorian)
        "1990-04-15",
        "1995-04-16",
        "2000-04-23",
        "2008-03-23",
        "2011-04-24",
        "2019-04-21",
        "2024-03-31",
        "2025-04-20",
        "2038-04-25",
        "2049-04-18",
        "2073-03-26",
        "2100-03-28"
    })
    void goodFridayEasterMondayAscensionAndWhitMondayFollowEaster(LocalDate easter) {
        assertThat(atw.holidayOn(easter.minusDays(2)))
                .get()
                .extracting(Holiday::name)
                .isEqualTo("Goede Vrijdag");
        assertThat(atw.holidayOn(easter.minusDays(2)).orElseThrow().kind()).isEqualTo(HolidayKind.EQUATED_BY_LAW);
        assertThat(atw.holidayOn(easter.plusDays(1)))
                .get()
                .extracting(Holiday::name)
                .isEqualTo("Tweede Paasdag");
        assertThat(atw.holidayOn(easter.plusDays(39)))
                .get()
                .extracting(Holiday::name)
                .isEqualTo("Hemelvaartsdag");
        assertThat(atw.holidayOn(easter.plusDays(50)))
                .get()
                .extracting(Holiday::name)
                .isEqualTo("Tweede Pinksterdag");
        assertThat(atw.holidayOn(easter)).isEmpty(); // Easter Sunday is a Sunday, not an Atw holiday
    }

    @ParameterizedTest(name = "royal birthday {0} celebrated on {1}")
    @CsvSource({
        // Wet viering Koningsdag: 27 April, 26 April when 27 April is a Sunday
        "2014, 2014-04-26, Koningsdag",
        "2015, 2015-04-27, Koningsdag",
        "2025, 2025-04-26, Koningsdag",
        "2026, 2026-04-27, Koningsdag",
        "2031, 2031-04-26, Koningsdag",
        // Koninginnedag: 30 April, 29 April when 30 April is a Sunday
        "1995, 1995-04-29, Koninginnedag",
        "2006, 2006-04-29, Koninginnedag",
        "2013, 2013-04-30, Koninginnedag"
    })
    void royalBirthday(int year, LocalDate expected, String name) {
        List<Holiday> april =
                atw.holidays(year).stream().filter(h -> h.name().equals(name)).toList();
        assertThat(april).singleElement().extracting(Holiday::date).isEqualTo(expected);
    }

    @Test
    void fifthOfMayEveryYearEvenOnASunday() {
        // Atw art. 3(1) "de vijfde mei", unconditional
        for (int year = AtwCalendar.FIRST_YEAR; year <= AtwCalendar.LAST_YEAR; year++) {
            assertThat(atw.holidayOn(LocalDate.of(year, 5, 5))).as("%d", year).isPresent();
        }
        assertThat(atw.holidayOn(LocalDate.of(2024, 5, 5))).isPresent(); // a Sunday
    }

    @Test
    void royalDecreeDaysAreDatedData() {
        // Stcrt. 2025, 24713: 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028
        for (LocalDate d : List.of(
                LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 5, 15),
                LocalDate.of(2027, 5, 7),
                LocalDate.of(2028, 4, 28),
                LocalDate.of(2028, 5, 26))) {
            assertThat(atw.holidayOn(d)).get().extracting(Holiday::kind).isEqualTo(HolidayKind.ROYAL_DECREE);
            assertThat(atw.isWorkingDay(d)).isFalse();
        }
        assertThat(atw.isWorkingDay(LocalDate.of(2029, 5, 11))).isTrue(); // Friday after Ascension 2029: no decree yet
    }

    @Test
    void userCanAddRoyalDecreeDays() {
        LocalDate friday = LocalDate.of(2029, 5, 11);
        AtwCalendar extended = atw.withRoyalDecreeDays(List.of(new Holiday(
                friday,
                "Vrijdag na Hemelvaartsdag",
                HolidayKind.ROYAL_DECREE,
                io.github.migratiekit.core.legal.Sources.ATW_3_3)));
        assertThat(extended.isWorkingDay(friday)).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse(); // bundled days kept
        assertThat(atw.isWorkingDay(friday)).isTrue(); // the standard calendar is unchanged
    }

    @Test
    void notHolidaysForTheAtw() {
        // legal-rules.md §D.4: 4 May, 5 December and 15 December are not holidays
        assertThat(atw.isWorkingDay(LocalDate.of(2026, 5, 4))).isTrue();
        assertThat(atw.isWorkingDay(LocalDate.of(2025, 12, 5))).isTrue();
        assertThat(atw.isWorkingDay(LocalDate.of(2025, 12, 15))).isTrue();
    }

    @Test
    void nextWorkingDay() {
        assertThat(atw.nextWorkingDay(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(atw.workingDayOnOrAfter(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(atw.workingDayOnOrAfter(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void yearsOutsideTheCalendarAreRejected() {
        assertThatThrownBy(() -> atw.holidays(1989))
                .isInstanceOf(UnsupportedDateException.class)
                .hasMessageContaining("year")
                .hasMessageContaining("1989");
        assertThatThrownBy(() -> atw.isWorkingDay(LocalDate.of(2101, 1, 3)))
                .isInstanceOf(UnsupportedDateException.class)
                .hasMessageContaining("2101-01-03");
    }
}
