package io.github.migratiekit.core.housing;

/**
 * A way of turning proportional shares into whole numbers: the extension point for apportionment.
 *
 * <p>The built-in methods are {@link StandardApportionmentMethod}. To add one (for example the official rounding
 * practice, once published), implement this interface and run the contract suite {@code
 * ApportionmentMethodContract} from core's test-jar against it.
 *
 * <p>Contract of {@link #apportion}:
 *
 * <ul>
 *   <li>the weights arrive in <b>canonical order</b> (weight descending, then key ascending; see {@link
 *       Apportioner}), so an implementation that breaks every remaining tie in favour of the <b>lower index</b> is
 *       deterministic and independent of the caller's order;
 *   <li>it returns a new array of the same length with non-negative numbers, and must not modify the weights;
 *   <li>if {@link #alwaysSumsToTotal()} the numbers sum exactly to the total; otherwise {@link Apportioner} reports
 *       the difference;
 *   <li>it is a pure function: same input, same output; thread-safe.
 * </ul>
 *
 * <p>The caller guarantees: {@code total >= 0}; every weight {@code >= 0}; the weights sum to more than zero; {@code
 * total × weight} and {@code weight × (2 × total + 1)} fit in a {@code long}.
 */
public interface ApportionmentMethod {

    /**
     * Returns the method's identifier as used on the command line and in JSON.
     *
     * @return e.g. {@code "hamilton"}; lower case, no spaces
     */
    String id();

    /**
     * Returns a one-line description including the tie-break rule.
     *
     * @return the description
     */
    String description();

    /**
     * Returns whether the results always sum exactly to the total.
     *
     * @return true for quota and divisor methods, false for plain rounding
     */
    boolean alwaysSumsToTotal();

    /**
     * Apportions a total in proportion to weights.
     *
     * @param total the number to apportion, not negative
     * @param weights the weights in canonical order (descending, ties by key), not negative, positive sum
     * @return a new array: the whole number for each weight, in the same order
     */
    long[] apportion(long total, long[] weights);
}
