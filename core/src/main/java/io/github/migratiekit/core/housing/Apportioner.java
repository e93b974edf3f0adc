package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.MigratiekitException;
import io.github.migratiekit.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Apportions a whole-number total over weighted keys with an explicit {@link ApportionmentMethod}.
 *
 * <p>Before calling the method the keys are put in <b>canonical order</b>: weight descending, then key ascending
 * (ordinal string order, so CBS codes sort numerically). Methods break remaining ties by the lower index, so the
 * result never depends on the order in which the caller lists the keys. The result is checked against the method's
 * contract.
 *
 * <p>Stateless and thread-safe.
 */
public final class Apportioner {
    private Apportioner() {}

    /**
     * Apportions a total with Hamilton's largest-remainder method, the default.
     *
     * @param total the number to apportion
     * @param items the keys and weights
     * @return the apportionment, lines in the order of {@code items}
     * @throws InvalidHousingInputException see {@link #apportion(long, List, ApportionmentMethod)}
     */
    public static Apportionment apportion(long total, List<WeightedKey> items) {
        Checks.nonNull(items, "items");
        return apportion(total, items, StandardApportionmentMethod.HAMILTON);
    }

    /**
     * Apportions a total over weighted keys.
     *
     * @param total the number to apportion; not negative
     * @param items the keys and weights; not empty, keys unique, weights summing to more than zero
     * @param method the method
     * @return the apportionment, lines in the order of {@code items}
     * @throws InvalidHousingInputException if the total is negative, the list is empty, a key is repeated, the
     *     weights sum to zero, or the numbers are too large to apportion exactly in 64-bit arithmetic
     * @throws MigratiekitException if the method breaks its contract (wrong length, a negative number, a sum that
     *     differs from the total although the method promises it)
     */
    public static Apportionment apportion(long total, List<WeightedKey> items, ApportionmentMethod method) {
        Checks.nonNull(items, "items");
        Checks.nonNull(method, "method");
        if (total < 0) {
            throw new InvalidHousingInputException("total", "must not be negative, was " + total);
        }
        if (items.isEmpty()) {
            throw new InvalidHousingInputException("weights", "must not be empty");
        }
        Set<String> keys = new HashSet<>();
        long sum = 0;
        long max = 0;
        for (WeightedKey item : items) {
            if (!keys.add(item.key())) {
                throw new InvalidHousingInputException("weights[" + item.key() + "]", "duplicate key " + item.key());
            }
            try {
                sum = Math.addExact(sum, item.weight());
            } catch (ArithmeticException e) {
                throw new InvalidHousingInputException("weights", "the weights are too large to add up");
            }
            max = Math.max(max, item.weight());
        }
        if (sum == 0) {
            throw new InvalidHousingInputException("weights", "the weights sum to zero: nothing to apportion by");
        }
        try {
            Math.multiplyExact(sum, Math.addExact(Math.multiplyExact(2, total), 2));
        } catch (ArithmeticException e) {
            throw new InvalidHousingInputException(
                    "total",
                    "total " + total + " and weights summing to " + sum + " are too large to apportion exactly");
        }
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                Comparator.<Integer>comparingLong(i -> -items.get(i).weight())
                        .thenComparing(i -> items.get(i).key()));
        long[] canonical = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            canonical[k] = items.get(order[k]).weight();
        }
        long[] result = method.apportion(total, canonical.clone());
        if (result.length != canonical.length) {
            throw new MigratiekitException("apportionment method " + method.id() + " broke its contract: returned "
                    + result.length + " numbers for " + canonical.length + " weights");
        }
        long[] byItem = new long[order.length];
        long allocated = 0;
        for (int k = 0; k < order.length; k++) {
            if (result[k] < 0) {
                throw new MigratiekitException(
                        "apportionment method " + method.id() + " broke its contract: a negative number");
            }
            byItem[order[k]] = result[k];
            allocated = Math.addExact(allocated, result[k]);
        }
        if (method.alwaysSumsToTotal() && allocated != total) {
            throw new MigratiekitException("apportionment method " + method.id() + " broke its contract: allocated "
                    + allocated + " of " + total);
        }
        BigDecimal bigSum = BigDecimal.valueOf(sum);
        List<ApportionedShare> shares = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            WeightedKey item = items.get(i);
            BigDecimal quota = BigDecimal.valueOf(total)
                    .multiply(BigDecimal.valueOf(item.weight()))
                    .divide(bigSum, 6, RoundingMode.HALF_EVEN);
            shares.add(new ApportionedShare(item.key(), item.weight(), quota, byItem[i]));
        }
        return new Apportionment(method.id(), total, allocated, allocated - total, shares);
    }
}
