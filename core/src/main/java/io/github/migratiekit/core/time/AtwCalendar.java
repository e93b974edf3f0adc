package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.csv.CsvFields;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.legal.Verification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The calendar of the Algemene termijnenwet (Atw, BWBR0002448): Saturdays, Sundays and the generally recognised
 * holidays of art. 3 are not working days.
 *
 * <p>The holidays, each with its Dutch name and source:
 *
 * <ul>
 *   <li>art. 3(1): Nieuwjaarsdag (1 January), Tweede Paasdag (Easter Monday), Hemelvaartsdag (Easter + 39), Tweede
 *       Pinksterdag (Easter + 50), Eerste and Tweede Kerstdag (25 and 26 December), de vijfde mei (5 May, every
 *       year), and the day on which the King's birthday is celebrated: Koningsdag, 27 April or 26 April when 27 April
 *       is a Sunday (from 2014); before 2014 Koninginnedag, 30 April or 29 April when 30 April is a Sunday;
 *   <li>art. 3(2): Goede Vrijdag (Easter − 2);
 *   <li>art. 3(3): days equated with the holidays by royal decree, read as dated data from the bundled resource
 *       {@code atw-gelijkgestelde-dagen-2014-2028.csv} (one row per day with its decree and how sure it is, e.g.
 *       2024-05-10, 2024-12-27 and 2025-05-30 from the decree "gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei
 *       2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag"), and extensible with {@link
 *       #withRoyalDecree(LegalSource, int, int, Collection)} when a new decree is published.
 * </ul>
 *
 * <p><b>Coverage of the royal decrees.</b> The decrees are known for {@value #FIRST_DECREE_YEAR}–{@value
 * #LAST_DECREE_YEAR} only; for 2020–2022 the decree itself was not found and the rows rest on secondary sources and
 * practice. {@link #decreeCoverage(int)} says, per year, whether the equated days are {@code KNOWN}, {@code
 * PARTLY_KNOWN} or {@code UNKNOWN}; a year outside the data is {@code UNKNOWN}, never treated as a year without
 * equated days, and every {@link Deadline} whose computation looked at such a year carries a warning step.
 *
 * <p>General-purpose holiday libraries classify Good Friday and 5 May by labour-law practice and are wrong for Atw
 * terms; this calendar follows the Atw text. It covers the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}; other
 * years throw {@link UnsupportedDateException} rather than guess (the Sunday rule for the royal birthday and the
 * status of 5 May differ before 1990).
 *
 * <p>Immutable and thread-safe.
 */
public final class AtwCalendar implements WorkingDayCalendar {
    /** The first year covered. */
    public static final int FIRST_YEAR = 1990;
    /** The last year covered. */
    public static final int LAST_YEAR = 2100;
    /** The first year whose royal-decree days (art. 3(3)) are in the bundled data. */
    public static final int FIRST_DECREE_YEAR = 2014;
    /** The last year whose royal-decree days (art. 3(3)) are in the bundled data. */
    public static final int LAST_DECREE_YEAR = 2028;

    static final String RESOURCE = "atw-gelijkgestelde-dagen-2014-2028.csv";

    private static final AtwCalendar STANDARD = load();

    private final Map<LocalDate, Holiday> holidays;
    private final Map<Integer, DecreeCoverage> coverage;

    private AtwCalendar(Collection<Holiday> royalDecreeDays, Map<Integer, DecreeCoverage> coverage) {
        TreeMap<LocalDate, Holiday> map = new TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (Holiday h : statutoryHolidays(year)) {
                map.put(h.date(), h);
            }
        }
        for (Holiday h : royalDecreeDays) {
            checkYear("royalDecreeDays.date", h.date());
            map.putIfAbsent(h.date(), h);
        }
        this.holidays = java.util.Collections.unmodifiableMap(map);
        this.coverage = Map.copyOf(coverage);
    }

    /**
     * Returns the Atw calendar with the royal-decree days bundled with this version of Migratiekit.
     *
     * @return the standard calendar
     */
    public static AtwCalendar standard() {
        return STANDARD;
    }

    /**
     * Returns a calendar with further days equated by royal decree, without changing what is known of their years
     * (e.g. a day a secondary source reports). Use {@link #withRoyalDecree(LegalSource, int, int, Collection)} for a
     * decree that covers whole years.
     *
     * @param extraDays the days to add; a day that is already a holiday keeps its existing name
     * @return a new calendar
     * @throws UnsupportedDateException if a day lies outside the covered years
     * @throws InvalidInputException if a day is not of kind {@link HolidayKind#ROYAL_DECREE}
     */
    public AtwCalendar withRoyalDecreeDays(Collection<Holiday> extraDays) {
        if (extraDays == null) {
            throw new InvalidInputException("extraDays", "is required");
        }
        List<Holiday> all = royalDecreeDays();
        int i = 0;
        for (Holiday h : extraDays) {
            if (h == null) {
                throw new InvalidInputException("extraDays[" + i + "]", "is required");
            }
            if (h.kind() != HolidayKind.ROYAL_DECREE) {
                throw new InvalidInputException(
                        "extraDays[" + i + "].kind", "must be ROYAL_DECREE (Atw art. 3(3)), was " + h.kind());
            }
            all.add(h);
            i++;
        }
        return new AtwCalendar(all, coverage);
    }

    /**
     * Returns a calendar that knows a royal decree published after this release: its days are added and its years
     * become {@link DecreeCoverage.Status#KNOWN} (replacing the days the bundled data had for those years).
     *
     * @param decree the decree, e.g. {@code LegalSource.of("Besluit gelijkstelling ...", "", "Stcrt. 2028, 12345")},
     *     with its verification status
     * @param firstYear the first year the decree covers
     * @param lastYear the last year the decree covers
     * @param days the days it equates, each in {@code firstYear}–{@code lastYear}; may be empty
     * @return a new calendar
     * @throws InvalidInputException if an argument is null, the years are reversed, or a day is outside them
     * @throws UnsupportedDateException if a year lies outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    public AtwCalendar withRoyalDecree(LegalSource decree, int firstYear, int lastYear, Collection<LocalDate> days) {
        if (decree == null) {
            throw new InvalidInputException("decree", "is required");
        }
        if (days == null) {
            throw new InvalidInputException("days", "is required");
        }
        if (lastYear < firstYear) {
            throw new InvalidInputException("lastYear", lastYear + " is before firstYear " + firstYear);
        }
        checkYear("firstYear", LocalDate.of(firstYear, 1, 1));
        checkYear("lastYear", LocalDate.of(lastYear, 1, 1));
        List<Holiday> all = new ArrayList<>();
        for (Holiday h : royalDecreeDays()) {
            if (h.date().getYear() < firstYear || h.date().getYear() > lastYear) {
                all.add(h);
            }
        }
        int i = 0;
        for (LocalDate d : days) {
            if (d == null) {
                throw new InvalidInputException("days[" + i + "]", "is required");
            }
            if (d.getYear() < firstYear || d.getYear() > lastYear) {
                throw new InvalidInputException(
                        "days[" + i + "]", d + " is outside the decree's years " + firstYear + "–" + lastYear);
            }
            all.add(new Holiday(d, dayName(d), HolidayKind.ROYAL_DECREE, Sources.ATW_3_3.withNote(decree.citation())));
            i++;
        }
        Map<Integer, DecreeCoverage> cov = new HashMap<>(coverage);
        for (int y = firstYear; y <= lastYear; y++) {
            cov.put(y, new DecreeCoverage(y, DecreeCoverage.Status.KNOWN, decree.citation(), decree));
        }
        return new AtwCalendar(all, cov);
    }

    private List<Holiday> royalDecreeDays() {
        List<Holiday> all = new ArrayList<>();
        for (Holiday h : holidays.values()) {
            if (h.kind() == HolidayKind.ROYAL_DECREE) {
                all.add(h);
            }
        }
        return all;
    }

    /**
     * Returns what this calendar knows of the days equated by royal decree (Atw art. 3(3)) in a year.
     *
     * @param year the year
     * @return {@code KNOWN} for a year whose decree was found, {@code PARTLY_KNOWN} for a year whose days rest on
     *     secondary sources or practice, {@code UNKNOWN} for a year without data (before {@value
     *     #FIRST_DECREE_YEAR}, or after {@value #LAST_DECREE_YEAR}: not yet decreed)
     * @throws UnsupportedDateException if the year is outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    @Override
    public DecreeCoverage decreeCoverage(int year) {
        checkYear("year", LocalDate.of(year, 1, 1));
        DecreeCoverage c = coverage.get(year);
        if (c != null) {
            return c;
        }
        String why = year > LAST_DECREE_YEAR
                ? "no royal decree equating days of " + year + " with holidays is known to this version: not yet"
                        + " decreed, or published after it (the last known decree covers up to " + LAST_DECREE_YEAR
                        + ")"
                : "the royal decree equating days of " + year + " with holidays was not researched for this"
                        + " version (bundled decrees start in " + FIRST_DECREE_YEAR + ")";
        return new DecreeCoverage(
                year,
                DecreeCoverage.Status.UNKNOWN,
                why,
                Sources.ATW_3_3.withVerification(Verification.UNVERIFIED, why));
    }

    @Override
    public String name() {
        return "Algemene termijnenwet";
    }

    @Override
    public Optional<Holiday> holidayOn(LocalDate date) {
        checkYear("date", date);
        return Optional.ofNullable(holidays.get(date));
    }

    @Override
    public List<Holiday> holidays(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new UnsupportedDateException(
                    "year",
                    year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR + ", the years the Atw calendar covers");
        }
        List<Holiday> result = new ArrayList<>();
        for (Holiday h : holidays.values()) {
            if (h.date().getYear() == year) {
                result.add(h);
            }
        }
        result.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(result);
    }

    private static void checkYear(String field, LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new UnsupportedDateException(
                    field,
                    date + " is outside " + FIRST_YEAR + "–" + LAST_YEAR + ", the years the Atw calendar covers");
        }
    }

    private static List<Holiday> statutoryHolidays(int year) {
        LegalSource art31 = Sources.ATW_3_1;
        LocalDate easter = Easter.sunday(year);
        List<Holiday> list = new ArrayList<>();
        list.add(new Holiday(LocalDate.of(year, 1, 1), "Nieuwjaarsdag", HolidayKind.STATUTORY, art31));
        list.add(new Holiday(easter.minusDays(2), "Goede Vrijdag", HolidayKind.EQUATED_BY_LAW, Sources.ATW_3_2));
        list.add(new Holiday(easter.plusDays(1), "Tweede Paasdag", HolidayKind.STATUTORY, art31));
        list.add(royalBirthday(year));
        list.add(new Holiday(LocalDate.of(year, 5, 5), "Vijfde mei (Bevrijdingsdag)", HolidayKind.STATUTORY, art31));
        list.add(new Holiday(easter.plusDays(39), "Hemelvaartsdag", HolidayKind.STATUTORY, art31));
        list.add(new Holiday(easter.plusDays(50), "Tweede Pinksterdag", HolidayKind.STATUTORY, art31));
        list.add(new Holiday(LocalDate.of(year, 12, 25), "Eerste Kerstdag", HolidayKind.STATUTORY, art31));
        list.add(new Holiday(LocalDate.of(year, 12, 26), "Tweede Kerstdag", HolidayKind.STATUTORY, art31));
        return list;
    }

    private static Holiday royalBirthday(int year) {
        if (year >= 2014) {
            LocalDate d = LocalDate.of(year, 4, 27);
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                d = d.minusDays(1);
            }
            return new Holiday(
                    d,
                    "Koningsdag",
                    HolidayKind.STATUTORY,
                    Sources.ATW_3_1.withNote("27 April, or 26 April when 27 April is a Sunday"));
        }
        LocalDate d = LocalDate.of(year, 4, 30);
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return new Holiday(
                d,
                "Koninginnedag",
                HolidayKind.STATUTORY,
                Sources.ATW_3_1.withNote("30 April, or 29 April when 30 April is a Sunday (1980–2013)"));
    }

    /** The bundled data: one row per equated day, {@code datum,weekdag,besluit,zekerheid}; "idem" repeats a decree. */
    private static AtwCalendar load() {
        InputStream in = AtwCalendar.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing: " + RESOURCE);
        }
        List<Holiday> days = new ArrayList<>();
        Map<Integer, Verification> weakest = new TreeMap<>();
        Map<Integer, String> decreeOfYear = new TreeMap<>();
        java.util.Set<Integer> decreeMissing = new java.util.TreeSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            String previousDecree = "";
            String previousBasis = null;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 || line.isBlank()) {
                    continue;
                }
                String where = RESOURCE + ":" + lineNo;
                List<String> cols = CsvFields.split(line);
                if (cols.size() != 4) {
                    throw new InvalidInputException(where, "expected 4 columns datum,weekdag,besluit,zekerheid");
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(cols.get(0).trim());
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(where, "not an ISO date: " + cols.get(0), e);
                }
                String decree = cols.get(2).trim();
                if (decree.equals("idem")) {
                    decree = previousDecree;
                }
                String certainty = cols.get(3).trim();
                Verification status = Verification.parse(where + ".zekerheid", certainty);
                String basis;
                if (cols.get(2).trim().equals("idem") && previousBasis != null && certainty.indexOf(' ') < 0) {
                    basis = previousBasis;
                } else if (status == Verification.VERIFIED) {
                    basis = decree
                            + (certainty.length() > "verified".length()
                                    ? " "
                                            + certainty
                                                    .substring("verified".length())
                                                    .trim()
                                    : "");
                } else {
                    basis = decree + "; "
                            + certainty.substring(status.label().length()).trim();
                }
                previousBasis = basis;
                days.add(new Holiday(
                        date,
                        dayName(date),
                        HolidayKind.ROYAL_DECREE,
                        Sources.ATW_3_3.withVerification(status, basis)));
                weakest.merge(date.getYear(), status, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                decreeOfYear.putIfAbsent(date.getYear(), basis);
                if (decree.contains("not found")) {
                    decreeMissing.add(date.getYear());
                }
                previousDecree = decree;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, DecreeCoverage> coverage = new HashMap<>();
        for (Map.Entry<Integer, Verification> e : weakest.entrySet()) {
            int year = e.getKey();
            String basis = decreeOfYear.getOrDefault(year, "");
            if (!decreeMissing.contains(year)) {
                // the decree's title lists every day it equates: the year is known, however sure its source
                coverage.put(
                        year,
                        new DecreeCoverage(
                                year,
                                DecreeCoverage.Status.KNOWN,
                                basis,
                                Sources.ATW_3_3.withVerification(e.getValue(), basis)));
            } else {
                String why = "the royal decree for " + year + " was not found; the equated days listed for " + year
                        + " rest on " + (e.getValue() == Verification.SECONDARY ? "a secondary source" : "practice")
                        + " (the Friday after Ascension Day) and other days of that decree may be missing";
                coverage.put(
                        year,
                        new DecreeCoverage(
                                year,
                                DecreeCoverage.Status.PARTLY_KNOWN,
                                why,
                                Sources.ATW_3_3.withVerification(e.getValue(), why)));
            }
        }
        for (int y = FIRST_DECREE_YEAR; y <= LAST_DECREE_YEAR; y++) {
            if (!coverage.containsKey(y)) {
                throw new IllegalStateException(RESOURCE + " has no row for " + y);
            }
        }
        return new AtwCalendar(days, coverage);
    }

    /** A descriptive Dutch name for an equated day: "vrijdag na Hemelvaartsdag", or the weekday when no neighbour is. */
    private static String dayName(LocalDate date) {
        String[] weekdays = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
        String weekday = weekdays[date.getDayOfWeek().getValue() - 1];
        for (Holiday h : statutoryHolidays(date.getYear())) {
            if (h.date().equals(date.minusDays(1))) {
                return "Gelijkgestelde dag (" + weekday + " na " + h.name() + ")";
            }
            if (h.date().equals(date.plusDays(1))) {
                return "Gelijkgestelde dag (" + weekday + " voor " + h.name() + ")";
            }
        }
        if (date.getMonthValue() == 1 && date.getDayOfMonth() <= 3) {
            return "Gelijkgestelde dag (" + weekday + " na Nieuwjaarsdag)";
        }
        if (date.getMonthValue() == 12 && date.getDayOfMonth() == 31) {
            return "Gelijkgestelde dag (" + weekday + " voor Nieuwjaarsdag)";
        }
        return "Gelijkgestelde dag (" + weekday + ")";
    }

    @Override
    public String toString() {
        return "AtwCalendar[" + FIRST_YEAR + "–" + LAST_YEAR + ", royal decrees " + FIRST_DECREE_YEAR + "–"
                + LAST_DECREE_YEAR + "]";
    }
}
