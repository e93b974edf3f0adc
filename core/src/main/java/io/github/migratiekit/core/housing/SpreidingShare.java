package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.math.BigDecimal;

/**
 * One municipality's share of the Spreidingswet reception places.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the CBS code
 * @param name the name
 * @param province the province's name
 * @param population the inhabitants on the registry's reference date
 * @param factor the prosperity factor applied to the population
 * @param quota the exact share places × (population × factor) ÷ Σ (population × factor), to 6 decimals
 * @param allocated the places allocated
 * @param unaccompaniedMinors the part of the allocated places for unaccompanied minors (amv)
 */
public record SpreidingShare(
        String code,
        String name,
        String province,
        long population,
        BigDecimal factor,
        BigDecimal quota,
        long allocated,
        long unaccompaniedMinors) {

    /**
     * Refuses a {@code null} value.
     *
     * @param code the CBS code
     * @param name the name
     * @param province the province's name
     * @param population the inhabitants on the registry's reference date
     * @param factor the prosperity factor applied to the population
     * @param quota the exact share places × (population × factor) ÷ Σ (population × factor), to 6 decimals
     * @param allocated the places allocated
     * @param unaccompaniedMinors the part of the allocated places for unaccompanied minors (amv)
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public SpreidingShare {
        Checks.nonNull(code, "spreidingShare.code");
        Checks.nonNull(name, "spreidingShare.name");
        Checks.nonNull(province, "spreidingShare.province");
        Checks.nonNull(factor, "spreidingShare.factor");
        Checks.nonNull(quota, "spreidingShare.quota");
    }
}
