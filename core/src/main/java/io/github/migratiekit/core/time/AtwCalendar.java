package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
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
 *   <li>art. 3(3): days equated by royal decree, read as dated data from the bundled resource {@code
 *       atw-royal-decree-days.csv} (2026-01-02, 2026-05-15, 2027-05-07, 2028-04-28, 2028-05-26) and extensible with
 *       {@link #withRoyalDecreeDays(Collection)}.
 * </ul>
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

    private static final AtwCalendar STANDARD = new AtwCalendar(loadRoyalDecreeDays());

    private final Map<LocalDate, Holiday> holidays;

    private AtwCalendar(Collection<Holiday> royalDecreeDays) {
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
     * Returns a calendar with further days equated by royal decree (e.g. a decree published after this release).
     *
     * @param extraDays the days to add; a day that is already a holiday keeps its existing name
     * @return a new calendar
     * @throws UnsupportedDateException if a day lies outside the covered years
     */
    public AtwCalendar withRoyalDecreeDays(Collection<Holiday> extraDays) {
        List<Holiday> all = new ArrayList<>();
        for (Holiday h : holidays.values()) {
            if (h.kind() == HolidayKind.ROYAL_DECREE) {
                all.add(h);
            }
        }
        all.addAll(extraDays);
        return new AtwCalendar(all);
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

    private static List<Holiday> loadRoyalDecreeDays() {
        String resource = "atw-royal-decree-days.csv";
        InputStream in = AtwCalendar.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing: " + resource);
        }
        List<Holiday> days = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split(",", -1);
                if (cols.length != 3) {
                    throw new InvalidInputException(resource + ":" + lineNo, "expected 3 columns date,name,instrument");
                }
                try {
                    LocalDate date = LocalDate.parse(cols[0].trim());
                    days.add(new Holiday(
                            date, cols[1].trim(), HolidayKind.ROYAL_DECREE, Sources.ATW_3_3.withNote(cols[2].trim())));
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(resource + ":" + lineNo, "not an ISO date: " + cols[0], e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }

    @Override
    public String toString() {
        return "AtwCalendar[" + FIRST_YEAR + "–" + LAST_YEAR + "]";
    }
}
