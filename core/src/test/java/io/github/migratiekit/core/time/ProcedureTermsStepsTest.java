package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.ExplanationStep;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a procedure deadline says about the rule it selected, and how it refuses an extension the rule does not allow. */
class ProcedureTermsStepsTest {
    private final ProcedureTerms terms = ProcedureTerms.standard();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void theFirstStepNamesTheRuleAndItsValidity() {
        // Vw 2000 art. 42(1): six months, for applications received 2001-04-01 to 2026-06-11
        Deadline asylum = terms.deadline("asylum", d("2021-01-11"), List.of(), List.of());
        assertThat(asylum.explanation().steps().get(0).text())
                .isEqualTo("Rule for 'asylum' in force for terms starting from 2001-04-01 to 2026-06-11: asylum"
                        + " decision period, counted from the day the asylum application was received.");
        // a rule still in force has no end date
        Deadline regular = terms.deadline("regular", d("2025-01-06"), List.of(), List.of());
        assertThat(regular.explanation().steps().get(0).text())
                .startsWith("Rule for 'regular' in force for terms starting from 2013-06-01: regular residence"
                        + " decision period");
        assertThat(regular.explanation().steps())
                .extracting(ExplanationStep::text)
                .contains("Regular residence decision period: the term runs from 2025-01-06.");
    }

    @Test
    void aRefusedExtensionListsTheBasesTheTermDoesAccept() {
        // Vw 2000 art. 25(2) is the only basis of the regular decision period; art. 25(5): a Blue Card term has none
        assertThatThrownBy(() -> terms.deadline(
                        "regular",
                        d("2025-01-06"),
                        List.of(),
                        List.of(Extension.of(Period.ofMonths(9), ExtensionBasis.VW_42_4, d("2025-03-01")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("it can be extended under art. 25(2) (VW_25_2)");
        assertThatThrownBy(() -> terms.deadline(
                        "regular-blue-card",
                        d("2025-01-06"),
                        List.of(),
                        List.of(
                                Extension.of(Period.ofMonths(1), ExtensionBasis.AWB_4_14, d("2025-02-01")),
                                Extension.of(Period.ofMonths(1), ExtensionBasis.VW_25_2, d("2025-02-01")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("extensions[0].basis: art. 4:14(3) (AWB_4_14) does not extend the decision"
                        + " period for an EU Blue Card; that term cannot be extended individually");
    }

    @Test
    void theBundledCategoricalExtensionsAreListed() {
        // WBV 2022/22 and WBV 2023/3 (Stcrt.), both for the asylum decision period
        assertThat(terms.categoricalExtensions())
                .extracting(CategoricalExtension::id)
                .contains("WBV 2022/22", "WBV 2023/3");
        assertThat(terms.categoricalExtensions())
                .allSatisfy(c -> assertThat(c.procedure()).isEqualTo("asylum"));
    }
}
