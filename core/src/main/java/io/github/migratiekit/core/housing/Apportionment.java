package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of apportioning a total over weighted keys with one method.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method the method's identifier, e.g. {@code "hamilton"}
 * @param total the whole number apportioned over the keys
 * @param allocatedSum the sum of the allocated numbers
 * @param difference {@code allocatedSum − total}: always 0 for a method that always sums to the total, possibly
 *     non-zero for plain rounding (reported, never hidden)
 * @param shares one line per key, in the order the keys were given
 */
public record Apportionment(
        String method, long total, long allocatedSum, long difference, List<ApportionedShare> shares) {

    /**
     * Copies the shares into an immutable list.
     *
     * @param method the method's identifier, e.g. {@code "hamilton"}
     * @param total the whole number apportioned over the keys
     * @param allocatedSum the sum of the allocated numbers
     * @param difference {@code allocatedSum − total}: always 0 for a method that always sums to the total, possibly
     *     non-zero for plain rounding (reported, never hidden)
     * @param shares one line per key, in the order the keys were given
     */
    public Apportionment {
        Checks.nonNull(method, "apportionment.method");
        Checks.nonNull(shares, "apportionment.shares");
        shares = List.copyOf(shares);
    }

    /**
     * Finds the line of a key.
     *
     * @param key the key
     * @return the line, or empty if the key was not apportioned to
     */
    public Optional<ApportionedShare> share(String key) {
        return shares.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /**
     * Returns the allocated numbers by key.
     *
     * @return a new map from key to allocated number
     */
    public Map<String, Long> allocatedByKey() {
        Map<String, Long> m = new HashMap<>();
        shares.forEach(s -> m.put(s.key(), s.allocated()));
        return m;
    }
}
