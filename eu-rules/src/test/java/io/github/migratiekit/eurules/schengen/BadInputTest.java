package io.github.migratiekit.eurules.schengen;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input gives a typed {@link InvalidStayException} naming the field and the value. */
class BadInputTest {
    private final ShortStayCalculator calc = ShortStayCalculator.standard();
    private final TravelHistory empty = TravelHistory.of(List.of());

    @Test
    void exitBeforeEntry() {
        assertThatThrownBy(() -> Stay.of(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1)))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("stay.exit")
                .hasMessageContaining("2025-03-01");
    }

    @Test
    void overlappingStaysNameBoth() {
        assertThatThrownBy(() -> TravelHistory.of(List.of(
                        Stay.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10)),
                        Stay.of(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 20)))))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("stays[1]")
                .hasMessageContaining("stays[0]")
                .hasMessageContaining("2025-01-05")
                .hasMessageContaining("2025-01-10");
    }

    @Test
    void touchingAndSameDayStaysAreFine() {
        TravelHistory h = TravelHistory.of(List.of(
                Stay.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10)),
                Stay.of(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 12)),
                Stay.of(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 13))));
        org.assertj.core.api.Assertions.assertThat(
                        calc.control(h, LocalDate.of(2025, 1, 13)).daysUsed())
                .isEqualTo(13);
    }

    @Test
    void queryDateBefore1900OrAfter2200() {
        assertThatThrownBy(() -> calc.control(empty, LocalDate.of(1899, 12, 31)))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("date")
                .hasMessageContaining("1899-12-31");
        assertThatThrownBy(() -> calc.plan(empty, LocalDate.of(2201, 1, 1), 1))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("entry")
                .hasMessageContaining("2201-01-01");
        assertThatThrownBy(() -> Stay.of(LocalDate.of(1850, 1, 1), LocalDate.of(1950, 1, 1)))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("stay.entry");
    }

    @Test
    void minimumStayOutsideOneToNinety() {
        assertThatThrownBy(() -> calc.plan(empty, LocalDate.of(2025, 1, 1), 0))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("minDays")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> calc.plan(empty, LocalDate.of(2025, 1, 1), 91))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("91");
    }

    @Test
    void unknownStateAndBadCodes() {
        TravelHistory h = TravelHistory.of(List.of(Stay.in("XX", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2))));
        assertThatThrownBy(() -> calc.control(h, LocalDate.of(2025, 1, 2)))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("stays[0].state")
                .hasMessageContaining("XX");
        assertThatThrownBy(() -> Stay.in("FRA", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2)))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("stay.state");
        assertThatThrownBy(() -> empty.withNationality("BR"))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("nationality");
    }

    @Test
    void excludedPeriodEndBeforeStart() {
        assertThatThrownBy(() -> ExcludedPeriod.of(
                        LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), ExclusionReason.LONG_STAY_VISA))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("excluded.end");
    }

    @Test
    void csvEmptyRowMalformedDateAndOverlap() {
        assertThatThrownBy(() -> StayColumns.parseCsv(List.of("travellerId,entry,exit", "a,2025-01-01,2025-01-02", "")))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("empty row");
        assertThatThrownBy(() -> StayColumns.parseCsv(List.of("a,2025-13-01,2025-01-02")))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("line 1 entry")
                .hasMessageContaining("2025-13-01");
        assertThatThrownBy(() -> StayColumns.parseCsv(List.of("a,2025-01-01")))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(
                        () -> StayColumns.parseCsv(List.of("V123,2025-01-01,2025-01-10", "V123,2025-01-05,2025-01-12")))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("line 1")
                .hasMessageNotContaining("V123");
    }

    @Test
    void batchRejectsUnsortedStaysAndBadOffsets() {
        int d = (int) LocalDate.of(2025, 1, 1).toEpochDay();
        assertThatThrownBy(() -> ShortStayBatch.of(new int[] {0, 2}, new int[] {d + 10, d}, new int[] {d + 12, d + 1}))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("entryEpochDays[1]");
        assertThatThrownBy(() -> ShortStayBatch.of(new int[] {0, 3}, new int[] {d}, new int[] {d}))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("travellerOffsets[1]");
        assertThatThrownBy(() -> ShortStayBatch.of(new int[] {0, 1}, new int[] {d}, new int[] {d - 1}))
                .isInstanceOf(InvalidStayException.class)
                .hasMessageContaining("exitEpochDays[0]");
    }
}
