package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.legal.Explanation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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
        this.rules = rules;
        this.nationality = history.nationality();
        Explanation.Builder why = Explanation.builder();
        this.presence = Presence.of(history, membership, why);
        this.presenceSteps = why.build();
        int[] bad = sweep ? unlawful(presence, rules, nationality) : new int[] {0, Kernel.NONE};
        this.unlawfulDays = bad[0];
        this.firstUnlawful = bad[1];
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
        Presence p = presence;
        int d = Dates.epoch(date);
        int m = rule.maxDays();
        int used;
        int windowStart;
        int maxStay;
        if (rule.kind() == RuleKind.ROLLING) {
            windowStart = d - rule.windowDays() + 1;
            used = Kernel.used(p.starts, p.ends, 0, p.size, d, rule.windowDays());
            maxStay = Kernel.maxStay(p.starts, p.ends, 0, p.size, d, rule.windowDays(), m);
            why.step(
                    "Reference period " + Dates.day(windowStart) + " to " + date + " (the day of the control and the "
                            + (rule.windowDays() - 1) + " days before it): " + used
                            + " day(s) of stay, the days of entry and exit included.",
                    rule.source());
        } else {
            windowStart = FixedPeriodKernel.periodStart(p.starts, p.ends, 0, p.size, d, rule.periodMonths());
            used = Kernel.count(p.starts, p.ends, 0, p.size, windowStart, d);
            maxStay = FixedPeriodKernel.maxStay(p.starts, p.ends, 0, p.size, d, rule.periodMonths(), m);
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
        Presence p = presence;
        int x = Dates.epoch(entry);
        int maxStay;
        int earliest;
        if (rule.kind() == RuleKind.ROLLING) {
            maxStay = Kernel.maxStay(p.starts, p.ends, 0, p.size, x, rule.windowDays(), rule.maxDays());
            earliest = Kernel.earliestEntry(p.starts, p.ends, 0, p.size, x, minDays, rule.windowDays(), rule.maxDays());
            why.step(
                    "Each day of the planned stay must have at most " + rule.maxDays() + " days of stay in the "
                            + rule.windowDays() + " days ending on it: a stay from " + entry + " may last "
                            + maxStay + " day(s).",
                    rule.source());
        } else {
            maxStay = FixedPeriodKernel.maxStay(p.starts, p.ends, 0, p.size, x, rule.periodMonths(), rule.maxDays());
            earliest = FixedPeriodKernel.earliestEntry(
                    p.starts, p.ends, 0, p.size, x, minDays, rule.periodMonths(), rule.maxDays());
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

    /** Unlawful days over the whole history, each day assessed under the rule selected for it. */
    private static int[] unlawful(Presence p, ShortStayRules rules, Optional<String> nationality) {
        int[] result = {0, Kernel.NONE};
        if (p.size == 0) {
            return result;
        }
        int lo = p.starts[0];
        int hi = p.ends[p.size - 1];
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(lo);
        for (ShortStayRule r : rules.rules()) {
            int from = Dates.epoch(r.validFrom());
            if (from > lo && from <= hi) {
                cuts.add(from);
            }
            if (r.validTo().isPresent()) {
                int after = Dates.epoch(r.validTo().get()) + 1;
                if (after > lo && after <= hi) {
                    cuts.add(after);
                }
            }
        }
        List<Integer> c = new ArrayList<>(cuts);
        int[] out = new int[2];
        for (int k = 0; k < c.size(); k++) {
            int from = c.get(k);
            int to = k + 1 < c.size() ? c.get(k + 1) - 1 : hi;
            ShortStayRule r = rules.ruleFor(Dates.day(from), nationality);
            if (r.kind() == RuleKind.ROLLING) {
                Kernel.unlawful(p.starts, p.ends, 0, p.size, r.windowDays(), r.maxDays(), from, to, out);
            } else {
                FixedPeriodKernel.unlawful(p.starts, p.ends, 0, p.size, r.periodMonths(), r.maxDays(), from, to, out);
            }
            result[0] += out[0];
            if (result[1] == Kernel.NONE && out[1] != Kernel.NONE) {
                result[1] = out[1];
            }
        }
        return result;
    }
}
