package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Easter} tested directly (the calendar built from it is a static singleton whose holidays are computed once,
 * which hides mutants of the computus from mutation testing).
 */
class EasterTest {

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({
        // published Easter Sundays (Gregorian), e.g. the tables of the Astronomical Society of South Australia and
        // the US Naval Observatory; 1981/2076 (19 April) and 1954/2049 (18 April) are the two exceptions of Gauss's
        // rule, 1818/2285 (22 March) and 1943/2038 (25 April) the earliest and latest dates
        "1583, 1583-04-10",
        "1818, 1818-03-22",
        "1900, 1900-04-15",
        "1943, 1943-04-25",
        "1954, 1954-04-18",
        "1961, 1961-04-02",
        "1981, 1981-04-19",
        "1990, 1990-04-15",
        "1991, 1991-03-31",
        "1992, 1992-04-19",
        "1993, 1993-04-11",
        "1994, 1994-04-03",
        "1995, 1995-04-16",
        "1996, 1996-04-07",
        "1997, 1997-03-30",
        "1998, 1998-04-12",
        "1999, 1999-04-04",
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2011, 2011-04-24",
        "2013, 2013-03-31",
        "2014, 2014-04-20",
        "2016, 2016-03-27",
        "2018, 2018-04-01",
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2028, 2028-04-16",
        "2038, 2038-04-25",
        "2049, 2049-04-18",
        "2076, 2076-04-19",
        "2100, 2100-03-28",
        "2285, 2285-03-22"
    })
    void publishedDates(int year, LocalDate expected) {
        assertThat(Easter.sunday(year)).isEqualTo(expected);
    }

    @Test
    void agreesWithGausssRuleInEveryYearOfFourGregorianCycles() {
        // exhaustive rather than sampled: 1583-4099 is every year the two rules are stated for
        for (int year = 1583; year <= 4099; year++) {
            LocalDate easter = Easter.sunday(year);
            assertThat(easter).as("Easter %d", year).isEqualTo(gauss(year));
            // the paschal limits: a Sunday from 22 March to 25 April (Gregorian computus)
            assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).as("Easter %d", year).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }

    /**
     * Gauss's Easter rule for the Gregorian calendar with its two exceptions (C. F. Gauss 1800, corrected 1816), an
     * algorithm independent of the Meeus/Jones/Butcher computus used by {@link Easter}.
     */
    private static LocalDate gauss(int year) {
        int a = year % 19;
        int b = year % 4;
        int c = year % 7;
        int k = year / 100;
        int p = (13 + 8 * k) / 25;
        int q = k / 4;
        int m = (15 - p + k - q) % 30;
        int n = (4 + k - q) % 7;
        int d = (19 * a + m) % 30;
        int e = (2 * b + 4 * c + 6 * d + n) % 7;
        if (d == 29 && e == 6) {
            return LocalDate.of(year, 4, 19);
        }
        if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
            return LocalDate.of(year, 4, 18);
        }
        return LocalDate.of(year, 3, 22).plusDays(d + e);
    }
}
