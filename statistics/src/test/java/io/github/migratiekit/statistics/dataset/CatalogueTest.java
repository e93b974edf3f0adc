package io.github.migratiekit.statistics.dataset;

import static io.github.migratiekit.statistics.dataset.testing.StatisticsGenerators.datasets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.statistics.analysis.Export;
import java.util.List;
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
    void sourcesCitePagesNotLineNumbersOfATextConversion() {
        java.util.regex.Pattern seedLine = java.util.regex.Pattern.compile("\\bL\\d{2,4}\\b");
        for (Dataset d : catalogue.datasets()) {
            assertThat(d.source().lines()).as(d.id()).isEmpty();
            assertThat(d.source().page()).as(d.id()).isPresent();
            assertThat(d.source().citation()).as(d.id()).doesNotContainPattern(seedLine);
            d.relations().forEach(r -> assertThat(r.lines()).as(d.id()).doesNotContainPattern(seedLine));
            d.breaks().forEach(b -> assertThat(b.lines()).as(d.id()).doesNotContainPattern(seedLine));
            d.notes().forEach(n -> assertThat(n).as(d.id()).doesNotContainPattern(seedLine));
            assertThat(d.titleEnglish()).as(d.id()).isNotBlank();
            if (d.source().document().startsWith("De Staat van Migratie 2024")) {
                // a page, a range of two pages, or "not determined (…)": never a guess
                assertThat(d.source().page().orElseThrow()).as(d.id()).matches("\\d+|\\d+–\\d+|not determined.*");
            }
        }
        // Figuur 65 stands in §4.3.3, which the table of contents puts on pages 97–98
        assertThat(catalogue
                        .get("svm2024-fig65-asylum-processing-times")
                        .source()
                        .location())
                .isEqualTo("Figuur 65, pp. 97–98");
    }

    @Test
    void carriersAreNamedWhereTheFiguresDidNotComeStraightFromThePublisher() {
        for (Dataset d : catalogue.datasets()) {
            if (d.id().startsWith("cbs-")) {
                // shared/data: the CBS series were copied from a campaign website's data files
                assertThat(d.source().carrier()).as(d.id()).hasValueSatisfying(c -> assertThat(c)
                        .contains("InfoMakersHub/grenzendicht")
                        .contains("campaign website"));
            } else if (d.id().startsWith("eurostat-")) {
                assertThat(d.source().carrier()).as(d.id()).hasValueSatisfying(c -> assertThat(c)
                        .contains("dw-data/quantify-europe_asylum-seekers"));
            } else {
                assertThat(d.source().carrier()).as(d.id()).isEmpty();
            }
            assertThat(d.source().citation())
                    .as(d.id())
                    .contains(d.source().carrier().map(c -> "copied from " + c).orElse(""));
        }
    }

    @Test
    void labelsAreCleanSlugsWithOneSpellingPerEntity() {
        java.util.Set<String> labels = new java.util.TreeSet<>();
        for (Dataset d : catalogue.datasets()) {
            for (Observation o : d.observations()) {
                labels.addAll(o.dimensions().values());
                labels.add(o.measure());
            }
        }
        assertThat(labels)
                .doesNotContain("financi_le_nood", "echtgeno_o_t_e_of_gereg_partner", "brazili", "indonesi")
                .contains("financiele_nood", "echtgenoot_of_geregistreerd_partner", "Brazilië", "Fryslân")
                .doesNotContain("Friesland", "totaal", "Totaal", "totaal_aanvragen", "growth_pct");
        for (String l : labels) {
            // a letter dropped for an accent leaves a one-letter segment (echtgeno_o_t_e_…)
            assertThat(l).as(l).doesNotContainPattern("_[a-z]_").doesNotContain("__");
        }
        // one naming scheme for change columns: change_pct, or <measure>_change_pct where a table prints several
        for (String l : labels) {
            if (l.contains("change") || l.contains("growth") || l.contains("verschil")) {
                assertThat(l).as(l).matches("([a-z]+_)?change_pct");
            }
        }
        // the children's and the amv's moves tables name the same reasons the same way
        assertThat(catalogue.get("svm2024-fig61-children-moves").values("reason"))
                .containsAll(List.of("onward_flow", "own_request", "transfer_between_locations", "closure", "safety"));
    }

    @Test
    void everyProvinceAndMunicipalityJoinsTheMunicipalityRegistry() {
        io.github.migratiekit.core.housing.MunicipalityRegistry registry =
                io.github.migratiekit.core.housing.MunicipalityRegistry.cbs2024();
        java.util.Set<String> provinces = new java.util.HashSet<>();
        registry.municipalities().forEach(m -> provinces.add(m.provinceName()));
        int joined = 0;
        for (Dataset d : catalogue.datasets()) {
            for (Observation o : d.observations()) {
                String p = o.dimensions().get("province");
                if (p != null && !p.equals("total")) {
                    assertThat(provinces).as(d.id() + " " + o.key()).contains(p);
                    joined++;
                }
                String m = o.dimensions().get("municipality");
                if (m != null && !m.equals("total")) {
                    assertThat(registry.findByName(m))
                            .as(d.id() + " " + o.key())
                            .isPresent();
                    joined++;
                }
            }
        }
        // 12 provinces × 6 columns (Figuur 119), 6 LVV municipalities × 4 measures (Figuur 115), 342 × 2
        assertThat(joined).isGreaterThanOrEqualTo(72 + 20 + 342);
        assertThat(provinces).contains("Fryslân");
    }

    @Test
    void decisionCountsAreTypedAsDecisions() {
        int decisions = 0;
        for (Dataset d : catalogue.datasets()) {
            for (Observation o : d.observations()) {
                boolean decision = o.measure().equals("decisions")
                        || o.dimensions().containsValue("decisions")
                        || o.dimensions().containsValue("granted_first_instance_and_objection");
                if (decision && o.unit().isCount()) {
                    assertThat(o.unit()).as(d.id() + " " + o.key()).isEqualTo(Unit.DECISIONS);
                    decisions++;
                }
            }
        }
        assertThat(decisions).isGreaterThanOrEqualTo(40);
        // IND Jaarverslag 2016: naturalisation decisions 22 800 (2016)
        assertThat(catalogue
                        .get("ind2016-naturalisation")
                        .get(Map.of("period", "2016", "measure", "decisions"))
                        .unit())
                .isEqualTo(Unit.DECISIONS);
    }

    @Test
    void computedFiguresAreMarkedDerivedAndPrecisionFollowsTheSource() {
        // the carrier summed the three grounds; CBS does not print the total
        Observation total = catalogue
                .get("cbs-asylum-permits-by-ground-2015-2025")
                .get(Map.of("period", "2015", "ground", "total"));
        assertThat(total.derived()).hasValueSatisfying(f -> assertThat(f).contains("refugee_status"));
        assertThat(catalogue
                        .get("cbs-asylum-permits-by-ground-2015-2025")
                        .get(Map.of("period", "2015", "ground", "humanitarian"))
                        .derived())
                .isEmpty();
        // the report prints the 2022 employee total, not the 2021 one (254 690 + 340 110)
        assertThat(catalogue
                        .get("svm2024-fig29-eu-born-workers")
                        .get(Map.of("period", "2021", "status", "employee_nov2023_version"))
                        .derived())
                .isPresent();
        // 2024 and 2025 are rounded to hundreds in the carrier (32 100), the other years to fives (CBS)
        Dataset nar = catalogue.get("cbs-first-asylum-applications-nareizigers-2018-2025");
        assertThat(nar.get(Map.of("period", "2024", "measure", "first_applications"))
                        .value())
                .isEqualTo(Value.parse("32100~100"));
        assertThat(nar.get(Map.of("period", "2023", "measure", "first_applications"))
                        .value())
                .isEqualTo(Value.parse("38375~5"));
        // Eurostat counts are rounded to fives
        assertThat(catalogue
                        .get("eurostat-nl-first-instance-decisions-2008-2016")
                        .get(Map.of("period", "2016", "citizen", "Total", "decision", "Total positive decisions"))
                        .value())
                .isEqualTo(Value.parse("20810~5"));
        long derived = catalogue.datasets().stream()
                .flatMap(d -> d.observations().stream())
                .filter(o -> o.derived().isPresent())
                .count();
        assertThat(derived).isEqualTo(11 + 1);
    }

    @Test
    void searchFindsDatasetsByTitleSeriesAndLabel() {
        assertThat(catalogue.search("Fryslân"))
                .extracting(Catalogue.Entry::id)
                .contains("svm2024-fig119-taakstelling-provinces", "cbs-municipalities-population-2024");
        assertThat(catalogue.search("fryslan"))
                .extracting(Catalogue.Entry::id)
                .contains("svm2024-fig119-taakstelling-provinces");
        assertThat(catalogue.search("asylum decisions"))
                .extracting(Catalogue.Entry::id)
                .contains("svm2024-fig66-first-asylum-decisions", "eurostat-nl-first-instance-decisions-2008-2016")
                .doesNotContain("cbs-municipalities-population-2024");
        assertThat(catalogue.search("gedetacheerde"))
                .extracting(Catalogue.Entry::id)
                .contains("svm2024-fig27-36-posted-workers");
        assertThat(catalogue.search("zzzz-nothing")).isEmpty();
        assertThatThrownBy(() -> catalogue.search(" ;; ")).isInstanceOf(InvalidDatasetException.class);
        Catalogue.Entry e =
                catalogue.search("Afhandeling eerste asielaanvragen").get(0);
        assertThat(e.titleEnglish()).isEqualTo("Decisions on first asylum applications, 2022-2023");
        assertThat(e.units()).containsExactly("decisions", "percent");
        assertThat(e.measures()).containsExactly("decisions", "grant_rate");
        assertThat(e.periods()).isEqualTo("2022, 2023");
        assertThat(e.location()).startsWith("Figuur 66, page not determined");
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
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 100))
                .forAll(datasets(5000))
                .checkAssert(d -> {
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
