package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.statistics.dataset.Catalogue;
import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.dataset.Interval;
import io.github.migratiekit.statistics.dataset.Observation;
import io.github.migratiekit.statistics.dataset.Value;
import java.util.Map;
import java.util.Optional;

/**
 * The two grant-rate definitions as named functions, and the grant rate of a year from the bundled datasets.
 *
 * <p>De Staat van Migratie 2024 (L1950–L1952): under the Eurostat definition Dublin non-admissions are not counted
 * as rejections and the rate is computed over grants and rejections only; the national rate is computed over all
 * decisions including non-substantive ones. Stateless and thread-safe.
 */
public final class GrantRates {
    /** The dataset of national first-instance decisions on first asylum applications, 2022–2023 (Fig 66). */
    public static final String NATIONAL_DECISIONS = "svm2024-fig66-first-asylum-decisions";

    /** The Eurostat first-instance decisions for the Netherlands, 2008–2016. */
    public static final String EUROSTAT_DECISIONS = "eurostat-nl-first-instance-decisions-2008-2016";

    private GrantRates() {}

    /**
     * Returns the Eurostat grant rate: {@code 100 × grants / (grants + rejections)}.
     *
     * @param granted the grants
     * @param rejected the rejections (substantive), without Dublin or other non-substantive decisions
     * @return the rate in percent, as a range when an input is rounded
     * @throws io.github.migratiekit.statistics.dataset.InvalidDatasetException if grants + rejections can be zero
     */
    public static Derived eurostat(Value granted, Value rejected) {
        return rate(granted, rejected, Value.exact(0), "");
    }

    /**
     * Returns the national grant rate: {@code 100 × grants / (grants + rejections + non-substantive decisions)}.
     *
     * @param granted the grants
     * @param rejected the rejections
     * @param nonSubstantive the other decisions: Dublin non-admissions, buiten behandeling stelling, withdrawals
     * @return the rate in percent, as a range when an input is rounded
     * @throws io.github.migratiekit.statistics.dataset.InvalidDatasetException if the total can be zero
     */
    public static Derived national(Value granted, Value rejected, Value nonSubstantive) {
        return rate(granted, rejected, nonSubstantive, " + " + nonSubstantive.token());
    }

    private static Derived rate(Value granted, Value rejected, Value other, String otherText) {
        Interval g = granted.range();
        Interval rest = rejected.range().plus(other.range());
        if (g.lo() + rest.lo() <= 0) {
            throw new io.github.migratiekit.statistics.dataset.InvalidDatasetException(
                    "grant-rate", "the number of decisions can be zero");
        }
        double lo = g.lo() / (g.lo() + rest.hi());
        double hi = g.hi() / (g.hi() + rest.lo());
        double point = granted.point() / (granted.point() + rejected.point() + other.point());
        return new Derived(
                100 * point,
                Interval.of(100 * lo, 100 * hi),
                "100 × " + granted.token() + " / (" + granted.token() + " + " + rejected.token() + otherText + ")");
    }

    /**
     * Returns the grant rate of a year from the bundled datasets: 2022–2023 from the national decisions on first
     * asylum applications (Staat van Migratie 2024, Fig 66); 2008–2016 from Eurostat (Eurostat definition only, since
     * Eurostat publishes no non-substantive decisions).
     *
     * @param catalogue the catalogue
     * @param year the year
     * @param definition the definition
     * @return the rate with its figures and explanation
     * @throws InvalidInputException if no bundled dataset gives the figures that definition needs for that year
     */
    public static GrantRate forYear(Catalogue catalogue, int year, GrantRateDefinition definition) {
        String y = Integer.toString(year);
        Optional<Dataset> nat = catalogue.find(NATIONAL_DECISIONS);
        if (nat.isPresent() && nat.get().values("period").contains(y)) {
            Dataset d = nat.get();
            Observation g = d.get(Map.of("period", y, "outcome", "granted", "measure", "decisions"));
            Observation r = d.get(Map.of("period", y, "outcome", "rejected", "measure", "decisions"));
            Observation o = d.get(Map.of("period", y, "outcome", "other", "measure", "decisions"));
            Value other = definition == GrantRateDefinition.NATIONAL ? o.value() : Value.exact(0);
            Derived rate = definition == GrantRateDefinition.NATIONAL
                    ? national(g.value(), r.value(), o.value())
                    : eurostat(g.value(), r.value());
            Explanation ex = Explanation.builder()
                    .step("Definition: " + definition.formula() + ".", definition.source())
                    .step(
                            "Decisions on first asylum applications in " + y + ": granted "
                                    + g.value().token()
                                    + ", rejected " + r.value().token() + ", other (non-substantive, incl. Dublin) "
                                    + o.value().token() + ".",
                            cite(d))
                    .step(
                            definition == GrantRateDefinition.NATIONAL
                                    ? "The other decisions are counted in the denominator."
                                    : "The other decisions are left out of the denominator.",
                            definition.source())
                    .fact("Counts are rounded to tens by the source, so the rate is a range: " + rate.range() + ".")
                    .build();
            if (definition == GrantRateDefinition.EUROSTAT) {
                ex = ex.plus(Explanation.builder()
                        .step(
                                "This applies the Eurostat formula to the national table of first applications."
                                        + " Eurostat's own rate for the Netherlands in 2023 is 81%, computed over its"
                                        + " first-instance decisions on first and subsequent applications, a different"
                                        + " base.",
                                LegalSource.of("De Staat van Migratie 2024", "L1961", "")
                                        .withNote("first-instance grant rate by Member State, Eurostat"))
                        .build());
            }
            return new GrantRate(year, definition, rate, of(g.value()), of(r.value()), of(other), d.id(), ex);
        }
        Optional<Dataset> eu = catalogue.find(EUROSTAT_DECISIONS);
        if (eu.isPresent() && eu.get().values("period").contains(y)) {
            if (definition == GrantRateDefinition.NATIONAL) {
                throw new InvalidInputException(
                        "--definition",
                        "the national definition needs non-substantive decisions, which Eurostat does not publish;"
                                + " for " + y + " only --definition eurostat is available");
            }
            Dataset d = eu.get();
            Observation g = d.get(Map.of("period", y, "citizen", "Total", "decision", "Total positive decisions"));
            Observation r = d.get(Map.of("period", y, "citizen", "Total", "decision", "Rejected"));
            Derived rate = eurostat(g.value(), r.value());
            Explanation ex = Explanation.builder()
                    .step("Definition: " + definition.formula() + ".", definition.source())
                    .step(
                            "Eurostat first-instance decisions, Netherlands, " + y + ": positive "
                                    + g.value().token() + ", rejected "
                                    + r.value().token() + ".",
                            cite(d))
                    .build();
            return new GrantRate(year, definition, rate, of(g.value()), of(r.value()), of(Value.exact(0)), d.id(), ex);
        }
        throw new InvalidInputException(
                "--year", "no bundled decisions for " + y + "; available: 2008–2016 (Eurostat), 2022–2023 (national)");
    }

    private static Derived of(Value v) {
        return new Derived(v.point(), v.range(), v.token());
    }

    static LegalSource cite(Dataset d) {
        return LegalSource.of(
                d.source().document() + ", " + d.source().table(),
                d.source().lines().orElse(d.source().page().map(p -> "p. " + p).orElse("")),
                d.id());
    }
}
