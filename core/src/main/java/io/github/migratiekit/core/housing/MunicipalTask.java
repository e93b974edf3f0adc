package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
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
        String code, String name, String province, long population, BigDecimal quota, long allocated) {

    /**
     * Refuses a {@code null} value.
     *
     * @param code the CBS code
     * @param name the municipality's name
     * @param province the province's name
     * @param population the inhabitants on the registry's reference date
     * @param quota the exact share total × population ÷ national population, to 6 decimals
     * @param allocated the number of status holders to house, as apportioned by the chosen method
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public MunicipalTask {
        Checks.nonNull(code, "municipalTask.code");
        Checks.nonNull(name, "municipalTask.name");
        Checks.nonNull(province, "municipalTask.province");
        Checks.nonNull(quota, "municipalTask.quota");
    }
}
