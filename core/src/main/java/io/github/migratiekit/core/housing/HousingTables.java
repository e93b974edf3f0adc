package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the user-supplied tables of the taakstelling and the Spreidingswet (comma- or semicolon-separated, a header
 * row, RFC 4180 quotes). Every error is an {@link InvalidTableRowException} naming the table, the row and the column.
 *
 * <p>Stateless and thread-safe.
 */
public final class HousingTables {
    private HousingTables() {}

    /**
     * Reads a realisation table: columns {@code gemeentecode} (or {@code code}), {@code gehuisvest} (or {@code
     * housed}) and optionally {@code positie_begin} (or {@code achterstand}, {@code opening}): the backlog (positive)
     * or lead (negative) at the start of the period, 0 when absent.
     *
     * @param text the table
     * @param registry the municipalities the codes must belong to
     * @return one realisation per row, in table order
     * @throws InvalidTableRowException for a missing column, an empty or non-numeric cell, a negative number housed
     *     or a duplicate code
     * @throws UnknownMunicipalityException for a code that the registry does not contain
     */
    public static List<Realisation> parseRealisations(String text, MunicipalityRegistry registry) {
        Checks.nonNull(text, "text");
        Checks.nonNull(registry, "registry");
        Csv csv = Csv.parse("realised", text);
        int code = csv.column(true, "gemeentecode", "code");
        int housed = csv.column(true, "gehuisvest", "housed");
        int opening = csv.column(false, "positie_begin", "achterstand", "opening", "openingposition");
        List<Realisation> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < csv.size(); r++) {
            String c = checkCode(csv, r, code, registry, seen);
            long h = csv.nonNegativeLong(r, housed, "gehuisvest");
            String o = csv.optionalCell(r, opening);
            long open = o.isEmpty() ? 0 : csv.parseLong(r, o, "positie_begin", true);
            out.add(Realisation.of(c, open, h));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Reads a weight table for the Spreidingswet: column {@code gemeentecode} (or {@code code}) and either {@code
     * factor} (a prosperity factor multiplying the population; municipalities not listed keep 1) or {@code weight}
     * (a full weight per municipality, e.g. a published distribution; every municipality must be listed).
     *
     * @param text the table
     * @param registry the municipalities the codes must belong to
     * @return the correction
     * @throws InvalidTableRowException for a missing column, a bad or negative number, a duplicate code, or a weight
     *     table that sums to zero or misses a municipality
     * @throws UnknownMunicipalityException for a code that the registry does not contain
     */
    public static ProsperityCorrection parseWeights(String text, MunicipalityRegistry registry) {
        Checks.nonNull(text, "text");
        Checks.nonNull(registry, "registry");
        Csv csv = Csv.parse("weights", text);
        int code = csv.column(true, "gemeentecode", "code");
        int factor = csv.column(false, "factor", "welvaartsfactor");
        int weight = csv.column(false, "weight", "gewicht", "indicatieve_verdeling_opvangplekken", "places");
        if (factor < 0 && weight < 0) {
            throw new InvalidTableRowException("weights", 0, "factor", "missing column: give 'factor' or 'weight'");
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        String column = factor >= 0 ? "factor" : "weight";
        int col = factor >= 0 ? factor : weight;
        BigDecimal sum = BigDecimal.ZERO;
        for (int r = 0; r < csv.size(); r++) {
            String c = checkCode(csv, r, code, registry, seen);
            String cell = csv.cell(r, col, column);
            BigDecimal v;
            try {
                v = new BigDecimal(cell.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new InvalidTableRowException("weights", r + 1, column, "not a number: '" + cell + "'");
            }
            if (v.signum() < 0) {
                throw new InvalidTableRowException("weights", r + 1, column, "must not be negative, was " + v);
            }
            BigDecimal plain = v.stripTrailingZeros();
            if (plain.precision() - plain.scale() > 15 || plain.scale() > 12) {
                // an exponent such as 1e1000000 would make the sums overflow or take all memory
                throw new InvalidTableRowException(
                        "weights",
                        r + 1,
                        column,
                        "not a plausible number (at most 15 digits before and 12 after the" + " decimal point): '"
                                + cell + "'");
            }
            if (v.signum() == 0) {
                // a zero keeps the exponent it was written with (0e-1000000000): its arithmetic would overflow
                v = BigDecimal.ZERO;
            }
            values.put(c, v);
            sum = sum.add(v);
        }
        if (sum.signum() == 0) {
            throw new InvalidTableRowException(
                    "weights", csv.size(), column, "the " + column + " column sums to zero: nothing to apportion by");
        }
        if (factor >= 0) {
            return ProsperityCorrection.factors(values, "factors from a user table (" + values.size() + " rows)");
        }
        for (Municipality m : registry.municipalities()) {
            if (!values.containsKey(m.code())) {
                throw new InvalidTableRowException(
                        "weights",
                        csv.size(),
                        "gemeentecode",
                        "missing municipality " + m.code() + " (" + m.name()
                                + "): a weight table must list every municipality");
            }
        }
        Map<String, BigDecimal> factors = new HashMap<>();
        BigDecimal pop = BigDecimal.valueOf(registry.totalPopulation());
        for (Municipality m : registry.municipalities()) {
            BigDecimal w = values.getOrDefault(m.code(), BigDecimal.ZERO);
            if (m.population() == 0) {
                if (w.signum() > 0) {
                    throw new InvalidTableRowException(
                            "weights",
                            seen.getOrDefault(m.code(), 0),
                            column,
                            "a weight for a municipality without" + " inhabitants cannot be expressed per inhabitant");
                }
                factors.put(m.code(), BigDecimal.ZERO);
            } else {
                factors.put(
                        m.code(),
                        w.multiply(pop)
                                .divide(
                                        sum.multiply(BigDecimal.valueOf(m.population())),
                                        java.math.MathContext.DECIMAL64));
            }
        }
        return ProsperityCorrection.factors(factors, "weights from a user table (" + values.size() + " rows)");
    }

    /** Reads {@code gemeentecode,…,<places>} where the places column is the last one. */
    static Map<String, Long> parsePlaces(String text, String table) {
        Csv csv = Csv.parse(table, text);
        int code = csv.column(true, "gemeentecode", "code");
        int places = csv.column(true, "indicatieve_verdeling_opvangplekken", "places");
        Map<String, Long> out = new LinkedHashMap<>();
        for (int r = 0; r < csv.size(); r++) {
            String c = csv.cell(r, code, "gemeentecode");
            if (out.put(c, csv.nonNegativeLong(r, places, "places")) != null) {
                throw new InvalidTableRowException(table, r + 1, "gemeentecode", "duplicate CBS code " + c);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static String checkCode(
            Csv csv, int r, int code, MunicipalityRegistry registry, Map<String, Integer> seen) {
        String c = csv.cell(r, code, "gemeentecode");
        if (!Municipality.isCode(c)) {
            throw new InvalidTableRowException(
                    csv.table(), r + 1, "gemeentecode", "not a CBS code GMdddd: '" + c + "'");
        }
        if (registry.find(c).isEmpty()) {
            throw new UnknownMunicipalityException(
                    csv.table(), r + 1, c, registry.referenceDate().toString());
        }
        Integer first = seen.putIfAbsent(c, r + 1);
        if (first != null) {
            throw new InvalidTableRowException(
                    csv.table(), r + 1, "gemeentecode", "duplicate CBS code " + c + " (first on row " + first + ")");
        }
        return c;
    }
}
