package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.legal.Verification;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The penalty an administrative organ owes for a late decision on an application (dwangsom bij niet tijdig
 * beslissen), Awb art. 4:17, with its amounts selected by the day the notice of default was received.
 *
 * <p>The rule (Wet dwangsom en beroep bij niet tijdig beslissen, in force from 2009-10-01):
 *
 * <ul>
 *   <li>the first day owed is the day on which two weeks have passed after the day on which the decision period had
 *       ended and the organ had received a written notice of default (ingebrekestelling) — taken here as the day of
 *       receipt + 14 days (art. 4:17(3));
 *   <li>per day, for the first 14 days, the next 14 and the rest (art. 4:17(2)): €20/€30/€40 for notices received
 *       from 2009-10-01 to 2018-12-31 (at most €1,260; text of the 2015 consolidation, verified); €23/€35/€45 for
 *       notices received from 2019-01-01 (at most €1,442; indexation, Stcrt. 2018, 65542, known from secondary
 *       copies); the article was amended again on 2026-01-01, most likely only in its reference to electronic
 *       notices: the 2019 amounts are applied to later notices with an {@code unverified} status;
 *   <li>at most 42 days (art. 4:17(1)); the Atw does not apply to this term.
 * </ul>
 *
 * <p>For decisions on asylum residence permits (Vw 2000 art. 28) art. 4:17 does not apply from 2020-07-10
 * (Tijdelijke wet opschorting dwangsommen IND, art. 1, Stb. 2020, 242), unless the decision period had already
 * expired before that day (art. 3): {@link #accrued(String, LocalDate, LocalDate, LocalDate)} takes the procedure
 * and says so.
 *
 * <p>Stateless and thread-safe.
 */
public final class LatePenalty {
    /** The largest number of days the penalty runs. */
    public static final int MAX_DAYS = 42;

    private static final LocalDate IN_FORCE = LocalDate.of(2009, 10, 1);
    private static final LocalDate INDEXED = LocalDate.of(2019, 1, 1);
    private static final LocalDate AMENDED = LocalDate.of(2026, 1, 1);
    private static final LocalDate SUSPENDED_FOR_ASYLUM = LocalDate.of(2020, 7, 10);

    /** The amounts of 2009-10-01 to 2018-12-31. */
    static final LegalSource SOURCE_2009 = Sources.AWB_4_17.withVerification(
            Verification.VERIFIED,
            "\"De dwangsom bedraagt de eerste veertien dagen € 20 per dag, de daaropvolgende veertien dagen € 30 per"
                    + " dag en de overige dagen € 40 per dag\" (BWBR0005537, consolidation 2015-11-26)");
    /** The indexed amounts from 2019-01-01. */
    static final LegalSource SOURCE_2019 = Sources.AWB_4_17.withVerification(
            Verification.SECONDARY,
            "€ 23, € 35 and € 45 per day from 2019-01-01 (Stcrt. 2018, 65542), as reproduced by secondary copies"
                    + " of the consolidated text and applied in ECLI:NL:RBDHA:2025:13865 (€ 1,442)");
    /** The version from 2026-01-01, whose text was not read. */
    static final LegalSource SOURCE_2026 = Sources.AWB_4_17.withVerification(
            Verification.UNVERIFIED,
            "amended 2026-01-01 (probably the Wet modernisering elektronisch bestuurlijk verkeer, Stb. 2023, 183);"
                    + " the amended text was not read, so the 2019 amounts are applied");
    /** Tijdelijke wet opschorting dwangsommen IND. */
    static final LegalSource TEMPORARY_ACT = LegalSource.of(
                    "Tijdelijke wet opschorting dwangsommen IND", "art. 1 and 3", "Stb. 2020, 242")
            .withVerification(
                    Verification.VERIFIED,
                    "\"De artikelen 4:17 tot en met 4:19 ... zijn niet van toepassing op besluiten op aanvragen tot"
                            + " het verlenen van een verblijfsvergunning asiel voor bepaalde tijd\"; in force"
                            + " 2020-07-10 (Kamerstuk 35 749, nr. 3)");

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
            LocalDate firstDayOwed, LocalDate lastDayOwed, long daysOwed, long amountEuro, Explanation explanation) {

        /**
         * Refuses a {@code null} value.
         *
         * @param firstDayOwed the first day the penalty is owed
         * @param lastDayOwed the last day it can be owed (first day + 41)
         * @param daysOwed the number of days owed on {@code on}, 0 to 42
         * @param amountEuro the amount owed on {@code on}, in whole euro
         * @param explanation the steps with their sources
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public Result {
            Checks.nonNull(firstDayOwed, "result.firstDayOwed");
            Checks.nonNull(lastDayOwed, "result.lastDayOwed");
            Checks.nonNull(explanation, "result.explanation");
        }
    }

    /**
     * Computes the penalty accrued by a day, for a procedure to which art. 4:17 applies.
     *
     * @param decisionDeadline the last day of the decision period
     * @param noticeReceived the day the organ received the written notice of default
     * @param on the day asked about (e.g. the day the decision was finally given, or today)
     * @return the penalty owed on {@code on}, with the amounts in force when the notice was received
     * @throws InvalidInputException if an argument is null, the notice was received on or before the last day of the
     *     decision period, or before 2009-10-01 when the rule came into force
     */
    public static Result accrued(LocalDate decisionDeadline, LocalDate noticeReceived, LocalDate on) {
        requireDates(decisionDeadline, noticeReceived, on);
        Explanation.Builder why = Explanation.builder();
        why.fact("The decision period ended on " + decisionDeadline + "; the notice of default was received on "
                + noticeReceived + ".");
        return compute(noticeReceived, on, why);
    }

    /**
     * Computes the penalty accrued by a day in a named procedure: for an asylum decision ({@code "asylum"} and
     * {@code "asylum-dublin-examined"}) the penalty does not apply when the decision period expired on or after
     * 2020-07-10 (Tijdelijke wet opschorting dwangsommen IND): the result is then zero days and €0, and its
     * explanation says why.
     *
     * @param procedure the procedure id of {@link ProcedureTerms}, e.g. {@code "regular"} or {@code "asylum"}
     * @param decisionDeadline the last day of the decision period
     * @param noticeReceived the day the organ received the written notice of default
     * @param on the day asked about
     * @return the penalty owed on {@code on}
     * @throws InvalidInputException as {@link #accrued(LocalDate, LocalDate, LocalDate)}, or if procedure is null
     */
    public static Result accrued(String procedure, LocalDate decisionDeadline, LocalDate noticeReceived, LocalDate on) {
        if (procedure == null) {
            throw new InvalidInputException("procedure", "must not be null");
        }
        requireDates(decisionDeadline, noticeReceived, on);
        Explanation.Builder why = Explanation.builder();
        why.fact("The decision period ended on " + decisionDeadline + "; the notice of default was received on "
                + noticeReceived + ".");
        boolean asylum = procedure.equals("asylum") || procedure.equals("asylum-dublin-examined");
        if (asylum && !decisionDeadline.isBefore(SUSPENDED_FOR_ASYLUM)) {
            why.step(
                    "No penalty: Awb art. 4:17 does not apply to decisions on asylum residence permits whose decision"
                            + " period had not expired before " + SUSPENDED_FOR_ASYLUM + "; the court may set a"
                            + " penalty of its own on an appeal against the late decision (Awb art. 8:55d).",
                    TEMPORARY_ACT);
            LocalDate first = noticeReceived.plusDays(14);
            return new Result(first, first.plusDays(MAX_DAYS - 1), 0, 0, why.build());
        }
        if (asylum) {
            why.step(
                    "The asylum decision period expired before " + SUSPENDED_FOR_ASYLUM
                            + ": the penalty still applies (transitional rule).",
                    TEMPORARY_ACT.withArticle("art. 3"));
        }
        return compute(noticeReceived, on, why);
    }

    private static void requireDates(LocalDate decisionDeadline, LocalDate noticeReceived, LocalDate on) {
        if (decisionDeadline == null) {
            throw new InvalidInputException("decisionDeadline", "must not be null");
        }
        if (noticeReceived == null) {
            throw new InvalidInputException("noticeReceived", "must not be null");
        }
        if (on == null) {
            throw new InvalidInputException("on", "must not be null");
        }
        if (!noticeReceived.isAfter(decisionDeadline)) {
            throw new InvalidInputException(
                    "noticeReceived",
                    noticeReceived + " is not after the decision period ended on " + decisionDeadline
                            + "; a notice of default counts only after the period has ended ("
                            + Sources.AWB_4_17.shortCitation() + ")");
        }
        if (noticeReceived.isBefore(IN_FORCE)) {
            throw new InvalidInputException(
                    "noticeReceived",
                    noticeReceived + " is before " + IN_FORCE + ", when Awb art. 4:17 came into force");
        }
    }

    private static Result compute(LocalDate noticeReceived, LocalDate on, Explanation.Builder why) {
        LegalSource source = sourceFor(noticeReceived);
        LocalDate first = noticeReceived.plusDays(14);
        LocalDate last = first.plusDays(MAX_DAYS - 1);
        why.step(
                "Two weeks after receipt of the notice the penalty starts: first day owed " + first
                        + ", at most 42 days, so last day " + last + " (the Atw does not apply).",
                source.withArticle("art. 4:17(1) and (3)"));
        long days = Math.max(0, Math.min(MAX_DAYS, ChronoUnit.DAYS.between(first, on) + 1));
        int[] rates = rates(noticeReceived);
        long amount = amount(days, rates);
        why.step(
                "On " + on + ", " + days + " days are owed at the amounts for notices received from "
                        + (noticeReceived.isBefore(INDEXED) ? IN_FORCE : INDEXED) + ": " + breakdown(days, rates)
                        + " = €" + amount + ".",
                source.withArticle("art. 4:17(2)"));
        return new Result(first, last, days, amount, why.build());
    }

    private static LegalSource sourceFor(LocalDate noticeReceived) {
        if (noticeReceived.isBefore(INDEXED)) {
            return SOURCE_2009;
        }
        return noticeReceived.isBefore(AMENDED) ? SOURCE_2019 : SOURCE_2026;
    }

    private static int[] rates(LocalDate noticeReceived) {
        return noticeReceived.isBefore(INDEXED) ? new int[] {20, 30, 40} : new int[] {23, 35, 45};
    }

    /**
     * The amount for a number of days in default under art. 4:17(2) at the amounts in force from 2019-01-01
     * (€23/€35/€45).
     *
     * @param days the number of days, 0 to 42
     * @return the amount in euro
     * @throws InvalidInputException if days is negative or above 42
     */
    public static long amountForDays(long days) {
        return amount(days, new int[] {23, 35, 45});
    }

    /**
     * The amount for a number of days in default under art. 4:17(2), at the amounts in force on the day the notice of
     * default was received.
     *
     * @param days the number of days, 0 to 42
     * @param noticeReceived the day the notice of default was received, from 2009-10-01
     * @return the amount in euro
     * @throws InvalidInputException if days is negative or above 42, or the day is null or before 2009-10-01
     */
    public static long amountForDays(long days, LocalDate noticeReceived) {
        if (noticeReceived == null) {
            throw new InvalidInputException("noticeReceived", "must not be null");
        }
        if (noticeReceived.isBefore(IN_FORCE)) {
            throw new InvalidInputException(
                    "noticeReceived",
                    noticeReceived + " is before " + IN_FORCE + ", when Awb art. 4:17 came into force");
        }
        return amount(days, rates(noticeReceived));
    }

    private static long amount(long days, int[] rates) {
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "must be between 0 and " + MAX_DAYS + ", was " + days);
        }
        long first = Math.min(days, 14);
        long second = Math.min(Math.max(days - 14, 0), 14);
        long third = Math.max(days - 28, 0);
        return first * rates[0] + second * rates[1] + third * rates[2];
    }

    private static String breakdown(long days, int[] rates) {
        long first = Math.min(days, 14);
        long second = Math.min(Math.max(days - 14, 0), 14);
        long third = Math.max(days - 28, 0);
        return String.join(
                " + ", List.of(first + " × €" + rates[0], second + " × €" + rates[1], third + " × €" + rates[2]));
    }
}
