package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.util.Arrays;
import java.util.Locale;
import java.util.PriorityQueue;

/**
 * The built-in apportionment methods. Which one the ministry uses for the taakstelling is not published; choose one
 * explicitly. Every method breaks a remaining tie in favour of the lower index of the canonical order, that is the
 * larger weight and then the lower key (CBS code).
 *
 * <p>Immutable and thread-safe.
 */
public enum StandardApportionmentMethod implements ApportionmentMethod {
    /**
     * Largest remainder (Hamilton, Hare–Niemeyer): everyone gets the floor of their exact quota; the seats left over
     * go to the largest remainders. Every result is the floor or the ceiling of the quota (quota property), but a
     * larger total can give someone less (the Alabama paradox). Ties of remainders: larger weight, then lower code.
     * The default.
     */
    HAMILTON(
            "hamilton",
            "largest remainder (Hamilton): floor of the quota, left-over units to the largest"
                    + " remainders; ties to the larger weight, then the lower code") {
        @Override
        public long[] apportion(long total, long[] weights) {
            int n = weights.length;
            long sum = sum(weights);
            long[] result = new long[n];
            long[] remainder = new long[n];
            long given = 0;
            for (int i = 0; i < n; i++) {
                long num = Math.multiplyExact(total, weights[i]);
                result[i] = num / sum;
                remainder[i] = num % sum;
                given += result[i];
            }
            long left = total - given;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(
                    order,
                    (a, b) -> remainder[a] != remainder[b]
                            ? Long.compare(remainder[b], remainder[a])
                            : Integer.compare(a, b));
            for (int k = 0; k < left; k++) {
                result[order[k]]++;
            }
            return result;
        }
    },
    /**
     * D'Hondt (Jefferson, greatest divisors 1, 2, 3, …): each unit goes in turn to the largest weight ÷ (units so far
     * + 1). House-monotone: a larger total never gives anyone less. Favours large municipalities. Ties: larger
     * weight, then lower code.
     */
    DHONDT("dhondt", "D'Hondt (Jefferson): divisors 1, 2, 3, ...; ties to the larger weight, then the lower code") {
        @Override
        public long[] apportion(long total, long[] weights) {
            return divisor(total, weights, 1);
        }
    },
    /**
     * Sainte-Laguë (Webster, divisors 1, 3, 5, …): each unit goes in turn to the largest weight ÷ (2 × units so far +
     * 1). House-monotone and neutral between large and small municipalities. Ties: larger weight, then lower code.
     */
    SAINTE_LAGUE(
            "sainte-lague",
            "Sainte-Lague (Webster): divisors 1, 3, 5, ...; ties to the larger weight, then the" + " lower code") {
        @Override
        public long[] apportion(long total, long[] weights) {
            return divisor(total, weights, 2);
        }
    },
    /**
     * Plain rounding of each exact quota, halves up. The sum may differ from the total; the difference is reported,
     * never hidden.
     */
    ROUND("round", "plain rounding of each quota, halves up; the sum may differ from the total") {
        @Override
        public long[] apportion(long total, long[] weights) {
            long sum = sum(weights);
            long[] result = new long[weights.length];
            for (int i = 0; i < weights.length; i++) {
                long num = Math.multiplyExact(total, weights[i]);
                long q = num / sum;
                long r = num % sum;
                // half up: r / sum >= 1/2
                result[i] = (r >= sum - r) ? q + 1 : q;
            }
            return result;
        }

        @Override
        public boolean alwaysSumsToTotal() {
            return false;
        }
    };

    private final String id;
    private final String description;

    StandardApportionmentMethod(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean alwaysSumsToTotal() {
        return true;
    }

    /**
     * Finds a method by identifier: {@code hamilton}, {@code dhondt}, {@code sainte-lague}, {@code round}
     * (case-insensitive; {@code d'hondt}, {@code sainte_lague}, {@code largest-remainder} are accepted too).
     *
     * @param id the identifier
     * @return the method
     * @throws InvalidHousingInputException if the identifier is unknown; the message lists the known ones
     */
    public static StandardApportionmentMethod parse(String id) {
        Checks.nonNull(id, "standardApportionmentMethod");
        String norm = id.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace("'", "");
        for (StandardApportionmentMethod m : values()) {
            if (m.id.equals(norm)) {
                return m;
            }
        }
        if (norm.equals("largest-remainder") || norm.equals("hare-niemeyer")) {
            return HAMILTON;
        }
        if (norm.equals("jefferson")) {
            return DHONDT;
        }
        if (norm.equals("webster")) {
            return SAINTE_LAGUE;
        }
        throw new InvalidHousingInputException(
                "method", "unknown method '" + id + "'; use hamilton, dhondt, sainte-lague or round");
    }

    private static long sum(long[] weights) {
        long s = 0;
        for (long w : weights) {
            s = Math.addExact(s, w);
        }
        return s;
    }

    /** Divisor method with divisors step × a + 1 (step 1: D'Hondt; step 2: Sainte-Laguë). */
    private static long[] divisor(long total, long[] weights, int step) {
        int n = weights.length;
        long[] a = new long[n];
        // larger weight / divisor first; equal values: lower index first
        PriorityQueue<Integer> queue = new PriorityQueue<>(Math.max(1, n), (i, j) -> {
            int c = Long.compare(
                    Math.multiplyExact(weights[j], step * a[i] + 1), Math.multiplyExact(weights[i], step * a[j] + 1));
            return c != 0 ? c : Integer.compare(i, j);
        });
        // Jump start (exact): units whose value is strictly above every possible threshold belong to every
        // allocation, whatever the tie-break. D'Hondt: the threshold is at most sum / total, so every unit below
        // ceil(quota) is certain. Sainte-Lague: the threshold is at most sum / (2 total - n) when 2 total > n.
        long sum = sum(weights);
        long given = 0;
        for (int i = 0; i < n; i++) {
            if (step == 1) {
                long ceilQuota = (Math.multiplyExact(total, weights[i]) + sum - 1) / sum;
                a[i] = Math.max(0, ceilQuota - 1);
            } else if (2 * total > n) {
                long p = Math.multiplyExact(weights[i], 2 * total - n);
                a[i] = (p + sum - 1) / (2 * sum);
            }
            given += a[i];
        }
        for (int i = 0; i < n; i++) {
            queue.add(i);
        }
        for (long k = given; k < total; k++) {
            int i = queue.remove();
            a[i]++;
            queue.add(i);
        }
        return a;
    }
}
