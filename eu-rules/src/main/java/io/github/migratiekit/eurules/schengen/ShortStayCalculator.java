package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * Computes the Schengen short-stay position of one traveller: control on a day, planning for an entry day, and the
 * worst window over a whole history.
 *
 * <p>The rule: "90 days in any 180-day period, which entails considering the 180-day period preceding each day of
 * stay" (Schengen Borders Code, Reg. (EU) 2016/399 art. 6(1)); the day of entry and the day of exit count; periods
 * authorised by a residence permit or long-stay visa do not count; only days in a State that fully applied the
 * Schengen acquis count ({@link SchengenMembership}). Formally, with P the set of counted days, {@code used(d) = |P ∩
 * [d-179, d]|} and a day of presence p is lawful iff {@code used(p) <= 90}. The rule in force on the day assessed
 * (and for the traveller's nationality) is selected from {@link ShortStayRules}; before 2013-10-18, and for some
 * nationalities after it, that is the older "3 months in 6 months from the date of first entry".
 *
 * <p>Unlike the European Commission's calculator, planning answers are also given for histories with past
 * overstays, excluded periods are supported, and the overstay figure {@code used - 90} is reported next to the
 * number of unlawful days, which is a different quantity (SEM example 6: figure 74, 117 unlawful days).
 *
 * <p>Algorithm: the counted days are kept as sorted merged intervals; a window count costs O(log n + k) for the k
 * intervals meeting the window, a maximum stay O(log 90) window counts, the unlawful-day sweep O(n) plus O(log n) per stretch where the limit may be exceeded. For
 * millions of travellers use {@link ShortStayBatch}. Immutable and thread-safe.
 */
public final class ShortStayCalculator {
    private static final ShortStayCalculator STANDARD =
            new ShortStayCalculator(SchengenMembership.standard(), ShortStayRules.standard());

    private final SchengenMembership membership;
    private final ShortStayRules rules;

    private ShortStayCalculator(SchengenMembership membership, ShortStayRules rules) {
        this.membership = membership;
        this.rules = rules;
    }

    /**
     * Returns the calculator with the bundled membership table and rules.
     *
     * @return the standard calculator
     */
    public static ShortStayCalculator standard() {
        return STANDARD;
    }

    /**
     * Creates a calculator with user-supplied data (e.g. a corrected membership date).
     *
     * @param membership the membership table
     * @param rules the rules
     * @return the calculator
     */
    public static ShortStayCalculator of(SchengenMembership membership, ShortStayRules rules) {
        Checks.nonNull(membership, "membership");
        Checks.nonNull(rules, "rules");
        return new ShortStayCalculator(membership, rules);
    }

    /**
     * Returns the membership table used.
     *
     * @return the table
     */
    public SchengenMembership membership() {
        return membership;
    }

    /**
     * Returns the rules used.
     *
     * @return the rules
     */
    public ShortStayRules rules() {
        return rules;
    }

    /**
     * Returns the counted days of presence as merged ranges.
     *
     * @param history the history
     * @return sorted disjoint non-adjacent ranges
     * @throws InvalidStayException if a stay names a State not in the membership table
     */
    public List<LocalDateRange> countedDays(TravelHistory history) {
        return new PreparedHistory(history, membership, rules, false).countedDays();
    }

    /**
     * Prepares a history for many queries: builds the counted-day intervals and the whole-history unlawful days once.
     *
     * @param history the history
     * @return the prepared history
     * @throws InvalidStayException if a stay names a State not in the membership table
     */
    public PreparedHistory prepare(TravelHistory history) {
        return new PreparedHistory(history, membership, rules);
    }

    /**
     * Checks the position on a day (the EC calculator's "control").
     *
     * <p>Days of presence are those recorded in the history; if the traveller is present on the control day, a
     * stay containing it should be in the history.
     *
     * @param history the history
     * @param date the control day
     * @return the days used and remaining, the window, the EC overstay figure, the unlawful days over the whole
     *     history and the latest allowed date
     * @throws InvalidStayException if the date is outside 1900–2200 or a stay names an unknown State
     */
    public ControlResult control(TravelHistory history, LocalDate date) {
        return prepare(history).control(date);
    }

    /**
     * Plans a stay (the EC calculator's "planning"), also for histories with past overstays.
     *
     * @param history the history
     * @param entry the planned day of entry
     * @param minDays the minimum stay for {@link PlanningResult#earliestEntry()}, 1 to 90
     * @return the maximum stay, the last allowed day, and the earliest entry for a stay of at least {@code minDays}
     * @throws InvalidStayException if the date is outside 1900–2200, {@code minDays} is outside 1–90 or a stay that
     *     can reach a window of the search (under the 90/180 rule: one ending at most 179 days before the entry, or
     *     later) names an unknown State; older stays are not read
     */
    public PlanningResult plan(TravelHistory history, LocalDate entry, int minDays) {
        return PreparedHistory.forPlanning(history, membership, rules, entry).plan(entry, minDays);
    }

    /**
     * Finds the 180-day window with the most days of stay over the whole history (the rolling rule in force on
     * 2013-10-18 and after; for another rule use {@link #worstWindow(TravelHistory, ShortStayRule)}).
     *
     * @param history the history
     * @return the earliest window with the most days, or empty if the history has no counted day
     */
    public Optional<WorstWindow> worstWindow(TravelHistory history) {
        ShortStayRule rolling = rules.rules().stream()
                .filter(r -> r.kind() == RuleKind.ROLLING)
                .findFirst()
                .orElseThrow(() -> new InvalidStayException("rules", "no rolling rule in the rule set"));
        return worstWindow(history, rolling);
    }

    /**
     * Finds the window of a rolling rule with the most days of stay over the whole history.
     *
     * @param history the history
     * @param rule a rule of kind {@link RuleKind#ROLLING}
     * @return the earliest window with the most days, or empty if the history has no counted day
     * @throws InvalidStayException if the rule is not rolling
     */
    public Optional<WorstWindow> worstWindow(TravelHistory history, ShortStayRule rule) {
        return new PreparedHistory(history, membership, rules, false).worstWindow(rule);
    }
}
