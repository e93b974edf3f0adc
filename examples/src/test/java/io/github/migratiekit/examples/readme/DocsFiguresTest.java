package io.github.migratiekit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.core.housing.Municipality;
import io.github.migratiekit.core.housing.MunicipalityRegistry;
import io.github.migratiekit.core.housing.ProsperityCorrection;
import io.github.migratiekit.core.housing.Spreiding;
import io.github.migratiekit.core.housing.StandardApportionmentMethod;
import io.github.migratiekit.core.housing.Taakstelling;
import io.github.migratiekit.core.housing.TaakstellingAllocation;
import io.github.migratiekit.core.housing.TaakstellingPeriod;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.time.AtwCalendar;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.DeadlineCalculus;
import io.github.migratiekit.core.time.DeadlineRequest;
import io.github.migratiekit.core.time.Deadlines;
import io.github.migratiekit.core.time.ProcedureTerms;
import io.github.migratiekit.core.time.Suspension;
import io.github.migratiekit.core.time.SuspensionGround;
import io.github.migratiekit.core.time.testing.NaiveDeadlineOracle;
import io.github.migratiekit.eurules.dublin.Applicant;
import io.github.migratiekit.eurules.dublin.Application;
import io.github.migratiekit.eurules.dublin.Dublin;
import io.github.migratiekit.eurules.dublin.DublinCase;
import io.github.migratiekit.eurules.dublin.DublinEvent;
import io.github.migratiekit.eurules.dublin.DublinResult;
import io.github.migratiekit.eurules.dublin.DublinTimeline;
import io.github.migratiekit.eurules.dublin.Entry;
import io.github.migratiekit.eurules.dublin.MemberState;
import io.github.migratiekit.eurules.dublin.Regime;
import io.github.migratiekit.eurules.dublin.ResidencePeriod;
import io.github.migratiekit.eurules.dublin.TimeLimit;
import io.github.migratiekit.statistics.analysis.CheckReport;
import io.github.migratiekit.statistics.analysis.ConsistencyCheck;
import io.github.migratiekit.statistics.analysis.Derived;
import io.github.migratiekit.statistics.analysis.Finding;
import io.github.migratiekit.statistics.analysis.Stats;
import io.github.migratiekit.statistics.analysis.YearOnYear;
import io.github.migratiekit.statistics.dataset.Catalogue;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked figures that docs/*.md quote, reproduced: each test reads the figure from the page and computes it.
 * (README.md's figures are reproduced by {@link ReadmeSnippetsTest} and {@link ReadmeTest}.)
 */
class DocsFiguresTest {

    private static String doc(String name) throws IOException {
        return Files.readString(Path.of("..", "docs", name)).replaceAll("\\s+", " ");
    }

    @Test
    void housingWorkedExample2024IIWith17000StatusHolders() throws IOException {
        String page = doc("housing.md");
        MunicipalityRegistry cbs = MunicipalityRegistry.cbs2024();
        TaakstellingPeriod p = TaakstellingPeriod.parse("2024-II");
        long national = cbs.municipalities().stream()
                .mapToLong(Municipality::population)
                .sum();
        assertThat(national).isEqualTo(17_942_942L); // CBS StatLine 70072NED, 1 January 2024
        for (String[] row :
                List.of(new String[] {"Amsterdam", "GM0363"}, new String[] {"Utrecht", "GM0344"}, new String[] {
                    "Vaals", "GM0981"
                })) {
            long population = cbs.municipalities().stream()
                    .filter(m -> m.code().equals(row[1]))
                    .findFirst()
                    .orElseThrow()
                    .population();
            // the quota, computed here by hand: 17 000 × population ÷ national population, six places
            BigDecimal quota = BigDecimal.valueOf(17_000L * population)
                    .divide(BigDecimal.valueOf(national), 6, RoundingMode.HALF_UP);
            StringBuilder line = new StringBuilder("| " + row[0] + " (" + row[1] + ") | " + quota.toPlainString());
            for (StandardApportionmentMethod method : List.of(
                    StandardApportionmentMethod.HAMILTON,
                    StandardApportionmentMethod.DHONDT,
                    StandardApportionmentMethod.SAINTE_LAGUE,
                    StandardApportionmentMethod.ROUND)) {
                TaakstellingAllocation a = Taakstelling.allocate(p, 17_000, cbs, method);
                line.append(" | ").append(a.municipality(row[1]).orElseThrow().allocated());
            }
            assertThat(page).contains(line.append(" |").toString());
        }
        long roundSum = Taakstelling.allocate(p, 17_000, cbs, StandardApportionmentMethod.ROUND)
                .allocatedSum();
        assertThat(page).contains("| **sum** | 17 000 | 17 000 | 17 000 | 17 000 | 16 996 (−4) |");
        assertThat(roundSum).isEqualTo(16_996);
        assertThat(Taakstelling.allocate(p, 17_000, cbs).allocatedSum()).isEqualTo(17_000);
    }

