package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A municipality's realisation of its taakstelling in one period.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the CBS code
 * @param name the name
 * @param province the province's name
 * @param task the period's own share
 * @param openingPosition the backlog (positive) or lead (negative) carried in
 * @param correctedTask task + backlog − lead
 * @param housed the number housed
 * @param backlog the position at the end: a backlog if positive, a lead if negative
 * @param percentage housed ÷ corrected task × 100 to one decimal; empty if the corrected task is not positive
 */
public record MunicipalRealisation(
        String code,
        String name,
        String province,
        long task,
        long openingPosition,
        long correctedTask,
        long housed,
        long backlog,
        Optional<BigDecimal> percentage) {

    /**
     * Refuses a {@code null} value.
     *
     * @param code the CBS code
     * @param name the name
     * @param province the province's name
     * @param task the period's own share
     * @param openingPosition the backlog (positive) or lead (negative) carried in
     * @param correctedTask task + backlog − lead
     * @param housed the number housed
     * @param backlog the position at the end: a backlog if positive, a lead if negative
     * @param percentage housed ÷ corrected task × 100 to one decimal; empty if the corrected task is not positive
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public MunicipalRealisation {
        Checks.nonNull(code, "municipalRealisation.code");
        Checks.nonNull(name, "municipalRealisation.name");
        Checks.nonNull(province, "municipalRealisation.province");
        Checks.nonNull(percentage, "municipalRealisation.percentage");
    }
}
