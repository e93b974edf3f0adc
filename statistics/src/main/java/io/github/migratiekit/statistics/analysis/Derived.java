package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.statistics.dataset.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The result of a computation on sourced figures: the point value computed from the printed numbers, and the range
 * of results that the true (unrounded, undisclosed) numbers can give. A result is exact only when every input was.
 * Immutable.
 *
 * @param value the point value computed from the printed numbers (censored inputs at their midpoint)
 * @param range the feasible range
 * @param formula the computation in words, e.g. {@code "14040 / (14040 + 10830 + 990) × 100"}
 */
public record Derived(double value, Interval range, String formula) {

    /**
     * Refuses a {@code null} value.
     *
     * @param value the point value computed from the printed numbers (censored inputs at their midpoint)
     * @param range the feasible range
     * @param formula the computation in words, e.g. {@code "14040 / (14040 + 10830 + 990) × 100"}
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public Derived {
        Checks.nonNull(range, "derived.range");
        Checks.nonNull(formula, "derived.formula");
    }
    /**
     * Returns whether the result is exact (every input was exact).
     *
     * @return true when the range is a single point
     */
    public boolean isExact() {
        return range.isPoint();
    }

    /**
     * Returns the point value rounded half-up to a number of decimals, the way documents print it.
     *
     * @param decimals the number of decimals
     * @return the rounded value
     */
    public BigDecimal rounded(int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return rounded(2).stripTrailingZeros().toPlainString() + (isExact() ? "" : " (range " + range + ")");
    }
}