    @Test
    void spreidingswetByPopulationAlone() throws IOException {
        // 96 000 places (first cycle) over the 2024 population without a prosperity correction
        assertThat(doc("housing.md")).contains("by population alone Heerlen gets 468 with the 2024 figures");
        long heerlen = Spreiding.allocate(96_000, MunicipalityRegistry.cbs2024(), ProsperityCorrection.none())
                .municipality("GM0917")
                .orElseThrow()
                .allocated();
        assertThat(heerlen).isEqualTo(468);
    }

    @Test
    void deadlinesPageSnippet() throws IOException {
        String page = doc("deadlines.md");
        Deadline d = ProcedureTerms.standard()
                .deadline(
                        "regular",
                        LocalDate.of(2026, 1, 12),
                        List.of(Suspension.of(
                                LocalDate.of(2026, 2, 2),
                                LocalDate.of(2026, 2, 15),
                                SuspensionGround.INCOMPLETE_APPLICATION)),
                        List.of());
        assertThat(page).contains("d.deadline(); // 2026-04-28");
        // counted by hand: the regular term from 2026-01-12 ends 2026-04-12; the 14 suspended days (Awb 4:15) give
        // 2026-04-26, a Sunday; Monday 27 April 2026 is Koningsdag (Atw art. 3(1)), so the term runs to 28 April
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(page).contains("daysLeft(); // 27");
        assertThat(d.statusOn(LocalDate.of(2026, 4, 1)).daysLeft()).isEqualTo(27);

        Deadline transfer = Deadlines.compute(DeadlineRequest.builder()
                .label("Dublin transfer period")
                .start(LocalDate.of(2025, 8, 31))
                .term(Period.ofMonths(6))
                .termSource(Sources.DUBLIN_III.withArticle("art. 29(1)"))
                .calculus(DeadlineCalculus.DUBLIN_ART_42)
                .build());
        assertThat(page).contains("transfer.deadline(); // 2026-02-28, a Saturday: no roll");
        assertThat(transfer.deadline()).isEqualTo(LocalDate.of(2026, 2, 28));

        assertThat(page).contains("isWorkingDay(LocalDate.of(2026, 5, 15)); // false: royal decree");
        // Stcrt. 2025, 24713: 15 May 2026 is equated with a holiday
        assertThat(AtwCalendar.standard().isWorkingDay(LocalDate.of(2026, 5, 15)))
                .isFalse();
        assertThat(page).contains("holidays(2026); // 11 days");
        // the independently made holiday list of the core testers' kit (Atw art. 3, Stcrt. 2025, 24713)
        assertThat(NaiveDeadlineOracle.HOLIDAYS.stream().filter(h -> h.getYear() == 2026))
                .hasSize(11);
        assertThat(AtwCalendar.standard().holidays(2026)).hasSize(11);
    }

    @Test
    void statisticsCatalogueAndConsistencyCheck() throws IOException {
        String page = doc("statistics.md");
        Catalogue cat = Catalogue.standard();
        assertThat(page).contains("The catalogue holds 95 datasets with 4 085 observations");
        assertThat(cat.datasets()).hasSize(95);
        assertThat(cat.observationCount()).isEqualTo(4_085);
        CheckReport report = ConsistencyCheck.check(cat);
        assertThat(page)
                .contains("the check finds **5 inconsistent** and **14 unreconciled** findings, and 72"
                        + " differences within rounding");
        assertThat(report.inconsistent()).isEqualTo(5);
        assertThat(report.unreconciled()).isEqualTo(14);
        assertThat(report.count(Finding.Severity.ROUNDING_NOISE)).isEqualTo(72);
    }

