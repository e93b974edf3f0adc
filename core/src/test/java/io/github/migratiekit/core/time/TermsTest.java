package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

    @ParameterizedTest(name = "{0} within the Atw: {1}")
    @CsvSource({
        // Atw art. 4(a): not for terms "in meer dan 90 dagen, in meer dan twaalf weken, in meer dan drie maanden,
        // of in een of meer jaren"
        "P90D, true",
        "P91D, false",
        "P1D, true",
        "P12W, true",
        "P13W, false",
        "P3M, true",
        "P2M, true",
        "P3M1D, false",
        "P4M, false",
        "P1Y, false",
        "P6M, false",
        "P15M, false",
        "P0D, true"
    })
    void atwScope(String term, boolean expected) {
        assertThat(Terms.withinAtwScope(Period.parse(term))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} longer than {1}: {2}")
    @CsvSource({
        "P10M, P9M, true", "P9M, P9M, false", "P8M, P9M, false", "P91D, P90D, true", "P90D, P90D, false",
        "P7W, P6W, true", "P6W, P6W, false", "P3M, P90D, true", "P2M, P90D, false", "P1Y, P11M, true",
        // mixed periods compare by average length (a month of 30.436875 days): 1 month 20 days is about 50 days
        "P1M20D, P1M, true", "P1M, P1M20D, false", "P1M1D, P1M1D, false", "P1M, P31D, false", "P31D, P1M, true"
    })
    void longerThan(String a, String b, boolean expected) {
        assertThat(Terms.longerThan(Period.parse(a), Period.parse(b))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "P6M, 6 months",
        "P1M, 1 month",
        "P4W, 4 weeks",
        "P1W, 1 week",
        "P90D, 90 days",
        "P1D, 1 day",
        "P1Y, 1 year",
        "P1Y2M, 1 year 2 months",
        "P0D, 0 days"
    })
    void describe(String term, String expected) {
        assertThat(Terms.describe(Period.parse(term))).isEqualTo(expected);
    }
}
