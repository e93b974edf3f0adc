package io.github.migratiekit.eurules.schengen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples from official guidance: the Swiss State Secretariat for Migration's examples for the EC
 * short-stay calculator (sem.admin.ch, "Aufenthaltsrechner", Beispiel 1–6, last modified 2014-12-01), the
 * Auswärtiges Amt example of the window, and the EC user manual.
 */
class WorkedExamplesTest {
    private final ShortStayCalculator calc = ShortStayCalculator.standard();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static TravelHistory history(Stay... stays) {
        return TravelHistory.of(List.of(stays));
    }

    @Test
    void semExample1PlanningAfterOneStayGivesFullNinetyDays() {
        // SEM Beispiel 1: stay 15.08.2014–30.09.2014 (47 days); a new entry on 01.01.2015 may last up to 90 days.
        TravelHistory h = history(Stay.of(d(2014, 8, 15), d(2014, 9, 30)));
        assertThat(calc.control(h, d(2014, 9, 30)).daysUsed()).isEqualTo(47);
        PlanningResult p = calc.plan(h, d(2015, 1, 1), 1);
        assertThat(p.maxStayDays()).isEqualTo(90);
        assertThat(p.lastAllowedDay()).contains(d(2015, 3, 31));
    }

    @Test
    void semExample2ControlOnExitGivesPossibleStayUntil13December() {
        // SEM Beispiel 2: 15.08.2014–30.09.2014 and 01.11.2014–30.11.2014, exit control on 30.11.2014:
        // lawful, "possible stay until 13.12.2014".
        TravelHistory h = history(Stay.of(d(2014, 8, 15), d(2014, 9, 30)), Stay.of(d(2014, 11, 1), d(2014, 11, 30)));
        ControlResult c = calc.control(h, d(2014, 11, 30));
        assertThat(c.overstayDays()).isZero();
        assertThat(c.unlawfulDays()).isZero();
        assertThat(c.latestAllowedDate()).contains(d(2014, 12, 13));
    }

    @Test
    void semExample4StayOutsideTheReferencePeriodIsIgnored() {
        // SEM Beispiel 4: stamps 01.06.2013–13.07.2013, 15.08.2013–30.09.2013, 01.01.2014–30.01.2014; exit control
        // on 30.01.2014: lawful, possible stay until 31.03.2014 (the June/July stay is outside the period).
        TravelHistory h = history(
                Stay.of(d(2013, 6, 1), d(2013, 7, 13)),
                Stay.of(d(2013, 8, 15), d(2013, 9, 30)),
                Stay.of(d(2014, 1, 1), d(2014, 1, 30)));
        ControlResult c = calc.control(h, d(2014, 1, 30));
        assertThat(c.overstayDays()).isZero();
        assertThat(c.latestAllowedDate()).contains(d(2014, 3, 31));
    }

    @Test
    void semExample5ShortOverstayAndPlanningAfterIt() {
        // SEM Beispiel 5: 01.09.2013–30.09.2013, 21.02.2014–20.04.2014, 01.05.2014–09.06.2014; on exit 09.06.2014
        // an "overstay" of 9 days; a new entry on 30.08.2014 is possible for up to 50 days. The EC calculator
        // needs the older stays removed to answer; the library answers with the whole history.
        TravelHistory h = history(
                Stay.of(d(2013, 9, 1), d(2013, 9, 30)),
                Stay.of(d(2014, 2, 21), d(2014, 4, 20)),
                Stay.of(d(2014, 5, 1), d(2014, 6, 9)));
        ControlResult c = calc.control(h, d(2014, 6, 9));
        assertThat(c.overstayDays()).isEqualTo(9);
        assertThat(c.latestAllowedDate()).isEmpty();
        assertThat(calc.plan(h, d(2014, 8, 30), 1).maxStayDays()).isEqualTo(50);
    }

    @Test
    void semExample6LongOverstayFigureDiffersFromUnlawfulDays() {
        // SEM Beispiel 6: 28.06.2013–09.08.2013 and 19.09.2013 to the exit control on 01.03.2014: "overstay" of 74
        // days in the period 03.09.2013–01.03.2014. The unlawful days (117, the first on 2013-11-05) are the
        // figures of legal-rules.md §0.5, derived there with a naive day-by-day counter.
        TravelHistory h = history(Stay.of(d(2013, 6, 28), d(2013, 8, 9)), Stay.of(d(2013, 9, 19), d(2014, 3, 1)));
        ControlResult c = calc.control(h, d(2014, 3, 1));
        assertThat(c.windowStart()).isEqualTo(d(2013, 9, 3));
        assertThat(c.windowEnd()).isEqualTo(d(2014, 3, 1));
        assertThat(c.daysUsed()).isEqualTo(164);
        assertThat(c.overstayDays()).isEqualTo(74);
        assertThat(c.unlawfulDays()).isEqualTo(117);
        assertThat(c.firstUnlawfulDay()).contains(d(2013, 11, 5));
    }

    @Test
    void auswaertigesAmtWindowIsTheControlDayAndThe179DaysBefore() {
        // Auswärtiges Amt: control on 18.10.2019 -> period 22.04.2019–18.10.2019; next day 23.04.2019–19.10.2019.
        TravelHistory h = history();
        assertThat(calc.control(h, d(2019, 10, 18)).windowStart()).isEqualTo(d(2019, 4, 22));
        assertThat(calc.control(h, d(2019, 10, 19)).windowStart()).isEqualTo(d(2019, 4, 23));
    }