    @Test
    void dublinPageSnippet() throws IOException {
        String page = doc("dublin.md");
        DublinCase c = DublinCase.builder(
                        Applicant.of(LocalDate.of(1994, 8, 3), "AF", false),
                        Application.of(MemberState.NL, LocalDate.of(2025, 6, 30)))
                .entry(Entry.of(MemberState.GR, LocalDate.of(2024, 5, 20), Entry.Kind.IRREGULAR_CROSSING))
                .residencePeriod(
                        ResidencePeriod.of(MemberState.AT, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 6, 25)))
                .event(DublinEvent.of(DublinEvent.Kind.TAKE_CHARGE_REQUEST, LocalDate.of(2025, 7, 1), MemberState.AT))
                .event(DublinEvent.of(DublinEvent.Kind.ACCEPTED, LocalDate.of(2025, 8, 31)))
                .build();
        DublinResult r = Dublin.determine(c);
        // Dublin III art. 13(1): responsibility for the irregular crossing of 2024-05-20 ended 12 months later;
        // art. 13(2): more than five months' continuous stay in AT before the application
        assertThat(page).contains("r.responsibleState(); // AT").contains("r.article(); // \"art. 13(2)\"");
        assertThat(r.responsibleState()).isEqualTo(MemberState.AT);
        assertThat(r.article()).isEqualTo("art. 13(2)");
        // AMMR art. 33(1): the irregular-crossing criterion lasts 20 months, so GR is still responsible
        assertThat(page).contains("Dublin.determine(c, Regime.AMMR).responsibleState(); // GR: art. 33(1), 20 months");
        assertThat(Dublin.determine(c, Regime.AMMR).responsibleState()).isEqualTo(MemberState.GR);
        // Dublin III art. 29(1) and 42: six months from the acceptance of 2025-08-31 end on Saturday 2026-02-28
        assertThat(page).contains("transfer (art. 29(1)): last day 2026-02-28 (a Saturday), LAPSED");
        List<TimeLimit> limits = DublinTimeline.of(c).on(LocalDate.of(2026, 3, 2));
        assertThat(limits).anySatisfy(l -> {
            assertThat(l.article()).contains("29(1)");
            assertThat(l.deadline().deadline()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(l.status()).isEqualTo(TimeLimit.Status.LAPSED);
        });
    }

    @Test
    void statisticsPageSnippet() throws IOException {
        String page = doc("statistics.md");
        Catalogue cat = Catalogue.standard();
        YearOnYear y = Stats.yearOnYear(
                cat.get("svm2024-fig51-asylum-inflow"),
                Map.of("type", "total", "measure", "asylum_inflow"),
                StatPeriod.year(2023));
        // Staat van Migratie 2024 fig. 51: 49 420 (2022) and 50 720 (2023), counts rounded to tens:
        // 50 720 / 49 420 − 1 = 2.63 %; the extremes (50 715 / 49 425 and 50 725 / 49 415) give 2.610 and 2.651
        assertThat(page).contains("y.percent().value(); // 2.63").contains("y.percent().range(); // [2.610, 2.651]");
        assertThat(y.percent().value()).isCloseTo(2.63, org.assertj.core.data.Offset.offset(0.005));
        assertThat(y.percent().range().lo()).isCloseTo(2.610, org.assertj.core.data.Offset.offset(0.0005));
        assertThat(y.percent().range().hi()).isCloseTo(2.651, org.assertj.core.data.Offset.offset(0.0005));
        assertThat(page).contains("Map.of(\"period\", \"2023\")).range(); // [2944, 3408]");
        Derived detainees = Stats.total(cat.get("consulaire2024-detainee-contacts"), Map.of("period", "2023"));
        assertThat(detainees.range().lo()).isEqualTo(2944.0);
        assertThat(detainees.range().hi()).isEqualTo(3408.0);
    }
}
