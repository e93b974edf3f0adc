package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The municipalities of the Netherlands with their inhabitants on one population reference date (peildatum).
 *
 * <p>Immutable and thread-safe. The bundled registry is {@link #cbs2024()} (342 municipalities, 17 942 942
 * inhabitants on 1 January 2024, CBS StatLine 70072NED, the series whose national total equals CBS's men + women; CBS
 * also publishes a revised series of 17 947 684). Other years and user tables are read with {@link #parseCsv} or
 * built with {@link #of}: the municipal classification changes every year through mergers, so a registry always
 * belongs to its reference date.
 */
public final class MunicipalityRegistry {
    private static final String CBS_2024_RESOURCE = "cbs-gemeenten-bevolking-2024.csv";
    private static final LocalDate CBS_2024_DATE = LocalDate.of(2024, 1, 1);
    private static final String CBS_2024_SERIES =
            "CBS StatLine 70072NED, population on 2024-01-01 (series totalling" + " 17 942 942; CC BY 4.0, Bron: CBS)";

    private final LocalDate referenceDate;
    private final String source;
    private final List<Municipality> municipalities;
    private final Map<String, Municipality> byCode;
    private final long totalPopulation;

    private MunicipalityRegistry(LocalDate referenceDate, String source, List<Municipality> municipalities) {
        this.referenceDate = referenceDate;
        this.source = source;
        List<Municipality> sorted = new ArrayList<>(municipalities);
        sorted.sort(Comparator.comparing(Municipality::code));
        this.municipalities = Collections.unmodifiableList(sorted);
        Map<String, Municipality> map = new HashMap<>();
        long total = 0;
        for (Municipality m : sorted) {
            map.put(m.code(), m);
            total = Math.addExact(total, m.population());
        }
        this.byCode = Collections.unmodifiableMap(map);
        this.totalPopulation = total;
    }

    /**
     * Creates a registry from a list of municipalities.
     *
     * @param referenceDate the population reference date
     * @param source where the figures come from, e.g. {@code "CBS 70072NED"}
     * @param municipalities the municipalities, in any order
     * @return the registry, sorted by code
     * @throws InvalidTableRowException if two municipalities share a code (the row is the 1-based list position)
     * @throws InvalidHousingInputException if the list is empty
     */
    public static MunicipalityRegistry of(LocalDate referenceDate, String source, List<Municipality> municipalities) {
        Checks.nonNull(referenceDate, "referenceDate");
        Checks.nonNull(source, "source");
        Checks.nonNull(municipalities, "municipalities");
        if (municipalities.isEmpty()) {
            throw new InvalidHousingInputException("municipalities", "must not be empty");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < municipalities.size(); i++) {
            Integer first = seen.putIfAbsent(municipalities.get(i).code(), i + 1);
            if (first != null) {
                throw new InvalidTableRowException(
                        "municipalities",
                        i + 1,
                        "gemeentecode",
                        "duplicate CBS code " + municipalities.get(i).code() + " (first on row " + first + ")");
            }
        }
        return new MunicipalityRegistry(referenceDate, source, municipalities);
    }

    /**
     * Returns the bundled registry of 1 January 2024: 342 municipalities, 17 942 942 inhabitants.
     *
     * @return the registry
     */
    public static MunicipalityRegistry cbs2024() {
        return readResource(CBS_2024_RESOURCE, CBS_2024_DATE, CBS_2024_SERIES);
    }

    /**
     * Returns the bundled registry of a reference date.
     *
     * @param referenceDate the population reference date
     * @return the registry
     * @throws InvalidHousingInputException if no registry of that date is bundled; the message lists the bundled ones
     */
    public static MunicipalityRegistry bundled(LocalDate referenceDate) {
        Checks.nonNull(referenceDate, "referenceDate");
        if (referenceDate.equals(CBS_2024_DATE)) {
            return cbs2024();
        }
        throw new InvalidHousingInputException(
                "referenceDate",
                "no bundled population table for " + referenceDate + "; bundled: " + bundledReferenceDates()
                        + "; read another year with MunicipalityRegistry.parseCsv");
    }

    /**
     * Returns the reference dates of the bundled registries.
     *
     * @return the dates, ascending
     */
    public static List<LocalDate> bundledReferenceDates() {
        return List.of(CBS_2024_DATE);
    }

    /**
     * Reads a population table in the CBS layout: a header and one row per municipality with the columns {@code
     * gemeentecode}, {@code gemeentenaam}, {@code provinciecode}, {@code provincienaam} and a population column
     * whose name starts with {@code inwoners} (or is {@code population}). Comma- or semicolon-separated, quotes as in
     * RFC 4180.
     *
     * @param text the table
     * @param referenceDate the population reference date
     * @param source where the figures come from
     * @return the registry
     * @throws InvalidTableRowException naming the row for a missing column, an empty cell, a malformed code, a
     *     negative or non-numeric population, or a duplicate code
     */
    public static MunicipalityRegistry parseCsv(String text, LocalDate referenceDate, String source) {
        Checks.nonNull(text, "text");
        Checks.nonNull(referenceDate, "referenceDate");
        Checks.nonNull(source, "source");
        Csv csv = Csv.parse("population", text);
        int code = csv.column(true, "gemeentecode", "code");
        int name = csv.column(true, "gemeentenaam", "name");
        int pvCode = csv.column(true, "provinciecode", "provincecode");
        int pvName = csv.column(true, "provincienaam", "province");
        int pop = csv.column(true, "inwoners*", "population");
        List<Municipality> list = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int r = 0; r < csv.size(); r++) {
            String c = csv.cell(r, code, "gemeentecode");
            if (!Municipality.isCode(c)) {
                throw new InvalidTableRowException(
                        "population", r + 1, "gemeentecode", "not a CBS code GMdddd: '" + c + "'");
            }
            Integer first = seen.putIfAbsent(c, r + 1);
            if (first != null) {
                throw new InvalidTableRowException(
                        "population",
                        r + 1,
                        "gemeentecode",
                        "duplicate CBS code " + c + " (first on row " + first + ")");
            }
            list.add(Municipality.of(
                    c,
                    csv.cell(r, name, "gemeentenaam"),
                    csv.cell(r, pvCode, "provinciecode"),
                    csv.cell(r, pvName, "provincienaam"),
                    csv.nonNegativeLong(r, pop, "inwoners")));
        }
        return of(referenceDate, source, list);
    }

    /**
     * Reads a population table in the CBS layout whose population column names its reference date, {@code
     * inwoners_YYYY_MM_DD} (as in the bundled {@code cbs-gemeenten-bevolking-2024.csv}).
     *
     * @param text the table
     * @param source where the figures come from
     * @return the registry
     * @throws InvalidTableRowException if the population column does not name a date, or as {@link #parseCsv(String,
     *     LocalDate, String)}
     */
    public static MunicipalityRegistry parseCsv(String text, String source) {
        Checks.nonNull(text, "text");
        Checks.nonNull(source, "source");
        Csv csv = Csv.parse("population", text);
        int pop = csv.column(true, "inwoners*", "population");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("inwoners_(\\d{4})_(\\d{2})_(\\d{2})")
                .matcher(csv.header(pop));
        LocalDate date;
        try {
            if (!m.matches()) {
                throw new java.time.DateTimeException("no date");
            }
            date = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new InvalidTableRowException(
                    "population",
                    0,
                    csv.header(pop),
                    "name the population column inwoners_YYYY_MM_DD so that the reference date is known");
        }
        return parseCsv(text, date, source);
    }

    private static MunicipalityRegistry readResource(String resource, LocalDate date, String source) {
        try (InputStream in = MunicipalityRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + resource);
            }
            return parseCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8), date, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the population reference date.
     *
     * @return the date on which the inhabitants were counted
     */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    /**
     * Returns where the figures come from.
     *
     * @return a description of the source and series
     */
    public String source() {
        return source;
    }

    /**
     * Returns the municipalities.
     *
     * @return an unmodifiable list sorted by CBS code
     */
    public List<Municipality> municipalities() {
        return municipalities;
    }

    /**
     * Returns the number of municipalities.
     *
     * @return the count
     */
    public int size() {
        return municipalities.size();
    }

    /**
     * Finds a municipality by CBS code.
     *
     * @param code the code, e.g. {@code "GM0363"}
     * @return the municipality, or empty if the registry does not contain it
     */
    public Optional<Municipality> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Finds a municipality by its exact CBS name.
     *
     * @param name the name, e.g. {@code "Vaals"}
     * @return the municipality, or empty
     */
    public Optional<Municipality> findByName(String name) {
        return municipalities.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /**
     * Returns the national population.
     *
     * @return the sum of the inhabitants of all municipalities
     */
    public long totalPopulation() {
        return totalPopulation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MunicipalityRegistry r
                && referenceDate.equals(r.referenceDate)
                && source.equals(r.source)
                && municipalities.equals(r.municipalities);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(referenceDate, source, municipalities);
    }

    @Override
    public String toString() {
        return "MunicipalityRegistry[" + referenceDate + ", " + municipalities.size() + " municipalities, "
                + totalPopulation + " inhabitants]";
    }
}
