package io.github.migratiekit.core.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.MigratiekitException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BadInputTest {
    private static final MunicipalityRegistry CBS = MunicipalityRegistry.cbs2024();
    private static final LocalDate D = LocalDate.of(2025, 1, 1);
    private static final String HEADER = "gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners_2025_01_01\n";

    @Test
    void negativeTotal() {
        assertThatThrownBy(() -> Taakstelling.allocate(TaakstellingPeriod.parse("2025-II"), -1, CBS))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("total:");
        assertThatThrownBy(() -> Spreiding.allocate(-5, CBS, ProsperityCorrection.none()))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("places:");
    }

    @Test
    void negativeWeight() {
        assertThatThrownBy(() -> WeightedKey.of("GM0001", -3))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("weights[GM0001]:");
        assertThatThrownBy(() -> MunicipalityRegistry.parseCsv(
                        HEADER + "GM0001,A,PV20,Groningen,10\nGM0002,B,PV20,Groningen,-4\n", D, "test"))
                .isInstanceOf(InvalidTableRowException.class)
                .hasMessageStartingWith("population[row 2].inwoners:")
                .satisfies(e -> assertThat(((InvalidTableRowException) e).row()).isEqualTo(2));
        assertThatThrownBy(() -> ProsperityCorrection.factors(Map.of("GM0001", new BigDecimal("-0.5")), "x"))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("factors[GM0001]:");
        assertThatThrownBy(() -> HousingTables.parseWeights("gemeentecode,factor\nGM0363,-1\n", CBS))
                .isInstanceOf(InvalidTableRowException.class)
                .hasMessageStartingWith("weights[row 1].factor:");
    }

    @Test
    void duplicateCbsCode() {
        assertThatThrownBy(() -> MunicipalityRegistry.parseCsv(
                        HEADER + "GM0001,A,PV20,Groningen,10\nGM0002,B,PV20,Groningen,4\nGM0001,C,PV20,Groningen,4\n",
                        D,
                        "test"))
                .isInstanceOf(InvalidTableRowException.class)
                .hasMessageContaining("population[row 3].gemeentecode")
                .hasMessageContaining("duplicate CBS code GM0001 (first on row 1)");
        assertThatThrownBy(() ->
                        Apportioner.apportion(10, List.of(WeightedKey.of("GM0001", 1), WeightedKey.of("GM0001", 2))))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("weights[GM0001]:");
        assertThatThrownBy(
                        () -> HousingTables.parseRealisations("gemeentecode,gehuisvest\nGM0363,10\nGM0363,12\n", CBS))
                .isInstanceOf(InvalidTableRowException.class)
                .hasMessageStartingWith("realised[row 2].gemeentecode:");
    }

    @Test
    void unknownMunicipalityInARealisationFile() {
        // GM0370 Beemster merged into Purmerend on 2022-01-01: not in the 2024 registry
        assertThatThrownBy(() -> HousingTables.parseRealisations(
                        "gemeentecode,positie_begin,gehuisvest\nGM0363,120,300\nGM0370,0,4\n", CBS))
                .isInstanceOf(UnknownMunicipalityException.class)
                .hasMessageStartingWith("realised[row 2].gemeentecode:")
                .hasMessageContaining("GM0370");
        TaakstellingAllocation a = Taakstelling.allocate(TaakstellingPeriod.parse("2024-II"), 17_000, CBS);
        assertThatThrownBy(() -> RealisationReport.of(a, List.of(Realisation.of("GM0370", 0, 1))))
                .isInstanceOf(UnknownMunicipalityException.class)
                .hasMessageStartingWith("realised[row 1].gemeentecode:");
    }

    @Test
    void weightTableWithZeroTotal() {
        assertThatThrownBy(() ->
                        Apportioner.apportion(10, List.of(WeightedKey.of("GM0001", 0), WeightedKey.of("GM0002", 0))))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("weights:");
        assertThatThrownBy(() -> HousingTables.parseWeights("gemeentecode,weight\nGM0363,0\nGM0344,0\n", CBS))
                .isInstanceOf(InvalidTableRowException.class)
                .hasMessageStartingWith("weights[row 2].weight:")
                .hasMessageContaining("sums to zero");
        MunicipalityRegistry empty = MunicipalityRegistry.parseCsv(HEADER + "GM0001,A,PV20,Groningen,0\n", D, "test");
        assertThatThrownBy(() -> Taakstelling.allocate(TaakstellingPeriod.parse("2025-I"), 10, empty))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("weights:");
        assertThatThrownBy(() -> Spreiding.allocate(10, CBS, ProsperityCorrection.factors(zeroFactors(), "zero")))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("weights:");
    }

    private static Map<String, BigDecimal> zeroFactors() {
        Map<String, BigDecimal> m = new java.util.HashMap<>();
        CBS.municipalities().forEach(x -> m.put(x.code(), BigDecimal.ZERO));
        return m;
    }

    @Test
    void malformedTables() {
        assertThatThrownBy(() -> MunicipalityRegistry.parseCsv("gemeentecode,gemeentenaam\nGM0001,A\n", D, "t"))
                .isInstanceOf(InvalidTableRowException.class)
                .hasMessageStartingWith("population[row 0].provinciecode:");
        assertThatThrownBy(() -> MunicipalityRegistry.parseCsv(HEADER + "0363,A,PV20,Groningen,10\n", D, "t"))
                .isInstanceOf(InvalidTableRowException.class)
                .hasMessageStartingWith("population[row 1].gemeentecode:");
        assertThatThrownBy(() -> MunicipalityRegistry.parseCsv(HEADER + "GM0363,A,PV20,Groningen,ten\n", D, "t"))
                .isInstanceOf(InvalidTableRowException.class)
                .hasMessageStartingWith("population[row 1].inwoners:");
        assertThatThrownBy(() -> HousingTables.parseRealisations("gemeentecode\nGM0363\n", CBS))
                .isInstanceOf(InvalidTableRowException.class)
                .hasMessageStartingWith("realised[row 0].gehuisvest:");
        assertThatThrownBy(() -> HousingTables.parseRealisations("gemeentecode,gehuisvest\nGM0363,-2\n", CBS))
                .isInstanceOf(InvalidTableRowException.class)
                .hasMessageStartingWith("realised[row 1].gehuisvest:");
        assertThatThrownBy(() -> HousingTables.parseWeights("gemeentecode,weight\nGM0363,5\n", CBS))
                .isInstanceOf(InvalidTableRowException.class)
                .hasMessageContaining("missing municipality");
        assertThatThrownBy(() -> MunicipalityRegistry.bundled(LocalDate.of(2019, 1, 1)))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("referenceDate:");
        assertThatThrownBy(() -> StandardApportionmentMethod.parse("cube-root"))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("method:");
    }

    @Test
    void aMethodThatBreaksItsContractIsCaught() {
        ApportionmentMethod greedy = new ApportionmentMethod() {
            @Override
            public String id() {
                return "all-to-first";
            }

            @Override
            public String description() {
                return "everything to the first, plus one";
            }

            @Override
            public boolean alwaysSumsToTotal() {
                return true;
            }

            @Override
            public long[] apportion(long total, long[] weights) {
                long[] a = new long[weights.length];
                a[0] = total + 1;
                return a;
            }
        };
        assertThatThrownBy(() -> Apportioner.apportion(10, List.of(WeightedKey.of("GM0001", 1)), greedy))
                .isInstanceOf(MigratiekitException.class)
                .hasMessageContaining("broke its contract");
    }

    @Test
    void aUserTableIsAccepted() {
        MunicipalityRegistry r = MunicipalityRegistry.parseCsv(
                "\uFEFFgemeentecode;gemeentenaam;provinciecode;provincienaam;inwoners\r\n"
                        + "GM0001;\"Noord, Zuid\";PV20;Groningen;300\r\n\r\nGM0002;B;PV21;Fryslân;100\r\n",
                D,
                "user");
        assertThat(r.find("GM0001").orElseThrow().name()).isEqualTo("Noord, Zuid");
        TaakstellingAllocation a = Taakstelling.allocate(TaakstellingPeriod.parse("2025-I"), 4, r);
        assertThat(a.municipality("GM0001").orElseThrow().allocated()).isEqualTo(3);
        assertThat(a.populationReferenceDate()).isEqualTo(D);
    }

    /** Found by fuzzing: a zero written with a huge exponent kept that exponent, and the sum overflowed. */
    @Test
    @Timeout(10)
    void aZeroWeightWithAHugeExponentIsAPlainZero() {
        StringBuilder table = new StringBuilder("gemeentecode,weight\n");
        Municipality first = CBS.municipalities().get(0);
        for (Municipality m : CBS.municipalities()) {
            table.append(m.code()).append(m == first ? ",0e-1000000000\n" : ",3\n");
        }
        ProsperityCorrection weights = HousingTables.parseWeights(table.toString(), CBS);
        assertThat(weights.factor(first)).isEqualByComparingTo("0");
        assertThat(weights.factor(first).scale()).isLessThan(100);
        assertThat(weights.factor(CBS.municipalities().get(1)).signum()).isOne();
    }
}
