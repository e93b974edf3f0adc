package io.github.migratiekit.eurules.schengen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled membership table and rules say what legal-rules.md §A.5 says, each row with a source. */
class MembershipDataTest {
    private final SchengenMembership m = SchengenMembership.standard();

    @Test
    void croatiaFrom2023BulgariaRomaniaFromMarch2024CyprusIrelandNever() {
        // Council Decision (EU) 2022/2451; Council Decision (EU) 2024/210 (legal-rules.md §A.5)
        assertThat(m.isSchengenState("HR", LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(m.isSchengenState("HR", LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(m.isSchengenState("BG", LocalDate.of(2024, 3, 30))).isFalse();
        assertThat(m.isSchengenState("RO", LocalDate.of(2024, 3, 31))).isTrue();
        assertThat(m.isSchengenState("CY", LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(m.isSchengenState("IE", LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(m.statesOn(LocalDate.of(2026, 1, 1))).hasSize(29);
    }

    @Test
    void everyRowHasASourceAndUncertainOnesSaySo() {
        for (MembershipPeriod p : m.periods()) {
            assertThat(p.source().instrument()).isNotBlank();
        }
        assertThat(m.period("BG").orElseThrow().source().note()).contains("uncertain");
    }

    @Test
    void rulesAreSelectedByDateAndNationality() {
        ShortStayRules r = ShortStayRules.standard();
        assertThat(r.ruleFor(LocalDate.of(2013, 10, 17), Optional.empty()).id()).isEqualTo("pre-2013");
        assertThat(r.ruleFor(LocalDate.of(2013, 10, 18), Optional.empty()).id()).isEqualTo("rolling-90-180");
        assertThat(r.ruleFor(LocalDate.of(2020, 1, 1), Optional.of("BRA")).id()).isEqualTo("visa-waiver-2009");
        assertThat(r.ruleFor(LocalDate.of(2020, 1, 1), Optional.of("USA")).id()).isEqualTo("rolling-90-180");
    }
}
