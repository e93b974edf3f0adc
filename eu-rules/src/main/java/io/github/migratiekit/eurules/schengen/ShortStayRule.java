package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.LegalSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One definition of the short-stay limit, valid for days within a period and, optionally, only for some
 * nationalities. Immutable and thread-safe.
 *
 * @param id a stable identifier, e.g. {@code "rolling-90-180"}
 * @param kind rolling window or fixed period from first entry
 * @param maxDays the maximum number of days of stay (90)
 * @param windowDays the length of the moving reference period for {@link RuleKind#ROLLING} (180), else 0
 * @param periodMonths the length of the fixed period for {@link RuleKind#FIXED_FROM_FIRST_ENTRY} (6), else 0
 * @param validFrom the first day to which the rule applies
 * @param validTo the last day to which the rule applies, or empty if open-ended
 * @param nationalities ISO alpha-3 codes the rule is limited to; empty for everyone
 * @param source the legal source, with a note where uncertain
 */
public record ShortStayRule(
        String id,
        RuleKind kind,
        int maxDays,
        int windowDays,
        int periodMonths,
        LocalDate validFrom,
        Optional<LocalDate> validTo,
        List<String> nationalities,
        LegalSource source) {

    /**
     * Validates the rule.
     *
     * @param id a stable identifier, e.g. {@code "rolling-90-180"}
     * @param kind rolling window or fixed period from first entry
     * @param maxDays the maximum number of days of stay (90)
     * @param windowDays the length of the moving reference period for {@link RuleKind#ROLLING} (180), else 0
     * @param periodMonths the length of the fixed period for {@link RuleKind#FIXED_FROM_FIRST_ENTRY} (6), else 0
     * @param validFrom the first day to which the rule applies
     * @param validTo the last day to which the rule applies, or empty if open-ended
     * @param nationalities ISO alpha-3 codes the rule is limited to; empty for everyone
     * @param source the legal source, with a note where uncertain
     * @throws InvalidStayException if the limits are inconsistent
     */
    public ShortStayRule {
        Checks.nonNull(id, "shortStayRule.id");
        Checks.nonNull(kind, "shortStayRule.kind");
        Checks.nonNull(validFrom, "shortStayRule.validFrom");
        Checks.nonNull(validTo, "shortStayRule.validTo");
        Checks.nonNull(nationalities, "shortStayRule.nationalities");
        Checks.nonNull(source, "shortStayRule.source");
        nationalities = List.copyOf(nationalities);
        if (maxDays < 1) {
            throw new InvalidStayException("rule.maxDays", id + ": must be at least 1, was " + maxDays);
        }
        if (kind == RuleKind.ROLLING && windowDays <= maxDays) {
            throw new InvalidStayException(
                    "rule.windowDays", id + ": must exceed maxDays " + maxDays + ", was " + windowDays);
        }
        if (kind == RuleKind.FIXED_FROM_FIRST_ENTRY && periodMonths < 1) {
            throw new InvalidStayException("rule.periodMonths", id + ": must be at least 1, was " + periodMonths);
        }
        if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
            throw new InvalidStayException("rule.validTo", id + ": " + validTo.get() + " is before " + validFrom);
        }
    }

    /**
     * Tells whether the rule applies on a day to a nationality.
     *
     * @param day the day
     * @param nationality the ISO alpha-3 nationality, or empty if unknown
     * @return true if the day is in the validity period and the nationality matches (or the rule is general)
     */
    public boolean appliesTo(LocalDate day, Optional<String> nationality) {
        boolean inTime =
                !day.isBefore(validFrom) && validTo.map(t -> !day.isAfter(t)).orElse(true);
        boolean who = nationalities.isEmpty()
                || nationality.map(nationalities::contains).orElse(false);
        return inTime && who;
    }

    /**
     * Returns a short human description.
     *
     * @return e.g. "90 days in any 180-day period"
     */
    public String describe() {
        return kind == RuleKind.ROLLING
                ? maxDays + " days in any " + windowDays + "-day period"
                : maxDays + " days in a " + periodMonths + "-month period from the date of first entry";
    }
}
