package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * The prosperity correction of the Spreidingswet key: a factor per municipality that multiplies its population
 * share. Wealthier municipalities (higher CBS SES-WOA score) get a factor above 1 and provide more reception places
 * per inhabitant; poorer ones a factor below 1.
 *
 * <p>The official formula is in a ministerial regulation that was not retrieved, so the correction is configurable:
 * explicit factors ({@link #factors}), factors implied by a published distribution ({@link #impliedBy}), or none
 * ({@link #none()}). Implementations must be immutable and thread-safe and return a non-negative factor.
 */
public interface ProsperityCorrection {

    /**
     * Returns the factor for a municipality.
     *
     * @param municipality the municipality
     * @return the factor, not negative; 1 means population share only
     */
    BigDecimal factor(Municipality municipality);

    /**
     * Describes the correction for explanations and output.
     *
     * @return a one-line description
     */
    String description();

    /**
     * No correction: every factor is 1, the key is the population share alone.
     *
     * @return the correction
     */
    static ProsperityCorrection none() {
        return new Factors(Map.of(), "none (population share only)");
    }

    /**
     * Explicit factors per CBS code; municipalities not in the map keep factor 1.
     *
     * @param factorsByCode the factors, each not negative
     * @param description what the factors are, e.g. {@code "linear in SES-WOA 2022, 0.7 to 1.35"}
     * @return the correction
     * @throws InvalidHousingInputException if a code is malformed or a factor negative
     */
    static ProsperityCorrection factors(Map<String, BigDecimal> factorsByCode, String description) {
        Checks.nonNull(factorsByCode, "factorsByCode");
        Checks.nonNull(description, "description");
        factorsByCode.forEach((code, f) -> {
            if (!Municipality.isCode(code)) {
                throw new InvalidHousingInputException("factors", "not a CBS code GMdddd: '" + code + "'");
            }
            if (f.signum() < 0) {
                throw new InvalidHousingInputException("factors[" + code + "]", "must not be negative, was " + f);
            }
        });
        return new Factors(Map.copyOf(factorsByCode), description);
    }

    /**
     * The factors implied by an observed distribution (for example the indicative distribution of 88 000 places):
     * factor = (observed share of places) ÷ (share of inhabitants). Apportioning the observed total with these factors
     * reproduces the observed distribution (up to rounding); apportioning another total scales it.
     *
     * @param observed the observed number per CBS code; every municipality of the registry must be present
     * @param registry the municipalities and their inhabitants
     * @param description where the distribution comes from
     * @return the correction
     * @throws InvalidHousingInputException if a municipality of the registry is missing, a number is negative, the
     *     observed total is zero, or a municipality without inhabitants has places
     */
    static ProsperityCorrection impliedBy(
            Map<String, ? extends Number> observed, MunicipalityRegistry registry, String description) {
        Checks.nonNull(observed, "observed");
        Checks.nonNull(registry, "registry");
        Checks.nonNull(description, "description");
        long total = 0;
        for (Municipality m : registry.municipalities()) {
            Number n = observed.get(m.code());
            if (n == null) {
                throw new InvalidHousingInputException("weights[" + m.code() + "]", "missing municipality " + m.code());
            }
            if (n.longValue() < 0) {
                throw new InvalidHousingInputException("weights[" + m.code() + "]", "must not be negative, was " + n);
            }
            total += n.longValue();
        }
        if (total == 0) {
            throw new InvalidHousingInputException("weights", "the observed distribution sums to zero");
        }
        Map<String, BigDecimal> factors = new java.util.HashMap<>();
        BigDecimal pop = BigDecimal.valueOf(registry.totalPopulation());
        BigDecimal obs = BigDecimal.valueOf(total);
        for (Municipality m : registry.municipalities()) {
            Number n = observed.get(m.code());
            long o = n == null ? 0 : n.longValue();
            if (m.population() == 0) {
                if (o > 0) {
                    throw new InvalidHousingInputException(
                            "weights[" + m.code() + "]", "places without inhabitants cannot be expressed as a factor");
                }
                factors.put(m.code(), BigDecimal.ZERO);
                continue;
            }
            factors.put(
                    m.code(),
                    BigDecimal.valueOf(o)
                            .multiply(pop)
                            .divide(obs.multiply(BigDecimal.valueOf(m.population())), MathContext.DECIMAL64));
        }
        return new Factors(Map.copyOf(factors), description);
    }

    /** Factors from a map; missing codes get 1. */
    record Factors(Map<String, BigDecimal> byCode, String description) implements ProsperityCorrection {

        /**
         * Refuses a {@code null} value.
         *
         * @param byCode the factor per CBS municipality code
         * @param description where the factors come from
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public Factors {
            Checks.nonNull(byCode, "factors.byCode");
            Checks.nonNull(description, "factors.description");
        }

        @Override
        public BigDecimal factor(Municipality municipality) {
            return byCode.getOrDefault(municipality.code(), BigDecimal.ONE);
        }
    }
}
