package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.core.legal.ExplanationStep;
import io.github.migratiekit.core.legal.Sources;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which years a deadline warns about when the days equated by royal decree (Atw art. 3(3)) are not known: the years
 * from the raw end to the final day, and, when Atw art. 2 (two working days in a term of three days or more) was
 * applied, the years whose working days the count depends on. The bundled decrees cover 2014-2028; 2013 and 2029 are
 * unknown, 2020-2022 partly known.
 */
class DecreeWarningsTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Deadline statutory(String start, Period term) {
        return Deadlines.compute(DeadlineRequest.builder()
                .start(d(start))
                .term(term)
                .termSource(Sources.ATW)
                .calculus(DeadlineCalculus.DUTCH_STATUTORY)
                .build());
    }

    private static List<String> warningTexts(Deadline deadline) {
        return deadline.explanation().uncertainSteps().stream()
                .filter(s ->
                        s.warning().filter(w -> w.startsWith("atw-decree-days")).isPresent())
                .map(ExplanationStep::text)
                .toList();
    }

    @ParameterizedTest(name = "{0} + {1} ends {2}; warns about {3}")
    @CsvSource({
        // Thursday 2028-12-28 + 2 days = Saturday 12-30 → Monday 2029-01-01 is Nieuwjaarsdag → Tuesday 2029-01-02:
        // the roll looked at 2029
        "2028-12-28, P2D, 2029-01-02, 2029",
        // Friday 2029-03-02 + 2 days = Sunday 03-04 → Monday 03-05; Atw art. 2 does not apply to two days
        "2029-03-02, P2D, 2029-03-05, 2029",
        // Monday 2013-12-30 + 3 days = Thursday 2014-01-02; art. 2 counts Tuesday 2013-12-31 and 2014-01-02: were
        // 2013-12-31 an equated day, the term would have one working day and run longer
        "2013-12-30, P3D, 2014-01-02, 2013",
        // + 2 days ends on Nieuwjaarsdag 2014 → 01-02; art. 2 does not apply, 2013 is not looked at
        "2013-12-30, P2D, 2014-01-02, ",
        // + 4 days = Friday 2014-01-03: 01-02 and 01-03 are two working days in a known year, 2013 cannot matter
        "2013-12-30, P4D, 2014-01-03, ",
        // Tuesday 2013-12-31 + 3 days = Friday 2014-01-03, with two working days in 2014
        "2013-12-31, P3D, 2014-01-03, ",
        // a known year throughout
        "2024-05-03, P1W, 2024-05-13, "
    })
    void warnsAboutTheYearsTheComputationDependedOn(String start, String term, String end, Integer year) {
        Deadline deadline = statutory(start, Period.parse(term));
        assertThat(deadline.deadline()).isEqualTo(d(end));
        if (year == null) {
            assertThat(warningTexts(deadline)).isEmpty();
            assertThat(deadline.explanation().warnings()).doesNotContain("atw-decree-days-unknown");
        } else {
            assertThat(deadline.explanation().warnings()).contains("atw-decree-days-unknown");
            assertThat(warningTexts(deadline)).singleElement().satisfies(t -> assertThat(t)
                    .startsWith("The days equated with holidays by decree in " + year + " are not known (")
                    .contains("Check the decree for " + year + "."));
        }
    }

    @Test
    void aPartlyKnownYearIsNamedAsSuch() {
        // 2021: the decree was not found, the Friday after Ascension Day (2021-05-14) rests on practice
        Deadline d = statutory("2021-04-16", Period.ofWeeks(4));
        assertThat(d.deadline()).isEqualTo(d("2021-05-17"));
        assertThat(warningTexts(d)).singleElement().satisfies(t -> assertThat(t)
                .startsWith("The days equated with holidays by decree in 2021 are not all" + " known ("));
    }
}
