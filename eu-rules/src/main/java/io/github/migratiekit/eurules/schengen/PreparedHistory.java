package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.legal.Explanation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * A travel history prepared for many queries: its counted days as sorted merged intervals, and the unlawful days
 * over the whole history (which do not depend on the query day), computed once by {@link
 * ShortStayCalculator#prepare(TravelHistory)}. Each {@link #control(LocalDate)} or {@link #plan(LocalDate, int)} then
 * costs O(log n + k) window counts for the k intervals meeting a window. Immutable and thread-safe.
 */
public final class PreparedHistory {
    private final ShortStayRules rules;
    private final Optional<String> nationality;
    private final Presence presence;
    private final Explanation presenceSteps;
    private final int unlawfulDays;
    private final int firstUnlawful;

    PreparedHistory(TravelHistory history, SchengenMembership membership, ShortStayRules rules) {
        this(history, membership, rules, true);
    }

    /** With {@code sweep} false the whole-history unlawful days are not computed (for a single planning query). */
    PreparedHistory(TravelHistory history, SchengenMembership membership, ShortStayRules rules, boolean sweep) {
        this(history, membership, rules, sweep, Dates.MIN);
    }

    private PreparedHistory(
            TravelHistory history,
            SchengenMembership membership,
            ShortStayRules rules,
            boolean sweep,
            LocalDate keepFrom) {
        this.rules = rules;
        this.nationality = history.nationality();
        Explanation.Builder why = Explanation.builder();
        this.presence = Presence.of(history, membership, why, keepFrom);
        this.presenceSteps = why.build();
        int[] bad = {0, Kernel.NONE};
        if (sweep) {
            Assessment.unlawful(presence, RuleTimeline.of(rules, nationality), bad, new int[2]);
        }
        this.unlawfulDays = bad[0];
        this.firstUnlawful = bad[1];
    }

    /**
     * A history prepared for one planning query on {@code entry}: under a rolling rule only the stays that can fall
     * in a window of the search (those ending on or after {@code entry - W + 1}) are turned into intervals, so the
     * cost does not grow with the length of the history before that.
     */
    static PreparedHistory forPlanning(
            TravelHistory history, SchengenMembership membership, ShortStayRules rules, LocalDate entry) {
        Dates.check("entry", entry);
        ShortStayRule rule = rules.ruleFor(entry, history.nationality());
        LocalDate keepFrom = rule.kind() == RuleKind.ROLLING ? entry.minusDays(rule.windowDays() - 1L) : Dates.MIN;
        return new PreparedHistory(history, membership, rules, false, keepFrom);
    }

    /**
     * Returns the counted days of presence as merged ranges.
     *
     * @return sorted disjoint non-adjacent ranges
     */
    public List<LocalDateRange> countedDays() {
        return presence.ranges();
    }

    /**
     * Checks the position on a day; see {@link ShortStayCalculator#control(TravelHistory, LocalDate)}.
     *
     * @param date the control day
     * @return the control result
     * @throws InvalidStayException if the date is outside 1900–2200 or no rule applies to it
     */
    public ControlResult control(LocalDate date) {
        Dates.check("date", date);
        Explanation.Builder why = Explanation.builder();
        ShortStayRule rule = rules.ruleFor(date, nationality);
        why.step("Rule in force on " + date + ": " + rule.describe() + " (" + rule.id() + ").", rule.source());
        why.addAll(presenceSteps);
        int d = Dates.epoch(date);
        int m = rule.maxDays();
        int[] numbers = new int[3];
        Assessment.control(presence, rule, d, numbers);
        int used = numbers[0];
        int windowStart = numbers[1];
        int maxStay = numbers[2];
        if (rule.kind() == RuleKind.ROLLING) {
            why.step(
                    "Reference period " + Dates.day(windowStart) + " to " + date + " (the day of the control and the "
                            + (rule.windowDays() - 1) + " days before it): " + used
                            + " day(s) of stay, the days of entry and exit included.",
                    rule.source());
        } else {
            why.step(
                    "Period from the date of first entry " + Dates.day(windowStart) + " to " + date + ": " + used
                            + " day(s) of stay.",
                    SchengenSources.BOT);
        }
        int remaining = Math.max(0, m - used);
        int overstay = Math.max(0, used - m);
        why.step(remaining + " of " + m + " day(s) remain in that period.", rule.source());
        if (overstay > 0) {
            why.step(
                    "Overstay figure as the EC calculator shows it: " + used + " - " + m + " = " + overstay
                            + " day(s). This is not the number of unlawful days.",
                    SchengenSources.EC_MANUAL);
        }
        int[] bad = {unlawfulDays, firstUnlawful};
        Optional<LocalDate> firstBad = bad[1] == Kernel.NONE ? Optional.empty() : Optional.of(Dates.day(bad[1]));
        why.step(
                bad[0] == 0
                        ? "Over the whole history no day of presence exceeded the limit."
                        : "Over the whole history " + bad[0] + " day(s) of presence exceeded the limit (each assessed"
                                + " under the rule in force that day), the first on " + firstBad.orElseThrow() + ".",
                SchengenSources.SBC_6_1);
        Optional<LocalDate> latest = maxStay == 0 ? Optional.empty() : Optional.of(Dates.day(d + maxStay - 1));
        why.step(
                latest.map(l -> "Staying on from " + date + ", the last lawful day is " + l + ".")
                        .orElse("A stay on " + date + " itself exceeds the limit."),
                rule.source());
        return new ControlResult(
                date,
                rule.id(),
                used,
                remaining,
                Dates.day(windowStart),
                date,
                overstay,
                bad[0],
                firstBad,
                latest,
                why.build());
    }

    /**
     * Plans a stay; see {@link ShortStayCalculator#plan(TravelHistory, LocalDate, int)}.
     *
     * @param entry the planned day of entry
     * @param minDays the minimum stay for the earliest entry, 1 to 90
     * @return the planning result
     * @throws InvalidStayException if the date or {@code minDays} is out of range
     */
    public PlanningResult plan(LocalDate entry, int minDays) {
        Dates.check("entry", entry);
        Explanation.Builder why = Explanation.builder();
        ShortStayRule rule = rules.ruleFor(entry, nationality);
        if (minDays < 1 || minDays > rule.maxDays()) {
            throw new InvalidStayException("minDays", "must be between 1 and " + rule.maxDays() + ", was " + minDays);
        }
        why.step("Rule in force on " + entry + ": " + rule.describe() + " (" + rule.id() + ").", rule.source());
        why.addAll(presenceSteps);
        int x = Dates.epoch(entry);
        int[] numbers = new int[2];
        Assessment.plan(presence, rule, x, minDays, numbers);
        int maxStay = numbers[0];
        int earliest = numbers[1];
        if (rule.kind() == RuleKind.ROLLING) {
            why.step(
                    "Each day of the planned stay must have at most " + rule.maxDays() + " days of stay in the "
                            + rule.windowDays() + " days ending on it: a stay from " + entry + " may last "
                            + maxStay + " day(s).",
                    rule.source());
        } else {
            why.step(
                    "Days counted in the period from the date of first entry: a stay from " + entry + " may last "
                            + maxStay + " day(s).",
                    SchengenSources.BOT);
        }
        Optional<LocalDate> last = maxStay == 0 ? Optional.empty() : Optional.of(entry.plusDays(maxStay - 1L));
        why.step(
                "The first day on or after " + entry + " from which a stay of at least " + minDays + " day(s) is"
                        + " lawful: " + Dates.day(earliest) + ".",
                rule.source());
        if (!rules.ruleFor(Dates.day(earliest), nationality).id().equals(rule.id())) {
            why.fact("Note: a different rule applies on " + Dates.day(earliest) + "; the earliest entry was computed"
                    + " under the rule of " + entry + ".");
        }
        return new PlanningResult(entry, rule.id(), maxStay, last, minDays, Dates.day(earliest), why.build());
    }

    /**
     * Finds the window of a rolling rule with the most days of stay over the whole history.
     *
     * @param rule a rule of kind {@link RuleKind#ROLLING}
     * @return the earliest window with the most days, or empty if the history has no counted day
     * @throws InvalidStayException if the rule is not rolling
     */
    public Optional<WorstWindow> worstWindow(ShortStayRule rule) {
        if (rule.kind() != RuleKind.ROLLING) {
            throw new InvalidStayException("rule", rule.id() + " is not a rolling-window rule");
        }
        Presence p = presence;
        long w = Kernel.worst(p.starts, p.ends, 0, p.size, rule.windowDays());
        if (w < 0) {
            return Optional.empty();
        }
        int days = (int) (w >>> 32);
        int end = (int) w;
        return Optional.of(
                new WorstWindow(Dates.day(end - rule.windowDays() + 1), Dates.day(end), days, rule.maxDays()));
    }
}
