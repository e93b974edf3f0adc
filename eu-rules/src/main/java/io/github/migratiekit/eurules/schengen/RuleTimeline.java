package io.github.migratiekit.eurules.schengen;

import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The rule in force on each day for one nationality, as sorted segments: the days on which any rule starts or stops
 * applying cut the calendar, and within a segment {@link ShortStayRules#ruleFor(java.time.LocalDate, Optional)} gives
 * the same rule on every day. Built once per rule set and nationality; immutable.
 */
final class RuleTimeline {
    /** First day of each segment, ascending; {@code from[0]} is the first supported day. */
    private final int[] from;
    /** The rule of each segment, or null where no rule applies. */
    private final @Nullable ShortStayRule[] rule;

    private RuleTimeline(int[] from, @Nullable ShortStayRule[] rule) {
        this.from = from;
        this.rule = rule;
    }

    static RuleTimeline of(ShortStayRules rules, Optional<String> nationality) {
        int min = Dates.epoch(Dates.MIN);
        int max = Dates.epoch(Dates.MAX);
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(min);
        for (ShortStayRule r : rules.rules()) {
            int start = Dates.epoch(r.validFrom());
            if (start > min && start <= max) {
                cuts.add(start);
            }
            if (r.validTo().isPresent()) {
                long after = r.validTo().get().toEpochDay() + 1;
                if (after > min && after <= max) {
                    cuts.add((int) after);
                }
            }
        }
        int[] from = cuts.stream().mapToInt(Integer::intValue).toArray();
        @Nullable ShortStayRule[] rule = new ShortStayRule[from.length];
        for (int k = 0; k < from.length; k++) {
            try {
                rule[k] = rules.ruleFor(Dates.day(from[k]), nationality);
            } catch (InvalidStayException e) {
                rule[k] = null;
            }
        }
        return new RuleTimeline(from, rule);
    }

    /** The index of the segment holding a day (days before the first segment belong to it). */
    int segment(int day) {
        int k = Arrays.binarySearch(from, day);
        return k >= 0 ? k : Math.max(0, -k - 2);
    }

    int segments() {
        return from.length;
    }

    int start(int segment) {
        return from[segment];
    }

    /** The last day of a segment. */
    int end(int segment) {
        return segment + 1 < from.length ? from[segment + 1] - 1 : Integer.MAX_VALUE;
    }

    /**
     * The rule of a segment.
     *
     * @throws InvalidStayException as {@link ShortStayRules#ruleFor} if no rule applies
     */
    ShortStayRule rule(int segment, int day) {
        ShortStayRule r = rule[segment];
        if (r == null) {
            throw new InvalidStayException("date", "no short-stay rule applies to " + Dates.day(day));
        }
        return r;
    }

    /** The rule in force on a day; see {@link ShortStayRules#ruleFor}. */
    ShortStayRule at(int day) {
        return rule(segment(day), day);
    }
}
