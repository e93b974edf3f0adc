package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.legal.Explanation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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
 * intervals meeting the window, a maximum stay O(log 90) window counts, the unlawful-day sweep O(n log n). For
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
        return Presence.of(history, membership, Explanation.builder()).ranges();
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
        Dates.check("date", date);
        Explanation.Builder why = Explanation.builder();
        ShortStayRule rule = rules.ruleFor(date, history.nationality());
        why.step("Rule in force on " + date + ": " + rule.describe() + " (" + rule.id() + ").", rule.source());
        Presence p = Presence.of(history, membership, why);
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
        int[] bad = unlawful(p, history.nationality());
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
     * Plans a stay (the EC calculator's "planning"), also for histories with past overstays.
     *
     * @param history the history
     * @param entry the planned day of entry
     * @param minDays the minimum stay for {@link PlanningResult#earliestEntry()}, 1 to 90
     * @return the maximum stay, the last allowed day, and the earliest entry for a stay of at least {@code minDays}
     * @throws InvalidStayException if the date is outside 1900–2200, {@code minDays} is outside 1–90 or a stay names
     *     an unknown State
     */
    public PlanningResult plan(TravelHistory history, LocalDate entry, int minDays) {
        Dates.check("entry", entry);
        Explanation.Builder why = Explanation.builder();
        ShortStayRule rule = rules.ruleFor(entry, history.nationality());
        if (minDays < 1 || minDays > rule.maxDays()) {
            throw new InvalidStayException("minDays", "must be between 1 and " + rule.maxDays() + ", was " + minDays);
        }
        why.step("Rule in force on " + entry + ": " + rule.describe() + " (" + rule.id() + ").", rule.source());
        Presence p = Presence.of(history, membership, why);
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
        if (!rules.ruleFor(Dates.day(earliest), history.nationality()).id().equals(rule.id())) {
            why.fact("Note: a different rule applies on " + Dates.day(earliest) + "; the earliest entry was computed"
                    + " under the rule of " + entry + ".");
        }
        return new PlanningResult(entry, rule.id(), maxStay, last, minDays, Dates.day(earliest), why.build());
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
        if (rule.kind() != RuleKind.ROLLING) {
            throw new InvalidStayException("rule", rule.id() + " is not a rolling-window rule");
        }
        Presence p = Presence.of(history, membership, Explanation.builder());
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
    private int[] unlawful(Presence p, Optional<String> nationality) {
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
