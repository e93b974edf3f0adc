package io.github.migratiekit.core.housing;

import java.math.BigDecimal;

/**
 * One municipality's taakstelling for a period: its exact proportional share and the whole number allocated.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the CBS code
 * @param name the municipality's name
 * @param province the province's name
 * @param population the inhabitants on the registry's reference date
 * @param quota the exact share total × population ÷ national population, to 6 decimals
 * @param allocated the number of status holders to house, as apportioned by the chosen method
 */
public record MunicipalTask(
        String code, String name, String province, long population, BigDecimal quota, long allocated) {}
