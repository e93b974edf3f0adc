package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.math.BigDecimal;

/**
 * The sum of an allocation over the municipalities of one province.
 *
 * <p>Immutable and thread-safe.
 *
 * @param province the province's name
 * @param municipalities how many municipalities were summed
 * @param population their inhabitants
 * @param quota the sum of their exact shares, to 6 decimals
 * @param allocated the sum of their allocated numbers
 */
public record ProvinceTotal(String province, int municipalities, long population, BigDecimal quota, long allocated) {

    /**
     * Refuses a {@code null} value.
     *
     * @param province the province's name
     * @param municipalities how many municipalities were summed
     * @param population their inhabitants
     * @param quota the sum of their exact shares, to 6 decimals
     * @param allocated the sum of their allocated numbers
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public ProvinceTotal {
        Checks.nonNull(province, "provinceTotal.province");
        Checks.nonNull(quota, "provinceTotal.quota");
    }
}
