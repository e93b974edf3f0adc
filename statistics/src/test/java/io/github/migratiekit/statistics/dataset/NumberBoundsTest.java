package io.github.migratiekit.statistics.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A number no statistical table prints is refused when read, before any arithmetic: {@code 1E+999999999} made the
 * grid check ({@code BigDecimal.remainder}) run for minutes when the fuzzer fed it to a dataset file.
 */
class NumberBoundsTest {
    private static final RoundingRule FIVES = RoundingRule.of(5, 0, "counts rounded to fives");

    @Test
    @Timeout(10)
    void aHugeExponentIsRefusedBeforeTheGridCheck() {
        assertThatThrownBy(() -> DatasetFiles.interpret("1E+999999999", Unit.PERSONS, FIVES))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("more than 30 digits before or after the decimal point");
        assertThatThrownBy(() -> DatasetFiles.interpret(new BigDecimal("1E+999999999"), Unit.PERSONS, FIVES))
                .isInstanceOf(InvalidDatasetException.class);
        assertThatThrownBy(() -> DatasetFiles.interpret("1E-999999999", Unit.PERCENT, FIVES))
                .isInstanceOf(InvalidDatasetException.class);
        assertThatThrownBy(() -> Value.parse("1E+999999999~10")).isInstanceOf(InvalidDatasetException.class);
    }

    @Test
    void thirtyDigitsAreStillNumbers() {
        String thirty = "123456789012345678901234567890";
        assertThat(DatasetFiles.interpret(thirty, Unit.EURO, FIVES).printed()).contains(new BigDecimal(thirty));
        assertThat(DatasetFiles.interpret("0." + thirty, Unit.PERCENT, FIVES).printed())
                .contains(new BigDecimal("0." + thirty));
        assertThatThrownBy(() -> DatasetFiles.interpret(thirty + "1", Unit.EURO, FIVES))
                .isInstanceOf(InvalidDatasetException.class);
    }

    @Test
    void aValueTokenIsWrittenInPlainDigits() {
        // found by fuzzing: "145e5~5" was read as 1.45E+7 and came back from the CSV export as 14500000, unequal
        assertThatThrownBy(() -> Value.parse("145e5~5"))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("not a number token");
        assertThatThrownBy(() -> Value.parse("1E3")).isInstanceOf(InvalidDatasetException.class);
        assertThat(Value.parse("14500000~5").printed()).contains(new BigDecimal("14500000"));
        assertThat(Value.parse("-2.5").printed()).contains(new BigDecimal("-2.5"));
    }

    @Test
    void aPeriodLiesInAFourDigitYearThatReadsBack() {
        // found by fuzzing: "0804" was read as the year 804 and written back as "804", which does not read
        assertThatThrownBy(() -> StatPeriod.parse("0804"))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessage("period: year 804 is outside 1800–2200");
        assertThatThrownBy(() -> StatPeriod.year(-5)).isInstanceOf(InvalidDatasetException.class);
        assertThat(StatPeriod.parse("1800").text()).isEqualTo("1800");
        assertThat(StatPeriod.parse("2200-12-31").text()).isEqualTo("2200-12-31");
    }
}
