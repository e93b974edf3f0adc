package io.github.migratiekit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Runs every example program and checks the key facts of its story against figures worked out independently (by
 * hand from the cited rule, or from the source table), so that the examples cannot rot.
 */
class ExamplesTest {

    private static String run(Consumer<PrintWriter> example) {
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        example.accept(out);
        out.flush();
        return sw.toString();
    }

    @Test
    void deadlines() {
        String out = run(DeadlinesExample::run);
        // 2023-03-10 + 4 weeks = Good Friday 2023-04-07 → Tuesday 2023-04-11 (Vw 2000 art. 69(1), Atw art. 1, 3(2))
        assertThat(out).contains("Last day: 2023-04-11").contains("Goede Vrijdag");
        // 2026-01-12 + 90 days + 14 suspended days = Sunday 2026-04-26; Koningsdag 04-27 → 2026-04-28
        assertThat(out).contains("Last day: 2026-04-28").contains("Koningsdag");
        // 2023-05-31 + 6 months (→ 2023-11-30) + 9 months (WBV 2023/3) = 2024-08-30; no Atw roll (art. 4(a))
        assertThat(out).contains("Last day: 2024-08-30").contains("WBV 2023/3");
    }

    @Test
    void permitsAndProcedures() {
        String out = run(ProceduresExample::run);
        // decision 2026-03-12: one-week appeal period (Vw 2000 art. 69(2)) ends Thursday 2026-03-19;
        // departure period of 28 days ends 2026-04-09
        assertThat(out).contains("2026-03-19 (RUNNING)").contains("2026-04-09");
        assertThat(out).contains("is not allowed in phase");
        assertThat(out).contains("holder redacted");
    }

    @Test
    void schengen() {
        String out = run(SchengenExample::run);
        // Swiss SEM example 6 (legal-rules.md §0.5): 164 days in the window, EC overstay 164 − 90 = 74,
        // 117 unlawful days from 2013-11-05
        assertThat(out)
                .contains("164 days")
                .contains("overstay of 74 days")
                .contains("117 days were unlawful")
                .contains("2013-11-05");
        // Croatia in Schengen from 2023-01-01: January (31) + February (28) = 59 days, 31 left → until 2023-03-31
        assertThat(out).contains("59 days used, 31 remaining, may stay until 2023-03-31");
    }

    @Test
    void dublin() {
        String out = run(DublinExample::run);
        // Dublin III art. 13(1) ceased 12 months after the crossing; art. 13(2) five months in Austria
        assertThat(out).contains("AT is responsible (art. 13(2)");
        // acceptance 2025-08-31 + 6 months = 2026-02-28 (art. 29(1), art. 42(b) last day of February, no roll)
        assertThat(out).contains("transfer (art. 29(1)): last day 2026-02-28").contains("LAPSED");
        assertThat(out).contains("GR (art. 33(1))");
    }

    @Test
    void taakstelling() {
        String out = run(HousingExample::run);
        // Utrecht: 13 000 × 374 238 / 17 942 942 = 271.14 (CBS 2024 population); Hamilton gives 271
        assertThat(out).contains("hamilton: 271 (exact share 271.14");
        // 271 + 120 backlog = 391 corrected; 391 − 250 housed = 141 carried into 2026-I
        assertThat(out).contains("corrected task of 391").contains("backlog (achterstand) of 141");
    }

    @Test
    void statistics() {
        String out = run(StatisticsExample::run);
        // Staat van Migratie 2024, fig. 66: 14 040 granted, 10 830 rejected, 990 other
        // national 14040 / 25860 = 54.29 %; the Eurostat definition needs the Dublin decisions, which the table
        // counts among the rejections ("afgewezen"), so it cannot be computed from it
        assertThat(out).contains("eurostat: not computable").contains("Dublin").contains("national: 54.3%");
    }

    @Test
    void tourRunsEveryExampleInOrder() {
        String out = run(Tour::run);
        int previous = -1;
        for (Tour.Example e : Tour.EXAMPLES) {
            int at = out.indexOf(e.title());
            assertThat(at).as(e.title()).isGreaterThan(previous);
            previous = at;
        }
    }
}
