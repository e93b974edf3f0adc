package io.github.migratiekit.eurules.schengen;

/** The two ways the short-stay limit has been defined. */
public enum RuleKind {
    /**
     * At most {@code maxDays} days in the {@code windowDays} days ending on each day of stay (the moving 180-day
     * reference period; Schengen Borders Code art. 6(1) from 2013-10-18).
     */
    ROLLING,
    /**
     * At most {@code maxDays} days in a period of {@code periodMonths} months from the date of first entry; a new
     * period starts with the first day of presence after the previous one ended (CJEU C-241/05 Bot). The rule before
     * 2013-10-18, kept by some 2009 visa-waiver agreements.
     */
    FIXED_FROM_FIRST_ENTRY
}
