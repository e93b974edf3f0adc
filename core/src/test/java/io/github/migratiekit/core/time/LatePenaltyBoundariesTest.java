package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.Verification;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;

/**
 * The dates and day counts at which the late-decision penalty (Awb art. 4:17) changes: the first and last day owed,
 * the day the amounts were indexed, the amendment of 2026 and the Tijdelijke wet opschorting dwangsommen IND.
 */
class LatePenaltyBoundariesTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @ParameterizedTest(name = "on {0}: {1} days, €{2}")
    @CsvSource({
        // notice received Monday 2025-03-10; Awb 4:17(3): owed from receipt + 14 days = 2025-03-24, for at most 42
        // days (4:17(1)), i.e. to 2025-05-04; amounts €23/€35/€45 (4:17(2), indexed from 2019-01-01)
        "2025-03-10, 0, 0",
        "2025-03-23, 0, 0",
        "2025-03-24, 1, 23",
        "2025-04-06, 14, 322",
        "2025-04-07, 15, 357",
        "2025-04-20, 28, 812",
        "2025-04-21, 29, 857",
        "2025-05-04, 42, 1442",
        "2025-05-05, 42, 1442",
        "2030-01-01, 42, 1442"
    })
    void daysAndAmountOwedOnEachDay(LocalDate on, long days, long euro) {
        LatePenalty.Result r = LatePenalty.accrued(d("2025-03-01"), d("2025-03-10"), on);
        assertThat(r.firstDayOwed()).isEqualTo(d("2025-03-24"));
        assertThat(r.lastDayOwed()).isEqualTo(d("2025-05-04"));
        assertThat(r.daysOwed()).isEqualTo(days);
        assertThat(r.amountEuro()).isEqualTo(euro);
    }

    @Test
    void theOlderAmountsApplyToNoticesReceivedBefore2019() {
        // Awb 4:17(2) as in force 2009-10-01 to 2018-12-31: €20 the first 14 days, €30 the next 14, €40 after
        LatePenalty.Result old = LatePenalty.accrued(d("2018-12-01"), d("2018-12-31"), d("2019-01-30"));
        // first day owed 2019-01-14; on 2019-01-30 that is 17 days: 14 × 20 + 3 × 30 = 370
        assertThat(old.firstDayOwed()).isEqualTo(d("2019-01-14"));
        assertThat(old.daysOwed()).isEqualTo(17);
        assertThat(old.amountEuro()).isEqualTo(370);
        assertThat(old.explanation().toString())
                .contains("from 2009-10-01", "14 × €20 + 3 × €30 + 0 × €40 = €370", "2019-01-14");
        assertThat(old.explanation().warnings()).doesNotContain("rule-secondary", "rule-unverified");
        // a day later the indexed amounts apply: 14 × 23 + 3 × 35 = 427
        LatePenalty.Result indexed = LatePenalty.accrued(d("2018-12-01"), d("2019-01-01"), d("2019-01-31"));
        assertThat(indexed.daysOwed()).isEqualTo(17);
        assertThat(indexed.amountEuro()).isEqualTo(427);
        assertThat(indexed.explanation().toString()).contains("from 2019-01-01", "14 × €23 + 3 × €35 + 0 × €45");
        assertThat(indexed.explanation().warnings()).contains("rule-secondary").doesNotContain("rule-unverified");
        // all three bands: 42 days at the 2009 amounts = 14 × (20 + 30 + 40) = 1,260
        assertThat(LatePenalty.accrued(d("2015-01-01"), d("2015-01-02"), d("2016-01-01"))
                        .explanation()
                        .toString())
                .contains("14 × €20 + 14 × €30 + 14 × €40 = €1260");
    }

    @Test
    void theAmendmentOf2026IsCitedFromItsFirstDay() {
        // notices received before 2026-01-01 rest on the indexed (secondary) amounts, later ones on the unread text
        LatePenalty.Result before = LatePenalty.accrued(d("2025-12-01"), d("2025-12-31"), d("2026-03-01"));
        assertThat(before.explanation().warnings()).contains("rule-secondary").doesNotContain("rule-unverified");
        LatePenalty.Result after = LatePenalty.accrued(d("2025-12-01"), d("2026-01-01"), d("2026-03-01"));
        assertThat(after.explanation().warnings()).contains("rule-unverified");
        assertThat(after.amountEuro()).isEqualTo(before.amountEuro()).isEqualTo(1442);
    }

    @Test
    void theRuleStartsOn1October2009() {
        // Wet dwangsom en beroep bij niet tijdig beslissen, in force 2009-10-01
        assertThat(LatePenalty.accrued(d("2009-09-30"), d("2009-10-01"), d("2009-10-15"))
                        .daysOwed())
                .isEqualTo(1);
        assertThatThrownBy(() -> LatePenalty.accrued(d("2009-09-01"), d("2009-09-30"), d("2009-10-15")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("noticeReceived")
                .hasMessageContaining("2009-10-01");
        assertThat(LatePenalty.amountForDays(42, d("2009-10-01"))).isEqualTo(1260);
        assertThatThrownBy(() -> LatePenalty.amountForDays(42, d("2009-09-30")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("noticeReceived");
    }

    @Test
    void theNoticeMustFollowTheEndOfTheDecisionPeriod() {
        // Awb 4:17(3): the notice counts only after the period has ended; the day after is the first possible day
        assertThat(LatePenalty.accrued(d("2025-03-01"), d("2025-03-02"), d("2025-03-16"))
                        .daysOwed())
                .isEqualTo(1);
        assertThatThrownBy(() -> LatePenalty.accrued(d("2025-03-02"), d("2025-03-01"), d("2025-04-01")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("noticeReceived");
    }

    @Test
    void missingArgumentsAreNamed() {
        LocalDate x = d("2025-03-01");
        assertThatThrownBy(() -> LatePenalty.accrued(null, x, x))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("decisionDeadline: must not be null");
        assertThatThrownBy(() -> LatePenalty.accrued(x, null, x))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("noticeReceived: must not be null");
        assertThatThrownBy(() -> LatePenalty.accrued(x, x.plusDays(1), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("on: must not be null");
        assertThatThrownBy(() -> LatePenalty.accrued("regular", x, x.plusDays(1), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("on: must not be null");
        assertThatThrownBy(() -> LatePenalty.accrued(null, x, x.plusDays(1), x))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("procedure: must not be null");
        assertThatThrownBy(() -> LatePenalty.amountForDays(1, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("noticeReceived: must not be null");
        assertThatThrownBy(() -> LatePenalty.amountForDays(-1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("days: must be between 0 and 42, was -1");
        assertThat(LatePenalty.amountForDays(0)).isZero();
    }

    @ParameterizedTest(name = "{0}, period ended {1}: €{2}")
    @CsvSource({
        // Tijdelijke wet opschorting dwangsommen IND (Stb. 2020, 242) art. 1: no penalty for asylum decisions whose
        // period expired on or after 2020-07-10; art. 3: periods that expired before that day keep it
        "asylum, 2020-07-09, 1442",
        "asylum, 2020-07-10, 0",
        "asylum-dublin-examined, 2020-07-09, 1442",
        "asylum-dublin-examined, 2023-01-10, 0",
        // not an asylum residence permit: art. 4:17 applies (ECLI:NL:RBDHA:2025:13865 for nareis)
        "regular, 2023-01-10, 1442",
        "nareis, 2023-01-10, 1442"
    })
    void theTemporaryActOnlyReachesAsylumDecisions(String procedure, LocalDate ended, long euro) {
        LatePenalty.Result r = LatePenalty.accrued(procedure, ended, ended.plusDays(1), ended.plusYears(1));
        assertThat(r.amountEuro()).isEqualTo(euro);
        assertThat(r.daysOwed()).isEqualTo(euro == 0 ? 0 : 42);
        // the days the penalty would run are still stated: receipt + 14, for 42 days
        assertThat(r.firstDayOwed()).isEqualTo(ended.plusDays(15));
        assertThat(r.lastDayOwed()).isEqualTo(ended.plusDays(15 + 41));
        if (procedure.startsWith("asylum")) {
            assertThat(r.explanation().toString())
                    .contains(euro == 0 ? "No penalty" : "still applies (transitional rule)");
        } else {
            assertThat(r.explanation().toString()).doesNotContain("Tijdelijke wet");
        }
    }

    @Test
    void anyDayIsOwedAtTheRateOfItsBand() {
        // Awb 4:17(2): the band of day n is (n-1)/14; a naive sum of the daily rates is the oracle
        qt().forAll(
                        SourceDSL.integers().between(0, 42),
                        SourceDSL.integers().between(0, 5000).map(n -> d("2009-10-01")
                                .plusDays(n)))
                .checkAssert((days, notice) -> {
                    int[] rate = notice.isBefore(d("2019-01-01")) ? new int[] {20, 30, 40} : new int[] {23, 35, 45};
                    long sum = 0;
                    for (int day = 1; day <= days; day++) {
                        sum += rate[(day - 1) / 14];
                    }
                    assertThat(LatePenalty.amountForDays(days, notice)).isEqualTo(sum);
                });
    }

    @Test
    void sourcesCarryTheirVerification() {
        assertThat(LatePenalty.SOURCE_2009.verification()).isEqualTo(Verification.VERIFIED);
        assertThat(LatePenalty.SOURCE_2019.verification()).isEqualTo(Verification.SECONDARY);
        assertThat(LatePenalty.SOURCE_2026.verification()).isEqualTo(Verification.UNVERIFIED);
    }
}
