package io.github.migratiekit.core.housing.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.housing.Apportioner;
import io.github.migratiekit.core.housing.Apportionment;
import io.github.migratiekit.core.housing.ApportionmentMethod;
import io.github.migratiekit.core.housing.WeightedKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The contract every {@link ApportionmentMethod} must keep; shipped in core's test-jar. To check your own method,
 * extend this class in your tests and return the method from {@link #method()}:
 *
 * <pre>{@code
 * class MyMethodContractTest extends ApportionmentMethodContract {
 *     protected ApportionmentMethod method() { return new MyMethod(); }
 * }
 * }</pre>
 */
public abstract class ApportionmentMethodContract {

    /**
     * Returns the method under test.
     *
     * @return the method
     */
    protected abstract ApportionmentMethod method();

    @Test
    public void identifierIsLowerCaseWithoutSpaces() {
        assertThat(method().id()).matches("[a-z0-9-]+");
        assertThat(method().description()).isNotBlank();
    }

    @Test
    public void returnsOneNonNegativeNumberPerWeightAndLeavesTheWeightsAlone() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(HousingGenerators.weights(1, 12, 50), HousingGenerators.totals(200))
                .checkAssert((w, total) -> {
                    long[] copy = w.clone();
                    long[] a = method().apportion(total, sortedCanonically(w));
                    assertThat(a).hasSize(w.length);
                    assertThat(Arrays.stream(a).allMatch(x -> x >= 0)).isTrue();
                    assertThat(w).containsExactly(copy);
                });
    }

    @Test
    public void sumsToTheTotalWhenItSaysSo() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(HousingGenerators.weights(1, 12, 50), HousingGenerators.totals(200))
                .checkAssert((w, total) -> {
                    long sum = Arrays.stream(method().apportion(total, sortedCanonically(w)))
                            .sum();
                    if (method().alwaysSumsToTotal()) {
                        assertThat(sum).isEqualTo(total);
                    }
                });
    }

    @Test
    public void isAPureFunction() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200))
                .forAll(HousingGenerators.weights(1, 12, 1000), HousingGenerators.totals(500))
                .checkAssert((w, total) -> {
                    long[] c = sortedCanonically(w);
                    assertThat(method().apportion(total, c)).containsExactly(method().apportion(total, c));
                });
    }

    @Test
    public void zeroWeightGetsNothingAndZeroTotalGivesNothing() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(HousingGenerators.weights(1, 10, 20), HousingGenerators.totals(100))
                .checkAssert((w, total) -> {
                    long[] c = sortedCanonically(w);
                    long[] a = method().apportion(total, c);
                    for (int i = 0; i < c.length; i++) {
                        if (c[i] == 0) {
                            assertThat(a[i]).as("weight 0 at %d", i).isZero();
                        }
                    }
                    assertThat(method().apportion(0, c)).containsOnly(0L);
                });
    }

    @Test
    public void orderOfTheKeysChangesNothing() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(
                        HousingGenerators.weightedKeys(1, 12, 30),
                        HousingGenerators.totals(200),
                        Generate.longRange(0, Long.MAX_VALUE - 1))
                .checkAssert((items, total, seed) -> {
                    Apportionment a = Apportioner.apportion(total, items, method());
                    Apportionment b = Apportioner.apportion(total, HousingGenerators.shuffled(items, seed), method());
                    assertThat(b.allocatedByKey()).isEqualTo(a.allocatedByKey());
                });
    }

    @Test
    public void scalingEveryWeightChangesNothing() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(
                        HousingGenerators.weightedKeys(1, 12, 30),
                        HousingGenerators.totals(200),
                        Generate.longRange(2, 1000))
                .checkAssert((items, total, factor) -> {
                    List<WeightedKey> scaled = new ArrayList<>();
                    items.forEach(k -> scaled.add(WeightedKey.of(k.key(), k.weight() * factor)));
                    assertThat(Apportioner.apportion(total, scaled, method()).allocatedByKey())
                            .isEqualTo(Apportioner.apportion(total, items, method())
                                    .allocatedByKey());
                });
    }

    @Test
    public void aLargerWeightNeverGetsLess() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(HousingGenerators.weightedKeys(2, 12, 30), HousingGenerators.totals(200))
                .checkAssert((items, total) -> {
                    Map<String, Long> a =
                            Apportioner.apportion(total, items, method()).allocatedByKey();
                    for (WeightedKey x : items) {
                        for (WeightedKey y : items) {
                            if (x.weight() > y.weight()) {
                                assertThat(a.get(x.key()))
                                        .as("%s (%d) vs %s (%d)", x.key(), x.weight(), y.key(), y.weight())
                                        .isGreaterThanOrEqualTo(a.get(y.key()));
                            }
                        }
                    }
                });
    }

    /**
     * Puts weights in the canonical order the library presents them in (descending; keys do not matter here).
     *
     * @param w the weights
     * @return a sorted copy
     */
    protected static long[] sortedCanonically(long[] w) {
        return Arrays.stream(w)
                .boxed()
                .sorted((x, y) -> Long.compare(y, x))
                .mapToLong(Long::longValue)
                .toArray();
    }
}
