package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.LegalSource;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A procedure's term as the law stood during a period: selected by the date the term starts (the application's
 * receipt, the decision's announcement), never by a flag.
 *
 * <p>Immutable and thread-safe; part of the data in {@code procedure-terms.json}.
 *
 * @param procedure the procedure id, e.g. {@code "asylum"}
 * @param name what the term is, e.g. {@code "asylum decision period"}
 * @param startsWith what the start date of the term is, e.g. {@code "the day the application was received"}
 * @param term the term
 * @param calculus how it is counted
 * @param validFrom the first start date this rule applies to
 * @param validTo the last start date this rule applies to, or empty if still in force
 * @param source the legal source, with its verification status
 * @param extensionBases the bases on which this term may be extended individually; empty if it may not be
 */
public record TermRule(
        String procedure,
        String name,
        String startsWith,
        Period term,
        DeadlineCalculus calculus,
        LocalDate validFrom,
        Optional<LocalDate> validTo,
        LegalSource source,
        List<ExtensionBasis> extensionBases) {

    /**
     * Validates the rule.
     *
     * @param procedure the procedure id, not blank
     * @param name what the term is
     * @param startsWith what the start date of the term is
     * @param term the term, not negative
     * @param calculus how it is counted
     * @param validFrom the first start date this rule applies to
     * @param validTo the last start date this rule applies to, or empty if still in force
     * @param source the legal source
     * @param extensionBases the bases on which this term may be extended individually
     * @throws InvalidInputException if a component is null, the procedure is blank, the term is negative or the
     *     validity reversed
     */
    public TermRule {
        Checks.nonNull(procedure, "termRule.procedure");
        Checks.nonNull(name, "termRule.name");
        Checks.nonNull(startsWith, "termRule.startsWith");
        Checks.nonNull(term, "termRule.term");
        Checks.nonNull(calculus, "termRule.calculus");
        Checks.nonNull(validFrom, "termRule.validFrom");
        Checks.nonNull(validTo, "termRule.validTo");
        Checks.nonNull(source, "termRule.source");
        Checks.nonNull(extensionBases, "termRule.extensionBases");
        extensionBases = List.copyOf(extensionBases);
        if (procedure.isBlank()) {
            throw new InvalidInputException("termRule.procedure", "must not be blank");
        }
        if (term.isNegative()) {
            throw new InvalidInputException("termRule.term", procedure + ": must not be negative, was " + term);
        }
        if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
            throw new InvalidInputException(
                    "termRule.validTo", procedure + ": " + validTo.get() + " is before validFrom " + validFrom);
        }
    }

    /**
     * Creates a rule that may not be extended individually.
     *
     * @param procedure the procedure id, not blank
     * @param name what the term is
     * @param startsWith what the start date of the term is
     * @param term the term, not negative
     * @param calculus how it is counted
     * @param validFrom the first start date this rule applies to
     * @param validTo the last start date this rule applies to, or empty if still in force
     * @param source the legal source
     * @throws InvalidInputException if a component is null, the procedure is blank, the term is negative or the
     *     validity reversed
     */
    public TermRule(
            String procedure,
            String name,
            String startsWith,
            Period term,
            DeadlineCalculus calculus,
            LocalDate validFrom,
            Optional<LocalDate> validTo,
            LegalSource source) {
        this(procedure, name, startsWith, term, calculus, validFrom, validTo, source, List.of());
    }

    /**
     * Tells whether this rule applies to a term starting on a day.
     *
     * @param start the start date
     * @return true if the start date lies in the rule's validity
     */
    public boolean appliesTo(LocalDate start) {
        return !start.isBefore(validFrom)
                && validTo.map(to -> !start.isAfter(to)).orElse(true);
    }
}
