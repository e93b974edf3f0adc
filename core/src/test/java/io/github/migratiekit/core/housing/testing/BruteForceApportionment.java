package io.github.migratiekit.core.housing.testing;

import io.github.migratiekit.core.housing.WeightedKey;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Naive reference apportionments in exact arithmetic (BigInteger), written independently of the library: a test
 * oracle. Ties are broken as the library documents: larger weight first, then the lower key.
 *
 * <p>Also the textbook characterisations: Hamilton minimises the distance to the quotas; an allocation is D'Hondt
 * (Sainte-Laguë) if and only if the smallest "value of a seat held" is at least the largest "value of the next
 * seat".
 */
public final class BruteForceApportionment {
    private BruteForceApportionment() {}

    private static final Comparator<WeightedKey> TIE =
            Comparator.comparingLong(WeightedKey::weight).reversed().thenComparing(WeightedKey::key);

    /**
     * Largest remainder, naively.
     *
     * @param total the total
     * @param items the items
     * @return the allocation by key
     */
    public static Map<String, Long> hamilton(long total, List<WeightedKey> items) {
        BigInteger sum = sum(items);
        Map<String, Long> out = new HashMap<>();
        Map<String, BigInteger> rem = new HashMap<>();
        long given = 0;
        for (WeightedKey k : items) {
            BigInteger[] qr = BigInteger.valueOf(total)
                    .multiply(BigInteger.valueOf(k.weight()))
                    .divideAndRemainder(sum);
            out.put(k.key(), qr[0].longValueExact());
            rem.put(k.key(), qr[1]);
            given += qr[0].longValueExact();
        }
        List<WeightedKey> order = new ArrayList<>(items);
        order.sort(Comparator.<WeightedKey, BigInteger>comparing(k -> rem.get(k.key()))
                .reversed()
                .thenComparing(TIE));
        for (int i = 0; i < total - given; i++) {
            out.merge(order.get(i).key(), 1L, Long::sum);
        }
        return out;
    }

    /**
     * A divisor method seat by seat: each seat to the largest weight ÷ (step × seats + 1).
     *
     * @param total the total
     * @param items the items
     * @param step 1 for D'Hondt, 2 for Sainte-Laguë
     * @return the allocation by key
     */
    public static Map<String, Long> divisor(long total, List<WeightedKey> items, int step) {
        Map<String, Long> out = new HashMap<>();
        items.forEach(k -> out.put(k.key(), 0L));
        for (long seat = 0; seat < total; seat++) {
            WeightedKey best = null;
            for (WeightedKey k : items) {
                if (best == null) {
                    best = k;
                    continue;
                }
                // k / (step a_k + 1) versus best / (step a_best + 1)
                BigInteger lhs =
                        BigInteger.valueOf(k.weight()).multiply(BigInteger.valueOf(step * out.get(best.key()) + 1));
                BigInteger rhs =
                        BigInteger.valueOf(best.weight()).multiply(BigInteger.valueOf(step * out.get(k.key()) + 1));
                int c = lhs.compareTo(rhs);
                if (c > 0 || (c == 0 && TIE.compare(k, best) < 0)) {
                    best = k;
                }
            }
            out.merge(best.key(), 1L, Long::sum);
        }
        return out;
    }

    /**
     * Plain rounding, halves up.
     *
     * @param total the total
     * @param items the items
     * @return the allocation by key
     */
    public static Map<String, Long> round(long total, List<WeightedKey> items) {
        BigDecimal sum = new BigDecimal(sum(items));
        Map<String, Long> out = new HashMap<>();
        for (WeightedKey k : items) {
            out.put(
                    k.key(),
                    BigDecimal.valueOf(total)
                            .multiply(BigDecimal.valueOf(k.weight()))
                            .divide(sum, 30, RoundingMode.HALF_EVEN)
                            .setScale(0, RoundingMode.HALF_UP)
                            .longValueExact());
        }
        return out;
    }

    /**
     * The smallest L1 distance Σ |a_i − q_i| × Σw over all non-negative integer vectors summing to the total, found by
     * exhaustive enumeration (keep {@code total} and the number of items small).
     *
     * @param total the total
     * @param weights the weights
     * @return the minimum distance, scaled by the weight sum to stay an integer
     */
    public static BigInteger minimumL1DistanceTimesSum(long total, long[] weights) {
        BigInteger[] best = {null};
        enumerate(weights, 0, total, new long[weights.length], best, total);
        return best[0];
    }

    /**
     * Returns Σ |a_i − q_i| × Σw for an allocation.
     *
     * @param total the total
     * @param weights the weights
     * @param a the allocation
     * @return the scaled distance
     */
    public static BigInteger l1DistanceTimesSum(long total, long[] weights, long[] a) {
        BigInteger sum = BigInteger.ZERO;
        for (long w : weights) {
            sum = sum.add(BigInteger.valueOf(w));
        }
        BigInteger d = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            BigInteger q = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i]));
            d = d.add(BigInteger.valueOf(a[i]).multiply(sum).subtract(q).abs());
        }
        return d;
    }

    private static void enumerate(long[] w, int i, long left, long[] a, BigInteger[] best, long total) {
        if (i == w.length - 1) {
            a[i] = left;
            BigInteger d = l1DistanceTimesSum(total, w, a);
            if (best[0] == null || d.compareTo(best[0]) < 0) {
                best[0] = d;
            }
            return;
        }
        for (long x = 0; x <= left; x++) {
            a[i] = x;
            enumerate(w, i + 1, left - x, a, best, total);
        }
    }

    /**
     * Checks the divisor-method characterisation: min over held seats of w/(step(a−1)+1) ≥ max over next seats of
     * w/(step a + 1).
     *
     * @param weights the weights
     * @param a the allocation
     * @param step 1 for D'Hondt, 2 for Sainte-Laguë
     * @return whether the allocation is one the divisor method can produce (for some tie-break)
     */
    public static boolean isDivisorAllocation(long[] weights, long[] a, int step) {
        // compare fractions w_i / d_i exactly: find the minimum held and the maximum next
        BigInteger minNum = null;
        BigInteger minDen = null;
        BigInteger maxNum = null;
        BigInteger maxDen = null;
        for (int i = 0; i < weights.length; i++) {
            BigInteger w = BigInteger.valueOf(weights[i]);
            if (a[i] > 0) {
                BigInteger den = BigInteger.valueOf(step * (a[i] - 1) + 1);
                if (minNum == null || w.multiply(minDen).compareTo(minNum.multiply(den)) < 0) {
                    minNum = w;
                    minDen = den;
                }
            }
            BigInteger den = BigInteger.valueOf(step * a[i] + 1);
            if (maxNum == null || w.multiply(maxDen).compareTo(maxNum.multiply(den)) > 0) {
                maxNum = w;
                maxDen = den;
            }
        }
        if (minNum == null || maxNum == null) {
            return true;
        }
        return minNum.multiply(maxDen).compareTo(maxNum.multiply(minDen)) >= 0;
    }

    private static BigInteger sum(List<WeightedKey> items) {
        BigInteger s = BigInteger.ZERO;
        for (WeightedKey k : items) {
            s = s.add(BigInteger.valueOf(k.weight()));
        }
        return s;
    }
}
