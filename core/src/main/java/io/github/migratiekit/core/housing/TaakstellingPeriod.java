package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;

/**
 * A taakstelling period: a calendar half year (1 January–30 June or 1 July–31 December), labelled as practitioners
 * write it, {@code 2025-I} or {@code 2025-II}.
 *
 * <p>For a half year starting on date S (Introductiedossier Migratie §4.5; Huisvestingswet 2014 arts. 28 ff.):
 *
 * <ul>
 *   <li>the taakstelling must be announced at the latest on S − 3 months ({@link #announcementDeadline()}: 1 October
 *       of the previous year for period I, 1 April for period II);
 *   <li>the national number is based on the permits expected from S − 3 months to S + 3 months, exclusive ({@link
 *       #permitWindow()}: 1 October–31 March for period I, 1 April–30 September for period II);
 *   <li>the housing period is the half year itself ({@link #housingPeriod()}).
 * </ul>
 *
 * <p>The cycle table printed in the Introductiedossier (2022-I: vaststelling 1 October 2021, permits October 2020 –
 * March 2021, housing January–June 2021) contradicts these rules; this class follows the rules.
 *
 * <p>Immutable and thread-safe; JSON form {@code {"half": "2025-H2"}}.
 *
 * @param half the half year
 */
public record TaakstellingPeriod(YearHalf half) {

    /**
     * Refuses a {@code null} value.
     *
     * @param half the half year
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public TaakstellingPeriod {
        Checks.nonNull(half, "taakstellingPeriod.half");
    }

    private static final Pattern LABEL = Pattern.compile("(\\d{4})\\s*-?\\s*(II|I|H1|H2|1|2)");

    /**
     * Creates the period of a half year.
     *
     * @param half the half year
     * @return the period
     */
    public static TaakstellingPeriod of(YearHalf half) {
        return new TaakstellingPeriod(half);
    }

    /**
     * Creates the period of a year and half (1 or 2).
     *
     * @param year the year
     * @param half 1 for January–June, 2 for July–December
     * @return the period
     * @throws InvalidHousingInputException if {@code half} is not 1 or 2
     */
    public static TaakstellingPeriod of(int year, int half) {
        if (half != 1 && half != 2) {
            throw new InvalidHousingInputException("period", "half must be 1 or 2, was " + half);
        }
        return new TaakstellingPeriod(YearHalf.of(year, half));
    }

    /**
     * Parses {@code 2025-I}, {@code 2025-II}, {@code 2025-H1}, {@code 2025-H2} (case-insensitive, spaces allowed).
     *
     * @param text the label
     * @return the period
     * @throws InvalidHousingInputException if the text is not such a label
     */
    public static TaakstellingPeriod parse(String text) {
        Checks.nonNull(text, "taakstellingPeriod");
        Matcher m = LABEL.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidHousingInputException(
                    "period", "expected a half year such as 2025-I, 2025-II or 2025-H2, got '" + text + "'");
        }
        String h = m.group(2);
        int half = h.equals("I") || h.equals("H1") || h.equals("1") ? 1 : 2;
        try {
            return of(Integer.parseInt(m.group(1)), half);
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidHousingInputException("period", "not a valid year in '" + text + "'");
        }
    }

    /**
     * Returns the practitioners' label.
     *
     * @return e.g. {@code "2025-II"}
     */
    public String label() {
        return half.getYear() + "-" + (half.getHalf().getValue() == 1 ? "I" : "II");
    }

    /**
     * Returns the first day of the housing period.
     *
     * @return 1 January or 1 July
     */
    public LocalDate start() {
        return half.atDay(1);
    }

    /**
     * Returns the latest date on which the taakstelling must be announced: three months before the start.
     *
     * @return 1 October of the previous year for period I, 1 April for period II
     */
    public LocalDate announcementDeadline() {
        return start().minusMonths(3);
    }

    /**
     * Returns the window of expected permits on which the national number is based: from three months before to
     * three months after the start, both days inclusive in the returned range.
     *
     * @return 1 October–31 March for period I, 1 April–30 September for period II
     */
    public LocalDateRange permitWindow() {
        return LocalDateRange.of(start().minusMonths(3), start().plusMonths(3));
    }

    /**
     * Returns the housing period, the half year itself.
     *
     * @return 1 January–30 June or 1 July–31 December
     */
    public LocalDateRange housingPeriod() {
        return LocalDateRange.ofClosed(start(), half.atEndOfHalf());
    }

    /**
     * Returns the next period.
     *
     * @return the following half year
     */
    public TaakstellingPeriod next() {
        return new TaakstellingPeriod(half.plusHalves(1));
    }

    /**
     * Returns the previous period.
     *
     * @return the preceding half year
     */
    public TaakstellingPeriod previous() {
        return new TaakstellingPeriod(half.minusHalves(1));
    }

    /**
     * Explains the period's dates.
     *
     * @return the steps: housing period, announcement deadline, permit window
     */
    public Explanation explanation() {
        LocalDateRange w = permitWindow();
        return Explanation.builder()
                .step(
                        "Taakstelling period " + label() + " is the calendar half year " + start() + " to "
                                + half.atEndOfHalf(),
                        HousingSources.INTRODUCTIEDOSSIER_4_5)
                .step(
                        "It must be announced at the latest three months before it starts: " + announcementDeadline(),
                        HousingSources.INTRODUCTIEDOSSIER_4_5)
                .step(
                        "The national number is based on permits expected from " + w.getStart() + " to "
                                + w.getEndInclusive() + " (three months before to three months after the start)",
                        HousingSources.INTRODUCTIEDOSSIER_4_5)
                .build();
    }

    @Override
    public String toString() {
        return label();
    }
}
