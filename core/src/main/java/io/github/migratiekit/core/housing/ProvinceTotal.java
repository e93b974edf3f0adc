package io.github.migratiekit.core.housing;

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
public record ProvinceTotal(String province, int municipalities, long population, BigDecimal quota, long allocated) {}
