package io.github.migratiekit.statistics.dataset;

import static io.github.migratiekit.statistics.dataset.testing.StatisticsGenerators.datasets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.statistics.analysis.Export;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private final Catalogue catalogue = Catalogue.standard();

    @Test
    void holdsTheTranscribedTablesWithTheirSources() {
        assertThat(catalogue.ids()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(catalogue.ids())
                .contains(
                        "svm2024-fig66-first-asylum-decisions",
                        "consulaire2024-mvv-applications",
                        "ind2016-asylum",
                        "cbs-municipalities-population-2024",
                        "eurostat-nl-first-instance-decisions-2008-2016");
        for (Dataset d : catalogue.datasets()) {
            assertThat(d.source().lines().isPresent() || d.source().page().isPresent())
                    .as(d.id())
                    .isTrue();
            assertThat(d.source().citation()).contains(d.source().document());
        }
        assertThat(catalogue.entries()).hasSize(catalogue.ids().size());
    }

    @Test
    void csvSeriesAreCompleteCopies() {
        // shared/data/README.md: 342 gemeenten summing to 17 942 942 (CBS 1 Jan 2024), 924 monthly rows,
        // 1 020 citizenship rows (4 of them without a value: 'Recognised non-citizens' 2012–2014 and
        // 'New Caledonia (FR)' 2016 are empty in the extract, so no observation), 54 decision rows
        Dataset pop = catalogue.get("cbs-municipalities-population-2024");
        assertThat(pop.observations()).hasSize(342);
        assertThat(pop.observations().stream()
                        .mapToDouble(o -> o.value().point())
                        .sum())
                .isEqualTo(17_942_942);
        assertThat(catalogue
                        .get("cbs-first-asylum-applications-monthly-top7-2015-2025")
                        .observations())
                .hasSize(924);
        assertThat(catalogue
                        .get("eurostat-nl-first-time-applicants-by-citizenship-2012-2016")
                        .observations())
                .hasSize(1016);
        assertThat(catalogue
                        .get("eurostat-nl-first-instance-decisions-2008-2016")
                        .observations())
                .hasSize(54);
    }

    @Test
    void transcribedCellsMatchTheSeedText() {
        // spot checks against the seed text, one per source document
        assertThat(catalogue
                        .get("svm2024-fig119-taakstelling-provinces")
                        .get(Map.of("province", "Zuid-Holland", "measure", "housed", "period", "2023-H2"))
                        .value())
                .isEqualTo(Value.exact(3667)); // Staat van Migratie 2024, L3105
        assertThat(catalogue
                        .get("consulaire2024-short-stay-visas")
                        .get(Map.of("category", "binnen_15_dagen", "period", "2020"))
                        .value())
                .isEqualTo(Value.exact(152026)); // Staat van het Consulaire 2024, L786
        assertThat(catalogue
                        .get("ind2016-asylum")
                        .get(Map.of("type", "first_application", "period", "2016"))
                        .value()
                        .token())
                .isEqualTo("18170~10!18250~10"); // IND Jaarverslag 2016, L1508, L1521
    }

    @Test
    void everyBundledDatasetRoundTripsThroughJsonAndCsv() {
        for (Dataset d : catalogue.datasets()) {
            assertThat(Json.read(Export.json(d), Dataset.class)).as(d.id()).isEqualTo(d);
            assertThat(Export.readCsv(Export.csv(d.observations()))).as(d.id()).isEqualTo(d.observations());
        }
    }

    @Test
    void generatedDatasetsRoundTripThroughJsonAndCsv() {
        qt().withExamples(100).forAll(datasets(5000)).checkAssert(d -> {
            assertThat(Json.read(Json.write(d), Dataset.class)).isEqualTo(d);
            assertThat(Export.readCsv(Export.csv(d.observations()))).isEqualTo(d.observations());
        });
    }

    @Test
    void unknownDatasetIsATypedError() {
        assertThatThrownBy(() -> catalogue.get("no-such-table"))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("no-such-table");
    }
}
