package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.json.InvalidJsonException;
import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.testing.LegalGenerators;
import io.github.migratiekit.core.time.testing.TimeGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;

class TimeJsonRoundTripTest {

    @Test
    void deadlinesRoundTrip() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200))
                .forAll(TimeGenerators.deadlines())
                .checkAssert(d ->
                        assertThat(Json.read(Json.write(d), Deadline.class)).isEqualTo(d));
    }

    @Test
    void suspensionsExtensionsSourcesAndExplanationsRoundTrip() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200))
                .forAll(TimeGenerators.suspensionsAfter(LocalDate.of(2025, 1, 1), 300, 60))
                .checkAssert(s ->
                        assertThat(Json.read(Json.write(s), Suspension.class)).isEqualTo(s));
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200))
                .forAll(TimeGenerators.extensions(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)))
                .checkAssert(e ->
                        assertThat(Json.read(Json.write(e), Extension.class)).isEqualTo(e));
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200))
                .forAll(LegalGenerators.legalSources())
                .checkAssert(s ->
                        assertThat(Json.read(Json.write(s), LegalSource.class)).isEqualTo(s));
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200))
                .forAll(LegalGenerators.explanations())
                .checkAssert(e ->
                        assertThat(Json.read(Json.write(e), Explanation.class)).isEqualTo(e));
    }

    @Test
    void holidaysAndRulesRoundTrip() {
        for (Holiday h : AtwCalendar.standard().holidays(2028)) {
            assertThat(Json.read(Json.write(h), Holiday.class)).isEqualTo(h);
        }
        for (TermRule r : ProcedureTerms.standard().rules()) {
            assertThat(Json.read(Json.write(r), TermRule.class)).isEqualTo(r);
        }
    }

    @Test
    void threetenExtraTypesUseExplicitForms() {
        LocalDateRange range = LocalDateRange.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
        String json = Json.write(range);
        assertThat(json).isEqualTo("{\"start\":\"2024-01-01\",\"endInclusive\":\"2024-01-31\"}");
        assertThat(Json.read(json, LocalDateRange.class)).isEqualTo(range);
        assertThat(Json.write(YearHalf.of(2025, org.threeten.extra.Half.H2))).isEqualTo("\"2025-H2\"");
        assertThat(Json.read("\"2025-H2\"", YearHalf.class)).isEqualTo(YearHalf.of(2025, org.threeten.extra.Half.H2));
    }

    @Test
    void badJsonNamesThePath() {
        assertThatThrownBy(() -> Json.read(
                        "{\"start\":\"2026-02-10\",\"end\":\"2026-02-01\",\"ground\":\"FORCE_MAJEURE\"}",
                        Suspension.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("suspension.end");
        assertThatThrownBy(() -> Json.read(
                        "{\"length\":\"P1M\",\"basis\":\"NO_SUCH_BASIS\",\"decidedOn\":\"2026-01-01\"}",
                        Extension.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("$.basis");
        assertThatThrownBy(() ->
                        Json.read("{\"start\":\"2024-13-01\",\"endInclusive\":\"2024-01-31\"}", LocalDateRange.class))
                .isInstanceOf(InvalidJsonException.class);
    }
}
