package io.github.migratiekit.core.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.housing.testing.BruteForceApportionment;
import io.github.migratiekit.core.housing.testing.HousingGenerators;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in methods against the naive oracles in test sources, and the properties the issue lists. */
class ApportionmentPropertiesTest {

    private static long[] allocated(Apportionment a) {
        return a.shares().stream().mapToLong(ApportionedShare::allocated).toArray();
    }

    private static long[] weights(List<WeightedKey> items) {
        return items.stream().mapToLong(WeightedKey::weight).toArray();
    }

    @Test
    void hamiltonAgreesWithTheNaiveOracle() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 400))
                .forAll(HousingGenerators.weightedKeys(1, 15, 40), HousingGenerators.totals(300))
                .checkAssert((items, total) -> assertThat(
                                Apportioner.apportion(total, items, StandardApportionmentMethod.HAMILTON)
                                        .allocatedByKey())
                        .isEqualTo(BruteForceApportionment.hamilton(total, items)));
    }

    @Test
    void dhondtAgreesWithTheSeatBySeatOracle() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 400))
                .forAll(HousingGenerators.weightedKeys(1, 15, 40), HousingGenerators.totals(300))
                .checkAssert((items, total) -> assertThat(
                                Apportioner.apportion(total, items, StandardApportionmentMethod.DHONDT)
                                        .allocatedByKey())
                        .isEqualTo(BruteForceApportionment.divisor(total, items, 1)));
    }

    @Test
    void sainteLagueAgreesWithTheSeatBySeatOracle() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 400))
                .forAll(HousingGenerators.weightedKeys(1, 15, 40), HousingGenerators.totals(300))
                .checkAssert((items, total) -> assertThat(
                                Apportioner.apportion(total, items, StandardApportionmentMethod.SAINTE_LAGUE)
                                        .allocatedByKey())
                        .isEqualTo(BruteForceApportionment.divisor(total, items, 2)));
    }

    @Test
    void divisorMethodsAgreeWithTheOracleOnLargeTotals() {
        // the jump start must not change the result where it matters: totals far above the number of items
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 60))
                .forAll(HousingGenerators.weightedKeys(1, 8, 100_000), HousingGenerators.totals(3000))
                .checkAssert((items, total) -> {
                    assertThat(Apportioner.apportion(total, items, StandardApportionmentMethod.DHONDT)
                                    .allocatedByKey())
                            .isEqualTo(BruteForceApportionment.divisor(total, items, 1));
                    assertThat(Apportioner.apportion(total, items, StandardApportionmentMethod.SAINTE_LAGUE)
                                    .allocatedByKey())
                            .isEqualTo(BruteForceApportionment.divisor(total, items, 2));
                });
    }

    @Test
    void roundAgreesWithTheOracleAndReportsItsDifference() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 400))
                .forAll(HousingGenerators.weightedKeys(1, 15, 40), HousingGenerators.totals(300))
                .checkAssert((items, total) -> {
                    Apportionment a = Apportioner.apportion(total, items, StandardApportionmentMethod.ROUND);
                    Map<String, Long> oracle = BruteForceApportionment.round(total, items);
                    assertThat(a.allocatedByKey()).isEqualTo(oracle);
                    long sum =
                            oracle.values().stream().mapToLong(Long::longValue).sum();
                    assertThat(a.allocatedSum()).isEqualTo(sum);
                    assertThat(a.difference()).isEqualTo(sum - total);
                });
    }

    @Test
    void exactMethodsAlwaysSumToTheTotal() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 400))
                .forAll(
                        HousingGenerators.weightedKeys(1, 40, 1_000_000),
                        HousingGenerators.totals(100_000),
                        HousingGenerators.exactMethods())
                .checkAssert((items, total, m) -> {
                    Apportionment a = Apportioner.apportion(total, items, m);
                    assertThat(a.allocatedSum()).isEqualTo(total);
                    assertThat(a.difference()).isZero();
                });
    }

    @Test
    void hamiltonGivesTheFloorOrTheCeilingOfTheQuota() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 400))
                .forAll(HousingGenerators.weightedKeys(1, 40, 1_000_000), HousingGenerators.totals(100_000))
                .checkAssert((items, total) -> {
                    long sum = items.stream().mapToLong(WeightedKey::weight).sum();
                    for (ApportionedShare s :
                            Apportioner.apportion(total, items).shares()) {
                        BigInteger num = BigInteger.valueOf(total).multiply(BigInteger.valueOf(s.weight()));
                        long floor = num.divide(BigInteger.valueOf(sum)).longValueExact();
                        long ceil = num.add(BigInteger.valueOf(sum - 1))
                                .divide(BigInteger.valueOf(sum))
                                .longValueExact();
                        assertThat(s.allocated()).isBetween(floor, ceil);
                    }
                });
    }

    @Test
    void hamiltonMinimisesTheDistanceToTheQuotasLikeExhaustiveSearch() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200))
                .forAll(HousingGenerators.weightedKeys(1, 4, 20), HousingGenerators.totals(12))
                .checkAssert((items, total) -> {
                    Apportionment a = Apportioner.apportion(total, items);
                    long[] w = weights(items);
                    assertThat(BruteForceApportionment.l1DistanceTimesSum(total, w, allocated(a)))
                            .isEqualTo(BruteForceApportionment.minimumL1DistanceTimesSum(total, w));
                });
    }

    @Test
    void divisorResultsSatisfyTheMaxMinCharacterisation() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(HousingGenerators.weightedKeys(1, 20, 10_000), HousingGenerators.totals(2000))
                .checkAssert((items, total) -> {
                    long[] w = weights(items);
                    assertThat(BruteForceApportionment.isDivisorAllocation(
                                    w,
                                    allocated(Apportioner.apportion(total, items, StandardApportionmentMethod.DHONDT)),
                                    1))
                            .isTrue();
                    assertThat(BruteForceApportionment.isDivisorAllocation(
                                    w,
                                    allocated(Apportioner.apportion(
                                            total, items, StandardApportionmentMethod.SAINTE_LAGUE)),
                                    2))
                            .isTrue();
                });
    }

    @Test
    void divisorMethodsAreHouseMonotone() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 400))
                .forAll(HousingGenerators.weightedKeys(1, 15, 1000), HousingGenerators.totals(2000))
                .checkAssert((items, total) -> {
                    for (StandardApportionmentMethod m :
                            List.of(StandardApportionmentMethod.DHONDT, StandardApportionmentMethod.SAINTE_LAGUE)) {
                        Map<String, Long> before =
                                Apportioner.apportion(total, items, m).allocatedByKey();
                        Map<String, Long> after =
                                Apportioner.apportion(total + 1, items, m).allocatedByKey();
                        before.forEach((k, v) ->
                                assertThat(after.get(k)).as("%s %s", m, k).isGreaterThanOrEqualTo(v));
                    }
                });
    }

    @Test
    void largeInputsAreAllocatedOverAllMunicipalitiesQuickly() {
        MunicipalityRegistry r = MunicipalityRegistry.cbs2024();
        for (StandardApportionmentMethod m : StandardApportionmentMethod.values()) {
            TaakstellingAllocation a = Taakstelling.allocate(TaakstellingPeriod.parse("2024-II"), 1_000_000, r, m);
            if (m.alwaysSumsToTotal()) {
                assertThat(a.allocatedSum()).isEqualTo(1_000_000);
            }
        }
    }
}
