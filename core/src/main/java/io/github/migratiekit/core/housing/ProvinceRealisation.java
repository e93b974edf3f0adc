package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The realisation of the municipalities of one province (those reported on) in one period.
 *
 * <p>Immutable and thread-safe.
 *
 * @param province the province's name
 * @param municipalities how many municipalities were summed
 * @param task the sum of their own shares
 * @param openingPosition the sum of their opening positions
 * @param correctedTask the sum of their corrected tasks
 * @param housed the sum housed
 * @param backlog the sum of their closing positions
 * @param percentage housed ÷ corrected task × 100 to one decimal; empty if the corrected task is not positive
 */
public record ProvinceRealisation(
        String province,
        int municipalities,
        long task,
        long openingPosition,
        long correctedTask,
        long housed,
        long backlog,
        Optional<BigDecimal> percentage) {

    /**
     * Refuses a {@code null} value.
     *
     * @param province the province's name
     * @param municipalities how many municipalities were summed
     * @param task the sum of their own shares
     * @param openingPosition the sum of their opening positions
     * @param correctedTask the sum of their corrected tasks
     * @param housed the sum housed
     * @param backlog the sum of their closing positions
     * @param percentage housed ÷ corrected task × 100 to one decimal; empty if the corrected task is not positive
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public ProvinceRealisation {
        Checks.nonNull(province, "provinceRealisation.province");
        Checks.nonNull(percentage, "provinceRealisation.percentage");
    }
}
