package io.github.migratiekit.statistics.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.statistics.dataset.Catalogue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The check must find the inconsistencies of the publications by itself, class them as inconsistent (printed
 * together), unreconciled (an assumed identity, other reference dates, versions or sources) or within rounding, and
 * find nothing else: an unexpected finding means a transcription slip, since the check re-adds every printed total.
 */
class ConsistencyCheckTest {
    private final CheckReport report = ConsistencyCheck.check(Catalogue.standard());

    private Set<String> keys(Finding.Severity s) {
        return report.of(s).stream()
                .map(f -> f.dataset() + " " + f.cells().get(0))
                .collect(Collectors.toSet());
    }

    @Test
    void findsExactlyTheKnownInconsistencies() {
        // Only figures printed together in one publication can prove an inconsistency.
        assertThat(keys(Finding.Severity.ERROR))
                .containsExactlyInAnyOrder(
                        // Staat van Migratie 2024, Figuur 76: 104510 + 5540 = 110050, printed total 110420
                        "svm2024-fig76-ukraine-brp 2023|nationality=total|registered",
                        // Figuur 109: T&O answers 440 → 480 printed as 0%; feasible +6.7% to +11.5%
                        "svm2024-fig109-readmission-requests 2023|item=answers_total|change_pct",
                        // Figuur 8: growth printed +16% and +3%, feasible +16.7…17.2 and +11.2…11.6
                        "svm2024-fig08-eu-documents-family 2023|series=applications|change_pct",
                        "svm2024-fig08-eu-documents-family 2023|series=handled|change_pct",
                        // dashboard 246300 vs Figuur 26: 190700 + 54600 = 245300
                        "svm2024-fig26-eu-non-residents-working 2022|group=eu27|dashboard_workers");
        assertThat(report.inconsistent()).isEqualTo(5);
    }

    @Test
    void findsExactlyTheKnownUnreconciledDifferences() {
        assertThat(keys(Finding.Severity.UNRECONCILED))
                .containsExactlyInAnyOrder(
                        // a divisor the library takes from another paragraph; Eurostat supports the printed 27%
                        "svm2024-fig46-47-eu-decisions 2023|outcome=all|stage=final|grant_rate",
                        // a child moving for two reasons counts under both: the overall 1.20 need not be a
                        // weighted mean of the per-reason averages (Figuur 62)
                        "svm2024-fig62-amv-moves 2022|reason=total|average_moves",
                        // the taakstelling ledger chain is not printed; fn 147: other reference dates may differ
                        "svm2024-fig118-taakstelling 2022-H2|backlog_start",
                        "svm2024-fig118-taakstelling 2023-H1|backlog_start",
                        "svm2024-fig118-taakstelling 2023-H2|backlog_start",
                        "svm2024-fig119-taakstelling-provinces 2024-01-01|province=Gelderland|position",
                        "svm2024-fig119-taakstelling-provinces 2024-01-01|province=Noord-Holland|position",
                        "svm2024-fig119-taakstelling-provinces 2024-01-01|province=Overijssel|position",
                        "svm2024-fig119-taakstelling-provinces 2024-01-01|province=Zuid-Holland|position",
                        "svm2024-fig119-taakstelling-provinces 2024-01-01|province=total|position",
                        // COA stock-flow 51730 + 55980 − 43690 = 64020 vs 64410; COA counts reception agreements
                        "svm2024-fig58-coa-reception 2023|series=occupancy_total|count",
                        // 635100 (November 2023 version) vs 391020 + 243000 = 634020 (May 2024 version)
                        "svm2024-fig29-eu-born-workers 2022|region=eu27|status=employee_nov2023_version|workers",
                        // the carrier's 'Overig' row does not add up (2025)
                        "cbs-asylum-top15-nationalities-2024-2025 2025|country=total|first_applications");
        // plus the unrounded 18807 among counts rounded to tens
        assertThat(report.unreconciled()).isEqualTo(14);
        for (Finding f : report.of(Finding.Classification.UNRECONCILED)) {
            assertThat(f.message()).as(f.dataset()).doesNotContain("error (").doesNotContain("no true values");
            assertThat(f.basis()).as(f.dataset()).isNotBlank().doesNotStartWith("printed together");
        }
    }

    @Test
    void inconsistenciesShowTheirArithmetic() {
        Finding dashboard = report.of(Finding.Classification.INCONSISTENT).stream()
                .filter(f -> f.dataset().equals("svm2024-fig26-eu-non-residents-working"))
                .findFirst()
                .orElseThrow();
        // 190 700 + 54 600 = 245 300 against the printed 246 300
        assertThat(dashboard.arithmetic())
                .startsWith("190700~100 + 54600~100 = 245300")
                .contains("printed 246300~100");
        assertThat(dashboard.basis()).startsWith("printed together in De Staat van Migratie 2024");
        assertThat(dashboard.location()).contains("Figuur 26").doesNotContainPattern("L\\d{3}");
        Finding readmission = report.of(Finding.Classification.INCONSISTENT).stream()
                .filter(f -> f.dataset().equals("svm2024-fig109-readmission-requests"))
                .findFirst()
                .orElseThrow();
        // 100 × (480 / 440 − 1) = 9.09 against the printed 0
        assertThat(readmission.arithmetic())
                .startsWith("100 × (480~10 / 440~10 − 1) = 9.09")
                .contains("printed 0~1");
        assertThat(report.inconsistent() + report.unreconciled() + report.withinRounding())
                .isEqualTo(report.findings().size());
        assertThat(report.withinRounding()).isEqualTo(report.count(Finding.Severity.ROUNDING_NOISE));
    }

