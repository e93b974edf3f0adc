package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class LatePenaltyTest {

    @Test
    void maximumIs1442Euro() {
        // Awb 4:17(2): 14 × 23 + 14 × 35 + 14 × 45 = 1,442; ECLI:NL:RBDHA:2019:10639 awarded € 1.442
        assertThat(LatePenalty.amountForDays(42)).isEqualTo(1442);
        assertThat(LatePenalty.amountForDays(14)).isEqualTo(14 * 23);
        assertThat(LatePenalty.amountForDays(15)).isEqualTo(14 * 23 + 35);
        assertThat(LatePenalty.amountForDays(29)).isEqualTo(14 * 23 + 14 * 35 + 45);
    }

    @Test
    void startsTwoWeeksAfterTheNoticeAndRunsAtMost42Days() {
        LocalDate deadline = LocalDate.of(2025, 3, 1);
        LocalDate notice = LocalDate.of(2025, 3, 10);
        LatePenalty.Result before = LatePenalty.accrued(deadline, notice, LocalDate.of(2025, 3, 23));
        assertThat(before.firstDayOwed()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(before.daysOwed()).isZero();
        assertThat(LatePenalty.accrued(deadline, notice, LocalDate.of(2025, 3, 24))
                        .amountEuro())
                .isEqualTo(23);
        LatePenalty.Result late = LatePenalty.accrued(deadline, notice, LocalDate.of(2026, 1, 1));
        assertThat(late.daysOwed()).isEqualTo(42);
        assertThat(late.amountEuro()).isEqualTo(1442);
        assertThat(late.lastDayOwed()).isEqualTo(LocalDate.of(2025, 5, 4));
    }

    @Test
    void amountGrowsByTheDailyRateOfItsBand() {
        qt().forAll(SourceDSL.integers().between(1, 42)).checkAssert(days -> {
            long rate = days <= 14 ? 23 : days <= 28 ? 35 : 45;
            assertThat(LatePenalty.amountForDays(days) - LatePenalty.amountForDays(days - 1))
                    .isEqualTo(rate);
        });
    }

    @Test
    void noticeBeforeTheDeadlineIsRejected() {
        assertThatThrownBy(() -> LatePenalty.accrued(
                        LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("noticeReceived");
        assertThatThrownBy(() -> LatePenalty.amountForDays(43)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void noticesAfterTheAmendmentCarryANote() {
        LatePenalty.Result r =
                LatePenalty.accrued(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 1));
        assertThat(r.explanation().steps()).anySatisfy(s -> assertThat(s.source())
                .hasValueSatisfying(src -> assertThat(src.note()).contains("2026-01-01")));
    }
}