    @Test
    void ecManualAbsenceOfNinetyDaysAllowsNewNinetyDayStay() {
        // EC user manual: "an absence for an uninterrupted period of 90 days allows for a new stay for up to 90 days".
        TravelHistory h = history(Stay.of(d(2020, 1, 1), d(2020, 3, 30)));
        LocalDate entry = d(2020, 3, 30).plusDays(91);
        assertThat(calc.plan(h, entry, 90).maxStayDays()).isEqualTo(90);
        assertThat(calc.plan(h, entry.minusDays(1), 1).maxStayDays()).isLessThan(90);
    }

    @Test
    void sameDayTripCountsOneDay() {
        // SBC art. 6(1): the day of entry and the day of exit both count; a same-day trip is one day.
        TravelHistory h = history(Stay.of(d(2025, 5, 5), d(2025, 5, 5)));
        assertThat(calc.control(h, d(2025, 5, 5)).daysUsed()).isEqualTo(1);
    }

    @Test
    void croatiaCountsFrom2023() {
        // Council Decision (EU) 2022/2451: Croatia applies the acquis from 2023-01-01.
        TravelHistory h = history(Stay.in("HR", d(2022, 12, 1), d(2023, 1, 31)));
        assertThat(calc.control(h, d(2023, 1, 31)).daysUsed()).isEqualTo(31);
        assertThat(calc.control(h, d(2023, 1, 31)).explanation().toString()).contains("Croatia");
    }

    @Test
    void cyprusAndIrelandNeverCount() {
        TravelHistory h =
                history(Stay.in("CY", d(2025, 1, 1), d(2025, 3, 1)), Stay.in("IE", d(2025, 3, 2), d(2025, 4, 1)));
        assertThat(calc.control(h, d(2025, 4, 1)).daysUsed()).isZero();
    }

    @Test
    void residencePermitDaysAreNotCounted() {
        // SBC art. 6(1): periods of stay under a residence permit or long-stay visa are not taken into account.
        TravelHistory h = TravelHistory.of(
                List.of(Stay.of(d(2025, 1, 1), d(2025, 12, 31))),
                List.of(ExcludedPeriod.of(d(2025, 1, 1), d(2025, 11, 30), ExclusionReason.RESIDENCE_PERMIT)));
        ControlResult c = calc.control(h, d(2025, 12, 31));
        assertThat(c.daysUsed()).isEqualTo(31);
        assertThat(c.unlawfulDays()).isZero();
    }

    @Test
    void beforeOctober2013TheOldRuleFromFirstEntryApplies() {
        // CISA art. 20(1) before Reg. 610/2013; CJEU C-241/05 Bot: 3 months (here 90 days) in 6 months from the
        // first entry. First entry 2012-01-10 opens 2012-01-10..2012-07-09; 60 + 30 days used there.
        TravelHistory h = history(Stay.of(d(2012, 1, 10), d(2012, 3, 9)), Stay.of(d(2012, 6, 1), d(2012, 6, 30)));
        ControlResult c = calc.control(h, d(2012, 6, 30));
        assertThat(c.ruleId()).isEqualTo("pre-2013");
        assertThat(c.windowStart()).isEqualTo(d(2012, 1, 10));
        assertThat(c.daysUsed()).isEqualTo(90);
        assertThat(c.daysRemaining()).isZero();
        // a new period opens with the first entry after 2012-07-09
        assertThat(calc.plan(h, d(2012, 7, 10), 90).maxStayDays()).isEqualTo(90);
        // within the first period nothing is left
        assertThat(calc.plan(h, d(2012, 7, 5), 1).maxStayDays()).isZero();
        assertThat(calc.plan(h, d(2012, 7, 5), 1).earliestEntry()).isEqualTo(d(2012, 7, 10));
    }

    @Test
    void visaWaiverAgreementKeepsTheOldRuleForBrazilians() {
        // 2009 EU–Brazil visa-waiver agreement: 3 months in 6 months from the date of first entry (legal-rules §A.5).
        TravelHistory h = history(Stay.of(d(2024, 1, 1), d(2024, 3, 30)), Stay.of(d(2024, 7, 1), d(2024, 7, 10)));
        ControlResult general = calc.control(h, d(2024, 7, 10));
        ControlResult brazil = calc.control(h.withNationality("BRA"), d(2024, 7, 10));
        assertThat(general.ruleId()).isEqualTo("rolling-90-180");
        assertThat(brazil.ruleId()).isEqualTo("visa-waiver-2009");
        // rolling: window 2024-01-13..2024-07-10 holds 78 + 10 days
        assertThat(general.daysUsed()).isEqualTo(88);
        // fixed: the period 2024-01-01..2024-06-30 has ended; 2024-07-01 is a new first entry
        assertThat(brazil.windowStart()).isEqualTo(d(2024, 7, 1));
        assertThat(brazil.daysUsed()).isEqualTo(10);
        assertThat(brazil.latestAllowedDate()).contains(d(2024, 9, 28));
        // rolling, by hand: the count stays at 88 while January-March days leave the window, then grows from
        // 2024-09-27 (89) to 2024-09-28 (90)
        assertThat(general.latestAllowedDate()).isEqualTo(Optional.of(d(2024, 9, 28)));
    }
}
