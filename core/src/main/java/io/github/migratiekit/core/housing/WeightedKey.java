package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;

/**
 * One item to apportion to: a key (a CBS code, or any identifier) and its weight (inhabitants, or any whole-number
 * weight).
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the identifier; not blank; unique within one apportionment
 * @param weight the weight; not negative
 */
public record WeightedKey(String key, long weight) {

    /**
     * Validates the components.
     *
     * @param key the identifier; not blank; unique within one apportionment
     * @param weight the weight; not negative
     * @throws InvalidHousingInputException if the key is blank or the weight negative
     */
    public WeightedKey {
        Checks.nonNull(key, "weightedKey.key");
        if (key.isBlank()) {
            throw new InvalidHousingInputException("weights.key", "must not be blank");
        }
        if (weight < 0) {
            throw new InvalidHousingInputException("weights[" + key + "]", "must not be negative, was " + weight);
        }
    }

    /**
     * Creates an item.
     *
     * @param key the identifier
     * @param weight the weight
     * @return the item
     * @throws InvalidHousingInputException if the key is blank or the weight negative
     */
    public static WeightedKey of(String key, long weight) {
        return new WeightedKey(key, weight);
    }
}
