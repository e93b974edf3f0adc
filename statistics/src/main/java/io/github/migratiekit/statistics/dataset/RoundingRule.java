package io.github.migratiekit.statistics.dataset;

import io.github.migratiekit.core.internal.Checks;
import java.math.BigDecimal;

/**
 * How a source rounds the numbers it prints, used to read plain numbers in a bundled table and to judge whether a gap
 * between printed figures is a real error or rounding noise.
 *
 * <p>The Staat van Migratie rounds counts to tens, shows 1–4 as {@code "<5"} and 5–10 as 10, and computes
 * percentages on the unrounded counts (De Staat van Migratie 2024, Bijlage IV Methodologie, pp. 161–162); CBS and Eurostat figures are
 * exempt (unrounded or rounded to fives). Immutable.
 *
 * @param countStep the rounding step of counts (10, 5, or 0 for exact)
 * @param percentStep the rounding step of printed percentages (1 for whole points, 0 for exact)
 * @param description the source's rule in words, with where the source states it
 */
public record RoundingRule(BigDecimal countStep, BigDecimal percentStep, String description) {
    /**
     * Validates the steps.
     *
     * @param countStep the rounding step of counts (10, 5, or 0 for exact)
     * @param percentStep the rounding step of printed percentages (1 for whole points, 0 for exact)
     * @param description the source's rule in words, with where the source states it
     * @throws InvalidDatasetException if a step is negative
     */
    public RoundingRule {
        Checks.nonNull(countStep, "roundingRule.countStep");
        Checks.nonNull(percentStep, "roundingRule.percentStep");
        Checks.nonNull(description, "roundingRule.description");
        if (countStep.signum() < 0 || percentStep.signum() < 0) {
            throw new InvalidDatasetException("rounding", "steps must not be negative");
        }
    }

    /**
     * Returns a rule.
     *
     * @param countStep the step of counts, 0 for exact
     * @param percentStep the step of percentages, 0 for exact
     * @param description the rule in words
     * @return the rule
     */
    public static RoundingRule of(long countStep, long percentStep, String description) {
        return new RoundingRule(BigDecimal.valueOf(countStep), BigDecimal.valueOf(percentStep), description);
    }

    /**
     * Interprets a plain printed number under this rule: a count on the rounding grid is {@link Value.Rounded};
     * a count off the grid is taken as printed, {@link Value.Exact} (the consistency check reports it); a number with
     * decimals is rounded to its last printed decimal; an integer percentage uses the percentage step; other whole
     * numbers (weeks, months, ratios) are rounded to 1, euro amounts are exact.
     *
     * @param number the printed number
     * @param unit the unit of the observation
     * @return the value
     */
    public Value interpret(BigDecimal number, Unit unit) {
        if (unit.isCount()) {
            if (countStep.signum() == 0 || number.remainder(countStep).signum() != 0) {
                return Value.exact(number);
            }
            return Value.rounded(number, countStep);
        }
        if (number.scale() > 0) {
            return Value.rounded(number, BigDecimal.ONE.movePointLeft(number.scale()));
        }
        if (unit == Unit.PERCENT) {
            return percentStep.signum() == 0 ? Value.exact(number) : Value.rounded(number, percentStep);
        }
        if (unit == Unit.EURO) {
            return Value.exact(number);
        }
        return Value.rounded(number, BigDecimal.ONE);
    }

    /**
     * Returns whether a value's printed number lies off this rule's grid for counts (e.g. 18807 among counts rounded
     * to tens).
     *
     * @param value the value
     * @param unit its unit
     * @return true when the value is a count, the rule rounds counts, and the printed number is not a multiple of
     *     the step
     */
    public boolean offGrid(Value value, Unit unit) {
        if (!unit.isCount() || countStep.signum() == 0 || value instanceof Value.Censored) {
            return false;
        }
        Value v = value instanceof Value.Corrected c ? c.reported() : value;
        return v.printed().map(p -> p.remainder(countStep).signum() != 0).orElse(false);
    }
}
