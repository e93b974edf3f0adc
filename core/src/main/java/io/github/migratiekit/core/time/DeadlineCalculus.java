package io.github.migratiekit.core.time;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;

/**
 * The ways the law counts a term from an event to its last day. Every calculus excludes the day of the event (the
 * term of four weeks from a decision announced on Thursday 12 March 2026 ends on Thursday 9 April 2026), adds weeks
 * and months by calendar and uses {@link EndOfMonthRule#LAST_DAY_OF_SHORTER_MONTH}; they differ in what happens
 * when the last day is not a working day.
 */
public enum DeadlineCalculus {
    /**
     * Dutch statutory terms: the end is the event date plus the term; a term that ends on a Saturday, Sunday or Atw
     * holiday runs to the next working day (Atw art. 1(1)), and a term of at least three days contains at least two
     * working days (Atw art. 2). The Atw does not apply to terms of more than 90 days, twelve weeks or three months
     * or of a year or more (art. 4(a)): those end on the computed date even if it is a holiday.
     */
    DUTCH_STATUTORY(Sources.ATW_1_1, true),
    /**
     * EU time limits under Regulation 1182/71 art. 3: the day of the event is not counted; a period in weeks, months
     * or years ends on the same weekday or date; a period whose last day is a Saturday, Sunday or public holiday
     * ends on the next working day of the Member State concerned (art. 3(4)); a period of two days or more contains
     * at least two working days (art. 3(5)).
     */
    EU_REGULATION_1182_71(Sources.REG_1182_71, true),
    /**
     * Dublin III art. 42: the day of the event is not counted (a); weeks and months end on the same weekday or date,
     * or on the last day of a shorter month (b); Saturdays, Sundays and official holidays are included, so a limit
     * never moves to a working day (c). The AMMR keeps the same rule.
     */
    DUBLIN_ART_42(Sources.DUBLIN_III_42, false);

    private final LegalSource source;
    private final boolean rollsToWorkingDay;

    DeadlineCalculus(LegalSource source, boolean rollsToWorkingDay) {
        this.source = source;
        this.rollsToWorkingDay = rollsToWorkingDay;
    }

    /**
     * Returns the legal source of this calculus.
     *
     * @return the source
     */
    public LegalSource source() {
        return source;
    }

    /**
     * Tells whether a last day that is not a working day moves to the next working day.
     *
     * @return true for the Dutch statutory and Regulation 1182/71 calculi
     */
    public boolean rollsToWorkingDay() {
        return rollsToWorkingDay;
    }

    /**
     * Returns the end-of-month rule of this calculus.
     *
     * @return always {@link EndOfMonthRule#LAST_DAY_OF_SHORTER_MONTH}
     */
    public EndOfMonthRule endOfMonthRule() {
        return EndOfMonthRule.LAST_DAY_OF_SHORTER_MONTH;
    }
}