    @Test
    void classesTheKnownRoundingCasesAsNoise() {
        assertThat(keys(Finding.Severity.ROUNDING_NOISE))
                .contains(
                        // seed-001b §5.2: rounded parts that miss the total by 10
                        "svm2024-fig51-asylum-inflow 2023|type=total|asylum_inflow",
                        "svm2024-fig69-asylum-permits 2022|origin=total|permits",
                        "svm2024-fig69-asylum-permits 2023|origin=total|permits",
                        "svm2024-fig100-chainwide-departure 2022|kind=total|departures",
                        "svm2024-fig102-dtenv-departure 2022|category=verifiable_independent|sub=total|outflow",
                        "svm2024-fig109-readmission-requests 2022|item=answers_total|requests",
                        // seed-001b §5.2: growth feasible for true counts within ±5 (resettlement −41 vs −41.5)
                        "svm2024-fig51-asylum-inflow 2023|type=resettlement|change_pct",
                        // seed-001a I11: Fig 15 weighted % well-founded 38.4 vs 39, feasible up to 38.94: marginal
                        "svm2024-fig15-regular-objections 2022|category=total|well_founded_pct",
                        // seed-001b I18: 18807 + 7390 = 26197 vs 26190: feasible once 18807 is taken as printed
                        "svm2024-fig123-125-civic-integration 2022|group=total|obliged",
                        // seed-004 §5.1 items 2 and 8: split sums off by 10; family approval 78 within 78.19–79.19
                        "ind2016-regular-customer-groups 2016|group=students|route=total|applications",
                        "ind2016-regular-customer-groups 2016|group=knowledge_talent|route=total|applications",
                        "ind2016-regular-customer-groups 2016|group=family|route=total|approval_pct",
                        // seed-000 §5 item 7: NWW contacts 2023, 825350 vs a total rounded to thousands
                        "consulaire2024-nww-customer-contacts 2023|channel=total|contacts",
                        // seed-001b §5.2: feasible growth on small rounded counts (Fig 107 +55 vs +75; Fig 114 −55
                        // vs −50), parts that miss a total by 10 (Fig 90), LVV admitted = occupancy + left (Fig 115)
                        "svm2024-fig107-fast-track-returns 2023|series=returns|change_pct",
                        "svm2024-fig114-buitenschuld-permits 2023|series=permits|change_pct",
                        "svm2024-fig90-detention-inflow 2022|series=total|count",
                        "svm2024-fig115-lvv 2024-01-31|municipality=Rotterdam|admitted",
                        "svm2024-fig115-lvv 2024-01-31|municipality=Utrecht|admitted",
                        "svm2024-fig115-lvv 2024-01-31|municipality=total|capacity",
                        // seed-001b I23: stateless −3% vs −2.46%, feasible for CBS counts rounded to fives
                        "svm2024-fig126-127-nationality 2023|series=stateless_residents|change_pct");
    }

    @Test
    void reportsMixedRoundingOfAnUnroundedCount() {
        // seed-001b I18: 18.807 is unrounded among counts rounded to tens (L3206)
        assertThat(keys(Finding.Severity.MIXED_ROUNDING))
                .contains("svm2024-fig123-125-civic-integration 2022|group=asylum_migrant|obliged");
    }

    @Test
    void findingsCarryTheirLocationAndFeasibleRange() {
        Finding eu = report.of(Finding.Severity.UNRECONCILED).stream()
                .filter(f -> f.dataset().equals("svm2024-fig46-47-eu-decisions"))
                .findFirst()
                .orElseThrow();
        assertThat(eu.lines())
                .isEqualTo(eu.location())
                .contains("Figuur 46 en 47")
                .contains("pp. 82–86");
        assertThat(eu.classification()).isEqualTo(Finding.Classification.UNRECONCILED);
        assertThat(eu.printed()).isEqualTo("27~1");
        // 51.230 / 123.740 = 41.4% (seed-001b I1)
        assertThat(eu.computed()).isBetween(41.35, 41.45);
        assertThat(eu.feasible().contains(27)).isFalse();
        assertThat(report.evaluated()).isGreaterThan(250);
        assertThat(report.findings()).isSortedAccordingTo(java.util.Comparator.comparing(Finding::severity));
    }

    @Test
    void errorsNeverHaveAFeasibleRangeMeetingThePrintedRange() {
        List<Finding> errors = new java.util.ArrayList<>(report.of(Finding.Severity.ERROR));
        errors.addAll(report.of(Finding.Severity.UNRECONCILED));
        assertThat(errors).hasSize(18);
        for (Finding f : errors) {
            assertThat(f.feasible()
                            .intersects(io.github.migratiekit.statistics.dataset.Value.parse(f.printed())
                                    .range()))
                    .as(f.toString())
                    .isFalse();
        }
    }
}
