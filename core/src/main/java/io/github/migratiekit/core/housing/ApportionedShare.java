package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.math.BigDecimal;

/**
 * One line of an {@link Apportionment}: the key, its weight, its exact proportional share and the whole number it
 * was given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the identifier
 * @param weight the weight
 * @param quota the exact proportional share total × weight ÷ Σ weights, rounded half-even to 6 decimals for display
 * @param allocated the whole number given by the method
 */
public record ApportionedShare(String key, long weight, BigDecimal quota, long allocated) {

    /**
     * Refuses a {@code null} value.
     *
     * @param key the identifier
     * @param weight the weight
     * @param quota the exact proportional share total × weight ÷ Σ weights, rounded half-even to 6 decimals for display
     * @param allocated the whole number given by the method
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public ApportionedShare {
        Checks.nonNull(key, "apportionedShare.key");
        Checks.nonNull(quota, "apportionedShare.quota");
    }
}
