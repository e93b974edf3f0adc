package io.github.migratiekit.core.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpreidingTest {
    private static final MunicipalityRegistry CBS = MunicipalityRegistry.cbs2024();
    private static final String HEERLEN = "GM0917";
    private static final String BLOEMENDAAL = "GM0377";

    /** The 2024 table with Bloemendaal at 23 922 inhabitants, the figure the worked example uses. */
    private static MunicipalityRegistry withBloemendaalOfTheArticle() {
        List<Municipality> ms = new ArrayList<>();
        for (Municipality m : CBS.municipalities()) {
            ms.add(
                    m.code().equals(BLOEMENDAAL)
                            ? Municipality.of(m.code(), m.name(), m.provinceCode(), m.provinceName(), 23_922)
                            : m);
        }
        return MunicipalityRegistry.of(CBS.referenceDate(), "CBS 2024, Bloemendaal as in the article", ms);
    }

    /**
     * The indicative distribution of 88 000 places (NOS Nieuwsuur, Nov 2025, via a secondary source). A test resource
     * only: its licence is not cleared, so it is not shipped in the jar.
     */
    private static Map<String, Long> indicative88000() {
        try (java.io.InputStream in =
                SpreidingTest.class.getResourceAsStream("spreidingswet-indicatieve-verdeling-88000.csv")) {
            return HousingTables.parsePlaces(
                    new String(
                            java.util.Objects.requireNonNull(in).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8),
                    "indicative");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ProsperityCorrection impliedByIndicative88000() {
        return ProsperityCorrection.impliedBy(
                indicative88000(), CBS, "implied by the indicative distribution of 88 000");
    }

    @Test
    void workedNumbersOfTheProsperityCorrection() {
        // legal-rules.md D.8 (welingelichtekringen.nl): of 96 000 places, Bloemendaal (23 922 inhabitants) gets 172
        // instead of 128 by population alone, 1 per 139 inhabitants; Heerlen (lowest welfare score) gets 326,
        // 1 per 268 inhabitants.
        MunicipalityRegistry r = withBloemendaalOfTheArticle();
        SpreidingAllocation plain = Spreiding.allocate(96_000, r, ProsperityCorrection.none());
        SpreidingShare bPlain = plain.municipality(BLOEMENDAAL).orElseThrow();
        SpreidingShare hPlain = plain.municipality(HEERLEN).orElseThrow();
        assertThat(bPlain.allocated()).isEqualTo(128);

        // configure the correction with the factors the article implies: published places / population-only share
        BigDecimal fB = new BigDecimal(172).divide(bPlain.quota(), MathContext.DECIMAL64);
        BigDecimal fH = new BigDecimal(326).divide(hPlain.quota(), MathContext.DECIMAL64);
        SpreidingAllocation corrected = Spreiding.allocate(
                96_000,
                r,
                ProsperityCorrection.factors(Map.of(BLOEMENDAAL, fB, HEERLEN, fH), "factors implied by the article"));
        SpreidingShare b = corrected.municipality(BLOEMENDAAL).orElseThrow();
        SpreidingShare h = corrected.municipality(HEERLEN).orElseThrow();
        // the renormalisation over all 342 municipalities keeps the published numbers
        assertThat(b.allocated()).isEqualTo(172);
        assertThat(h.allocated()).isEqualTo(326);
        assertThat(Math.round((double) b.population() / b.allocated())).isEqualTo(139);
        assertThat(Math.round((double) h.population() / h.allocated())).isEqualTo(268);
        assertThat(corrected.allocatedSum()).isEqualTo(96_000);
        // rich municipalities up to about twice as many per head (Binnenlands Bestuur)
        double ratio = ((double) b.allocated() / b.population()) / ((double) h.allocated() / h.population());
        assertThat(ratio).isBetween(1.8, 2.0);
    }

    @Test
    void theIndicativeDistributionIsReproducedByItsImpliedFactors() {
        // spreidingswet-indicatieve-verdeling-88000.csv: 342 rows summing to 88 000 (NOS Nieuwsuur, Nov 2025)
        Map<String, Long> indicative = indicative88000();
        assertThat(indicative).hasSize(342);
        assertThat(indicative.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(88_000);
        SpreidingAllocation a = Spreiding.allocate(88_000, CBS, impliedByIndicative88000());
        a.municipalities().forEach(m -> assertThat(m.allocated()).as(m.name()).isEqualTo(indicative.get(m.code())));
    }

    @Test
    void theIndicativeDistributionAgreesWithTheWorkedExampleOnTheCorrection() {
        // two independent sources: the 88 000 table (Nov 2025) and the 96 000 worked numbers (2024). The per-head
        // ratio Bloemendaal : Heerlen is 268 / 139 = 1.93 in the article; the table's implied factors give within 5 %.
        ProsperityCorrection c = impliedByIndicative88000();
        BigDecimal fB = c.factor(CBS.find(BLOEMENDAAL).orElseThrow());
        BigDecimal fH = c.factor(CBS.find(HEERLEN).orElseThrow());
        assertThat(fB).isGreaterThan(BigDecimal.ONE);
        assertThat(fH).isLessThan(BigDecimal.ONE);
        assertThat(fB.doubleValue() / fH.doubleValue()).isCloseTo(268.0 / 139.0, within(0.05 * 268.0 / 139.0));
    }

    @Test
    void provincesOfTheFirstCycleByPopulation() {
        // EW Magazine 2024-02: Zuid-Holland about 20 000, Noord-Holland about 16 000, Noord-Brabant about 15 000
        SpreidingAllocation a = Spreiding.allocate(Spreiding.FIRST_CYCLE_PLACES, CBS, ProsperityCorrection.none());
        Map<String, Long> expected =
                Map.of("Zuid-Holland", 20_000L, "Noord-Holland", 16_000L, "Noord-Brabant", 15_000L);
        a.provinces().stream().filter(p -> expected.containsKey(p.province())).forEach(p -> assertThat(
                        (double) p.allocated())
                .as(p.province())
                .isCloseTo(expected.get(p.province()), within(0.08 * expected.get(p.province()))));
    }

    @Test
    void minorsPlacesAreAShareOfEachMunicipalitysPlaces() {
        // EW / NH Nieuws: about 8.5 % of the places for unaccompanied minors
        SpreidingAllocation a = Spreiding.allocate(96_000, CBS, ProsperityCorrection.none());
        assertThat(a.unaccompaniedMinors()).isEqualTo(8160);
        assertThat(a.municipalities().stream()
                        .mapToLong(SpreidingShare::unaccompaniedMinors)
                        .sum())
                .isEqualTo(8160);
        a.municipalities().forEach(m -> {
            assertThat(m.unaccompaniedMinors()).isLessThanOrEqualTo(m.allocated());
            assertThat((double) m.unaccompaniedMinors()).isCloseTo(m.allocated() * 0.085, within(1.0));
        });
    }

    @Test
    void noCorrectionEqualsTheTaakstellingKey() {
        SpreidingAllocation s = Spreiding.allocate(17_000, CBS, ProsperityCorrection.none());
        TaakstellingAllocation t = Taakstelling.allocate(TaakstellingPeriod.parse("2024-II"), 17_000, CBS);
        for (int i = 0; i < CBS.size(); i++) {
            assertThat(s.municipalities().get(i).allocated())
                    .isEqualTo(t.municipalities().get(i).allocated());
        }
    }

    @Test
    void correctedAllocationsSumToThePlacesAndFollowTheWeights() {
        // property against an independent oracle: the Hamilton oracle of the test sources applied to
        // population x factor (in ten-thousandths, as documented)
        org.quicktheories.QuickTheory.qt()
                .withExamples(Integer.getInteger("QT_EXAMPLES", 100))
                .forAll(
                        io.github.migratiekit.core.housing.testing.HousingGenerators.registries(1, 15, 50_000)
                                .flatMap(
                                        r -> io.github.migratiekit.core.housing.testing.HousingGenerators
                                                .prosperityCorrections(r, 3)
                                                .map(c -> java.util.Map.entry(r, c))),
                        io.github.migratiekit.core.housing.testing.HousingGenerators.totals(5000))
                .assuming((rc, places) -> rc.getKey().municipalities().stream()
                        .anyMatch(m ->
                                m.population() > 0 && rc.getValue().factor(m).signum() > 0))
                .checkAssert((rc, places) -> {
                    SpreidingAllocation a = Spreiding.allocate(places, rc.getKey(), rc.getValue());
                    assertThat(a.allocatedSum()).isEqualTo(places);
                    List<WeightedKey> items = new ArrayList<>();
                    for (Municipality m : rc.getKey().municipalities()) {
                        items.add(WeightedKey.of(
                                m.code(),
                                BigDecimal.valueOf(m.population())
                                        .multiply(rc.getValue().factor(m))
                                        .movePointRight(4)
                                        .longValueExact()));
                    }
                    Map<String, Long> oracle =
                            io.github.migratiekit.core.housing.testing.BruteForceApportionment.hamilton(places, items);
                    a.municipalities().forEach(m -> assertThat(m.allocated()).isEqualTo(oracle.get(m.code())));
                });
    }
}
