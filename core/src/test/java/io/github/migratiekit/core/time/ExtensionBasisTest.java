package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The limits the law sets on each extension basis, with the text of the article as the source of each number. */
class ExtensionBasisTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @ParameterizedTest(name = "{0}: at most {1}, {2} time(s), step {3}")
    @CsvSource({
        // Awb 4:14(3): no statutory maximum
        "AWB_4_14, , , P1M",
        // Vw 2000 art. 42(4): "met ten hoogste negen maanden"
        "VW_42_4, P9M, , P1M",
        // Vw 2000 art. 42(5): "nogmaals ... met ten hoogste drie maanden"
        "VW_42_5, P3M, 1, P1M",
        // Vw 2000 art. 25(2): "ten hoogste voor zes maanden"
        "VW_25_2, P6M, , P1M",
        // Vw 2000 art. 2r(1): "eenmaal met ten hoogste drie maanden"
        "VW_2R_1, P3M, 1, P1M",
        // RWN art. 9(4): "ten hoogste tweemaal zes maanden"
        "RWN_9_4, P6M, 2, P1M",
        // RWN art. 6(5): "éénmaal met ten hoogste dertien weken"
        "RWN_6_5, P91D, 1, P7D",
        // Awb 7:10(3): "ten hoogste zes weken"
        "AWB_7_10_3, P42D, , P7D"
    })
    void maximumTimesAndStep(ExtensionBasis basis, String maximum, Integer times, String step) {
        assertThat(basis.maximum().map(Period::toString).orElse(null)).isEqualTo(maximum);
        assertThat(basis.maxTimes().orElse(null)).isEqualTo(times);
        assertThat(basis.smallestStep()).isEqualTo(Period.parse(step));
        assertThat(basis.requiresEarlier())
                .isEqualTo(
                        basis == ExtensionBasis.VW_42_5
                                ? java.util.Optional.of(ExtensionBasis.VW_42_4)
                                : java.util.Optional.empty());
    }

    @Test
    void theTotalOnABasisWithoutACountIsItsMaximum() {
        // Vw 2000 art. 25(2): six months in all, however the extensions are split
        assertThatCode(() -> ExtensionBasis.checkLimits(List.of(
                        Extension.of(Period.ofMonths(3), ExtensionBasis.VW_25_2, d("2026-01-10")),
                        Extension.of(Period.ofMonths(3), ExtensionBasis.VW_25_2, d("2026-03-10")))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ExtensionBasis.checkLimits(List.of(
                        Extension.of(Period.ofMonths(3), ExtensionBasis.VW_25_2, d("2026-01-10")),
                        Extension.of(Period.ofMonths(4), ExtensionBasis.VW_25_2, d("2026-03-10")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("extensions[1].length: the extensions on VW_25_2 together exceed the P6M");
        // Awb 7:10(3): six weeks in all; 3 + 3 weeks is the limit, one day more is not
        assertThatCode(() -> ExtensionBasis.checkLimits(List.of(
                        Extension.of(Period.ofWeeks(3), ExtensionBasis.AWB_7_10_3, d("2026-01-10")),
                        Extension.of(Period.ofWeeks(3), ExtensionBasis.AWB_7_10_3, d("2026-01-20")))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ExtensionBasis.checkLimits(List.of(
                        Extension.of(Period.ofWeeks(3), ExtensionBasis.AWB_7_10_3, d("2026-01-10")),
                        Extension.of(Period.ofDays(22), ExtensionBasis.AWB_7_10_3, d("2026-01-20")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("extensions[1].length");
        // other bases do not count towards it
        assertThatCode(() -> ExtensionBasis.checkLimits(List.of(
                        Extension.of(Period.ofMonths(6), ExtensionBasis.VW_25_2, d("2026-01-10")),
                        Extension.of(Period.ofMonths(3), ExtensionBasis.VW_25_4, d("2026-03-10")))))
                .doesNotThrowAnyException();
        // no statutory maximum: any total
        assertThatCode(() -> ExtensionBasis.checkLimits(List.of(
                        Extension.of(Period.ofMonths(12), ExtensionBasis.AWB_4_14, d("2026-01-10")),
                        Extension.of(Period.ofMonths(12), ExtensionBasis.AWB_4_14, d("2026-03-10")))))
                .doesNotThrowAnyException();
    }

    @Test
    void aBasisUsableTwiceAllowsTwiceItsMaximum() {
        // RWN art. 9(4): "ten hoogste tweemaal zes maanden": 6 + 6 months, not a third time
        assertThatCode(() -> ExtensionBasis.checkLimits(List.of(
                        Extension.of(Period.ofMonths(6), ExtensionBasis.RWN_9_4, d("2025-01-10")),
                        Extension.of(Period.ofMonths(6), ExtensionBasis.RWN_9_4, d("2025-08-10")))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ExtensionBasis.checkLimits(List.of(
                        Extension.of(Period.ofMonths(6), ExtensionBasis.RWN_9_4, d("2025-01-10")),
                        Extension.of(Period.ofMonths(6), ExtensionBasis.RWN_9_4, d("2025-08-10")),
                        Extension.of(Period.ofMonths(1), ExtensionBasis.RWN_9_4, d("2026-02-10")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("extensions[2].basis: RWN_9_4 may be used at most 2 time(s) on one term ("
                        + ExtensionBasis.RWN_9_4.source().shortCitation() + ")");
        // Vw 2000 art. 2r(1): "eenmaal"
        assertThatThrownBy(() -> ExtensionBasis.checkLimits(List.of(
                        Extension.of(Period.ofMonths(1), ExtensionBasis.VW_2R_1, d("2025-01-10")),
                        Extension.of(Period.ofMonths(1), ExtensionBasis.VW_2R_1, d("2025-02-10")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("extensions[1].basis: VW_2R_1 may be used at most 1 time(s)");
    }

    @Test
    void theFurtherAsylumExtensionNeedsAnEarlierNineMonthOne() {
        // Vw 2000 art. 42(5): "na de verlenging, bedoeld in het vierde lid"; decided the same day counts as after
        assertThatCode(() -> ExtensionBasis.checkLimits(List.of(
                        Extension.of(Period.ofMonths(3), ExtensionBasis.VW_42_5, d("2023-03-01")),
                        Extension.of(Period.ofMonths(9), ExtensionBasis.VW_42_4, d("2023-03-01")))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ExtensionBasis.checkLimits(List.of(
                        Extension.of(Period.ofMonths(9), ExtensionBasis.VW_42_4, d("2023-03-02")),
                        Extension.of(Period.ofMonths(3), ExtensionBasis.VW_42_5, d("2023-03-01")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("extensions[1].basis: VW_42_5 extends only after an extension under VW_42_4");
        assertThatThrownBy(() -> ExtensionBasis.checkLimits(
                        List.of(Extension.of(Period.ofMonths(3), ExtensionBasis.VW_42_5, d("2023-03-01")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("extensions[0].basis");
    }
}
