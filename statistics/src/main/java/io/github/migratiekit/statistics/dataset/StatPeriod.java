package io.github.migratiekit.statistics.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an observation refers to: a year ({@code "2023"}), a half year ({@code "2023-H2"}), a quarter
 * ({@code "2024-Q1"}), a month ({@code "2023-07"}), or a reference date for stocks ({@code "2024-01-01"}).
 *
 * <p>Ordered by start date, then by length (a year sorts before its first half). Immutable; JSON form is the text.
 *
 * @param kind the granularity: a reference date, month, quarter, half year or year
 * @param start the first day of the period (the day itself for a reference date)
 */
public record StatPeriod(Kind kind, LocalDate start) implements Comparable<StatPeriod> {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Comparator<StatPeriod> ORDER =
            Comparator.comparing(StatPeriod::start).thenComparing(p -> -p.kind().ordinal());

    /** The granularity of a period. */
    public enum Kind {
        /** A reference date (peildatum) of a stock. */
        DATE,
        /** A calendar month. */
        MONTH,
        /** A calendar quarter. */
        QUARTER,
        /** A half year (e.g. a taakstelling period). */
        HALF_YEAR,
        /** A calendar year. */
        YEAR
    }

    /**
     * Validates that the start is aligned with the kind.
     *
     * @param kind the granularity: a reference date, month, quarter, half year or year
     * @param start the first day of the period (the day itself for a reference date)
     * @throws InvalidDatasetException if the start is not the first day of the period, or its year is outside
     *     1800–2200
     */
    public StatPeriod {
        Checks.nonNull(kind, "statPeriod.kind");
        Checks.nonNull(start, "statPeriod.start");
        boolean ok =
                switch (kind) {
                    case DATE -> true;
                    case MONTH -> start.getDayOfMonth() == 1;
                    case QUARTER -> start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0;
                    case HALF_YEAR -> start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 6 == 0;
                    case YEAR -> start.getDayOfYear() == 1;
                };
        if (!ok) {
            throw new InvalidDatasetException("period", start + " is not the first day of a " + kind);
        }
        checkYear(start.getYear());
    }

    /** The years a statistical period may lie in (four-digit years, as the text form writes them). */
    static final int MIN_YEAR = 1800;

    /** See {@link #MIN_YEAR}. */
    static final int MAX_YEAR = 2200;

    private static void checkYear(int year) {
        // found by fuzzing: '0804' was read as the year 804 and written back as '804', which does not read
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidDatasetException("period", "year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
    }

    /**
     * Returns a calendar year.
     *
     * @param year the year
     * @return the period
     * @throws InvalidDatasetException if the year is outside 1800–2200
     */
    public static StatPeriod year(int year) {
        checkYear(year);
        return new StatPeriod(Kind.YEAR, LocalDate.of(year, 1, 1));
    }

    /**
     * Parses {@code 2023}, {@code 2023-H2}, {@code 2024-Q1}, {@code 2023-07} or {@code 2024-01-01}.
     *
     * @param text the text
     * @return the period
     * @throws InvalidDatasetException if the text is none of these forms
     */
    @JsonCreator
    public static StatPeriod parse(String text) {
        Checks.nonNull(text, "statPeriod");
        String t = text.trim();
        try {
            Matcher m;
            if ((m = YEAR.matcher(t)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = HALF.matcher(t)).matches()) {
                return new StatPeriod(
                        Kind.HALF_YEAR,
                        LocalDate.of(Integer.parseInt(m.group(1)), m.group(2).equals("1") ? 1 : 7, 1));
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                int q = Integer.parseInt(m.group(2));
                return new StatPeriod(Kind.QUARTER, LocalDate.of(Integer.parseInt(m.group(1)), 3 * q - 2, 1));
            }
            if (MONTH.matcher(t).matches()) {
                return new StatPeriod(Kind.MONTH, YearMonth.parse(t).atDay(1));
            }
            if (DATE.matcher(t).matches()) {
                return new StatPeriod(Kind.DATE, LocalDate.parse(t));
            }
        } catch (DateTimeParseException e) {
            throw new InvalidDatasetException("period", "not a valid period: '" + text + "'", e);
        }
        throw new InvalidDatasetException(
                "period", "expected 2023, 2023-H2, 2024-Q1, 2023-07 or 2024-01-01, got '" + text + "'");
    }

    /**
     * Returns the last day of the period.
     *
     * @return the last day (the day itself for a reference date)
     */
    public LocalDate endInclusive() {
        return switch (kind) {
            case DATE -> start;
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case HALF_YEAR -> start.plusMonths(6).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    /**
     * Returns the period of the same kind one year earlier (for year-on-year comparison).
     *
     * @return the period a year before
     */
    public StatPeriod minusYears1() {
        return new StatPeriod(kind, start.minusYears(1));
    }

    /**
     * Returns the text form.
     *
     * @return e.g. {@code "2023-H2"}
     */
    @JsonValue
    public String text() {
        return switch (kind) {
            case DATE -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    @Override
    public int compareTo(StatPeriod o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return text();
    }
}
