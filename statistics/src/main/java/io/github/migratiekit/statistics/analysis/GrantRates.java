package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Verification;
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
 * <p>De Staat van Migratie 2024 (§4.2.3, "Hoe wordt het inwilligingspercentage berekend?"): under the Eurostat
 * definition Dublin non-admissions are not counted as rejections and the rate is computed over grants and rejections
 * only; the national rate is computed over all decisions including non-substantive ones. A rate that the data cannot
 * give under a definition is refused ({@link GrantRateResult.NotComputable}), never approximated. Stateless and
 * thread-safe.
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
        Checks.nonNull(granted, "granted");
        Checks.nonNull(rejected, "rejected");
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
        Checks.nonNull(granted, "granted");
        Checks.nonNull(rejected, "rejected");
        Checks.nonNull(nonSubstantive, "nonSubstantive");
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
     * Returns the grant rate of a year from the bundled datasets, or fails when it is not computable.
     *
     * @param catalogue the catalogue
     * @param year the year
     * @param definition the definition
     * @return the rate with its figures and explanation
     * @throws GrantRateNotComputableException if the dataset that covers the year cannot give the rate under that
     *     definition (see {@link #evaluate})
     * @throws InvalidInputException if no bundled dataset covers the year
     */
    public static GrantRate forYear(Catalogue catalogue, int year, GrantRateDefinition definition) {
        Checks.nonNull(catalogue, "catalogue");
        Checks.nonNull(definition, "definition");
        GrantRateResult r = evaluate(catalogue, year, definition);
        if (r instanceof GrantRateResult.NotComputable nc) {
            throw new GrantRateNotComputableException(nc);
        }
        return (GrantRate) r;
    }

    /**
     * Returns the grant rate of a year from the bundled datasets, or a typed refusal.
     *
     * <ul>
     *   <li>2022–2023: the national decisions on first asylum applications (Staat van Migratie 2024, Figuur 66). The
     *       national definition is computable. The EU definition is not: the table counts Dublin cases among the
     *       rejections ("afwijzing"; most rejected Syrian applications were Dublin claimants, §4.3.4), while the EU
     *       definition leaves Dublin decisions out (§4.2.3); the table does not separate them.
     *   <li>2008–2016: Eurostat first-instance decisions. The EU definition is computable (Eurostat's rejections
     *       exclude Dublin decisions); the national one is not (Eurostat publishes no non-substantive decisions).
     * </ul>
     *
     * @param catalogue the catalogue
     * @param year the year
     * @param definition the definition
     * @return the rate, or why it is not computable
     * @throws InvalidInputException if no bundled dataset covers the year
     */
    public static GrantRateResult evaluate(Catalogue catalogue, int year, GrantRateDefinition definition) {
        Checks.nonNull(catalogue, "catalogue");
        Checks.nonNull(definition, "definition");
        String y = Integer.toString(year);
        Optional<Dataset> nat = catalogue.find(NATIONAL_DECISIONS);
        if (nat.isPresent() && nat.get().values("period").contains(y)) {
            Dataset d = nat.get();
            Observation g = d.get(Map.of("period", y, "outcome", "granted", "measure", "decisions"));
            Observation r = d.get(Map.of("period", y, "outcome", "rejected", "measure", "decisions"));
            Observation o = d.get(Map.of("period", y, "outcome", "other", "measure", "decisions"));
            if (definition == GrantRateDefinition.EUROSTAT) {
                String reason = "the table counts Dublin decisions among the rejections (afwijzing) and does not"
                        + " separate them, so grants / (grants + rejections without Dublin) cannot be formed;"
                        + " leaving out 'Overig' (" + o.value().token() + ") does not remove the Dublin decisions";
                Explanation ex = Explanation.builder()
                        .step("Definition: " + definition.formula() + ".", definition.source())
                        .step(
                                "Decisions on first asylum applications in " + y + ": granted "
                                        + g.value().token()
                                        + ", rejected (Dublin decisions included) "
                                        + r.value().token()
                                        + ", other " + o.value().token() + ".",
                                cite(d))
                        .step(
                                "The rejections include Dublin claimants: most rejected Syrian applications were"
                                        + " rejected because the applicant had been in another Member State.",
                                LegalSource.of(
                                                "De Staat van Migratie 2024",
                                                "§4.3.4 Beslissingen op asielaanvragen, page not determined (pp."
                                                        + " 98–100)",
                                                "")
                                        .withNote("text below Figuur 66"))
                        .fact("Not computable from " + d.id() + ": " + reason + ".")
                        .build();
                return new GrantRateResult.NotComputable(year, definition, d.id(), reason, ex);
            }
            Derived rate = national(g.value(), r.value(), o.value());
            Explanation ex = Explanation.builder()
                    .step("Definition: " + definition.formula() + ".", definition.source())
                    .step(
                            "Decisions on first asylum applications in " + y + ": granted "
                                    + g.value().token()
                                    + ", rejected (Dublin decisions included) "
                                    + r.value().token() + ", other "
                                    + o.value().token() + ".",
                            cite(d))
                    .step("All decisions are counted in the denominator.", definition.source())
                    .fact("Counts are rounded to tens by the source, so the rate is a range: " + rate.range() + ".")
                    .build();
            return new GrantRate(year, definition, rate, of(g.value()), of(r.value()), of(o.value()), d.id(), ex);
        }
        Optional<Dataset> eu = catalogue.find(EUROSTAT_DECISIONS);
        if (eu.isPresent() && eu.get().values("period").contains(y)) {
            Dataset d = eu.get();
            if (definition == GrantRateDefinition.NATIONAL) {
                String reason = "the national definition needs the non-substantive decisions, which Eurostat does"
                        + " not publish; for " + y + " only the eurostat definition is available";
                Explanation ex = Explanation.builder()
                        .step("Definition: " + definition.formula() + ".", definition.source())
                        .fact("Not computable from " + d.id() + ": " + reason + ".")
                        .build();
                return new GrantRateResult.NotComputable(year, definition, d.id(), reason, ex);
            }
            Observation g = d.get(Map.of("period", y, "citizen", "Total", "decision", "Total positive decisions"));
            Observation r = d.get(Map.of("period", y, "citizen", "Total", "decision", "Rejected"));
            Derived rate = eurostat(g.value(), r.value());
            Explanation ex = Explanation.builder()
                    .step("Definition: " + definition.formula() + ".", definition.source())
                    .step(
                            "Eurostat first-instance decisions, Netherlands, " + y + ": positive "
                                    + g.value().token() + ", rejected "
                                    + r.value().token() + " (Eurostat does not count Dublin decisions as"
                                    + " rejections).",
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
        // the figures are read as printed in the publication (the dataset's provenance says where)
        return LegalSource.of(
                        d.source().document() + ", " + d.source().table(),
                        d.source().pageCitation(),
                        d.id())
                .withVerification(Verification.VERIFIED, "figures as printed in the publication");
    }
}
