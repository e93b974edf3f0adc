package io.github.migratiekit.eurules.schengen;

/**
 * The numbers of control and planning on counted days, without explanations: the one place where a rule of either
 * kind is applied, used by {@link PreparedHistory} (which adds the explanation) and by the streaming batch ({@link
 * ShortStayStream}), so that both give the same answer.
 */
final class Assessment {
    private Assessment() {}

    /**
     * Control on day {@code d} under {@code rule}.
     *
     * @param out receives {@code [daysUsed, windowStart, maxStay]}
     */
    static void control(Presence p, ShortStayRule rule, int d, int[] out) {
        int m = rule.maxDays();
        if (rule.kind() == RuleKind.ROLLING) {
            out[0] = Kernel.used(p.starts, p.ends, 0, p.size, d, rule.windowDays());
            out[1] = d - rule.windowDays() + 1;
            out[2] = Kernel.maxStay(p.starts, p.ends, 0, p.size, d, rule.windowDays(), m);
        } else {
            int start = FixedPeriodKernel.periodStart(p.starts, p.ends, 0, p.size, d, rule.periodMonths());
            out[0] = Kernel.count(p.starts, p.ends, 0, p.size, start, d);
            out[1] = start;
            out[2] = FixedPeriodKernel.maxStay(p.starts, p.ends, 0, p.size, d, rule.periodMonths(), m);
        }
    }

    /**
     * Planning an entry on day {@code x} under {@code rule}.
     *
     * @param out receives {@code [maxStay, earliestEntry]}
     */
    static void plan(Presence p, ShortStayRule rule, int x, int minDays, int[] out) {
        if (rule.kind() == RuleKind.ROLLING) {
            out[0] = Kernel.maxStay(p.starts, p.ends, 0, p.size, x, rule.windowDays(), rule.maxDays());
            out[1] = Kernel.earliestEntry(p.starts, p.ends, 0, p.size, x, minDays, rule.windowDays(), rule.maxDays());
        } else {
            out[0] = FixedPeriodKernel.maxStay(p.starts, p.ends, 0, p.size, x, rule.periodMonths(), rule.maxDays());
            out[1] = FixedPeriodKernel.earliestEntry(
                    p.starts, p.ends, 0, p.size, x, minDays, rule.periodMonths(), rule.maxDays());
        }
    }

    /**
     * Unlawful days over the whole history, each day assessed under the rule in force on it.
     *
     * @param out receives {@code [unlawfulDays, firstUnlawfulDay or Kernel.NONE]}
     * @param scratch two ints of working space
     */
    static void unlawful(Presence p, RuleTimeline timeline, int[] out, int[] scratch) {
        out[0] = 0;
        out[1] = Kernel.NONE;
        if (p.size == 0) {
            return;
        }
        int lo = p.starts[0];
        int hi = p.ends[p.size - 1];
        for (int k = timeline.segment(lo); k < timeline.segments() && timeline.start(k) <= hi; k++) {
            int from = Math.max(lo, timeline.start(k));
            int to = Math.min(hi, timeline.end(k));
            ShortStayRule r = timeline.rule(k, from);
            if (r.kind() == RuleKind.ROLLING) {
                Kernel.unlawful(p.starts, p.ends, 0, p.size, r.windowDays(), r.maxDays(), from, to, scratch);
            } else {
                FixedPeriodKernel.unlawful(
                        p.starts, p.ends, 0, p.size, r.periodMonths(), r.maxDays(), from, to, scratch);
            }
            out[0] += scratch[0];
            if (out[1] == Kernel.NONE && scratch[1] != Kernel.NONE) {
                out[1] = scratch[1];
            }
        }
    }
}
