package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The penalty an administrative organ owes for a late decision on an application (dwangsom bij niet tijdig
 * beslissen), Awb art. 4:17.
 *
 * <p>The rule, version in force from 2009-10-01:
 *
 * <ul>
 *   <li>the first day owed is the day on which two weeks have passed after the day on which the decision period had
 *       ended and the organ had received a written notice of default (ingebrekestelling) — taken here as the day of
 *       receipt + 14 days (art. 4:17(3));
 *   <li>€23 a day for the first 14 days, €35 a day for the next 14, €45 a day for the rest (art. 4:17(2));
 *   <li>at most 42 days, so at most €1,442 (art. 4:17(1)); the Atw does not apply to this term.
 * </ul>
 *
 * <p>The article was amended on 2026-01-01; the amended text was not available for this release, so the amounts of
 * the 2009 version are applied to notices received from that date too, with a note in the explanation. For asylum
 * decisions the penalty was suspended by the Tijdelijke wet opschorting dwangsommen IND from 2020-07-10 (not
 * modelled: the caller decides whether the penalty applies to the procedure at hand).
 *
 * <p>Stateless and thread-safe.
 */
public final class LatePenalty {
    /** The largest number of days the penalty runs. */
    public static final int MAX_DAYS = 42;

    private static final LegalSource SOURCE_2009 = Sources.AWB_4_17;
    private static final LocalDate IN_FORCE = LocalDate.of(2009, 10, 1);
    private static final LocalDate AMENDED = LocalDate.of(2026, 1, 1);

    private LatePenalty() {}

    /**
     * The penalty accrued on a day.
     *
     * @param firstDayOwed the first day the penalty is owed
     * @param lastDayOwed the last day it can be owed (first day + 41)
     * @param daysOwed the number of days owed on {@code on}, 0 to 42
     * @param amountEuro the amount owed on {@code on}, in whole euro
     * @param explanation the steps with their sources
     */
    public record Result(
            LocalDate firstDayOwed, LocalDate lastDayOwed, long daysOwed, long amountEuro, Explanation explanation) {}

    /**
     * Computes the penalty accrued by a day.
     *
     * @param decisionDeadline the last day of the decision period
     * @param noticeReceived the day the organ received the written notice of default
     * @param on the day asked about (e.g. the day the decision was finally given, or today)
     * @return the penalty owed on {@code on}
     * @throws InvalidInputException if the notice was received on or before the last day of the decision period, or
     *     before 2009-10-01 when the rule came into force
     */
    public static Result accrued(LocalDate decisionDeadline, LocalDate noticeReceived, LocalDate on) {
        if (!noticeReceived.isAfter(decisionDeadline)) {
            throw new InvalidInputException(
                    "noticeReceived",
                    noticeReceived + " is not after the decision period ended on " + decisionDeadline
                            + "; a notice of default counts only after the period has ended ("
                            + SOURCE_2009.citation() + ")");
        }
        if (noticeReceived.isBefore(IN_FORCE)) {
            throw new InvalidInputException(
                    "noticeReceived",
                    noticeReceived + " is before " + IN_FORCE + ", when Awb art. 4:17 came into force");
        }
        Explanation.Builder why = Explanation.builder();
        why.fact("The decision period ended on " + decisionDeadline + "; the notice of default was received on "
                + noticeReceived + ".");
        LocalDate first = noticeReceived.plusDays(14);
        LocalDate last = first.plusDays(MAX_DAYS - 1);
        Optional<String> note = noticeReceived.isBefore(AMENDED)
                ? Optional.empty()
                : Optional.of("amended 2026-01-01; amended text not verified, 2009 amounts applied");
        LegalSource source = note.map(SOURCE_2009::withNote).orElse(SOURCE_2009);
        why.step(
                "Two weeks after receipt of the notice the penalty starts: first day owed " + first
                        + ", at most 42 days, so last day " + last + " (the Atw does not apply).",
                source.withArticle("art. 4:17(1) and (3)"));
        long days = Math.max(0, Math.min(MAX_DAYS, ChronoUnit.DAYS.between(first, on) + 1));
        long amount = amountForDays(days);
        why.step(
                "On " + on + ", " + days + " days are owed: " + breakdown(days) + " = €" + amount + ".",
                source.withArticle("art. 4:17(2)"));
        return new Result(first, last, days, amount, why.build());
    }

    /**
     * The amount for a number of days in default under art. 4:17(2).
     *
     * @param days the number of days, 0 to 42
     * @return the amount in euro
     * @throws InvalidInputException if days is negative or above 42
     */
    public static long amountForDays(long days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "must be between 0 and " + MAX_DAYS + ", was " + days);
        }
        long first = Math.min(days, 14);
        long second = Math.min(Math.max(days - 14, 0), 14);
        long third = Math.max(days - 28, 0);
        return first * 23 + second * 35 + third * 45;
    }

    private static String breakdown(long days) {
        long first = Math.min(days, 14);
        long second = Math.min(Math.max(days - 14, 0), 14);
        long third = Math.max(days - 28, 0);
        return String.join(" + ", List.of(first + " × €23", second + " × €35", third + " × €45"));
    }
}
