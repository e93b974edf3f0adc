package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.csv.CsvFields;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.dataset.InvalidDatasetException;
import io.github.migratiekit.statistics.dataset.Observation;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import io.github.migratiekit.statistics.dataset.Unit;
import io.github.migratiekit.statistics.dataset.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CSV and JSON export of datasets and query results, and reading the CSV form back.
 *
 * <p>CSV form: a header {@code period,measure,unit,value,low,high,note,derived,<dimension>...}, one row per
 * observation; {@code value} is the value token ({@code 14040~10}, {@code <5}, {@code 18170!18250}), {@code low} and
 * {@code high} the range it stands for (informative; ignored on reading), {@code derived} the formula of a figure the
 * source does not print (empty for a printed figure). Files written before the {@code derived} column was added are
 * read too. Fields holding a comma or quote are
 * quoted. Stateless and thread-safe.
 */
public final class Export {
    private static final List<String> FIXED = List.of("period", "measure", "unit", "value", "low", "high", "note");
    private static final String DERIVED = "derived";

    private Export() {}

    /**
     * Returns the dataset as indented JSON (the record form; {@code Json.read(text, Dataset.class)} reads it back).
     *
     * @param dataset the dataset
     * @return the JSON text
     */
    public static String json(Dataset dataset) {
        Checks.nonNull(dataset, "dataset");
        return Json.writePretty(dataset);
    }

    /**
     * Returns the observations as CSV.
     *
     * @param observations the observations (a dataset's, or a query result)
     * @return the CSV text, lines ending in {@code \n}
     */
    public static String csv(List<Observation> observations) {
        Checks.nonNull(observations, "observations");
        List<String> dims = new ArrayList<>();
        for (Observation o : observations) {
            for (String k : o.dimensions().keySet()) {
                if (!dims.contains(k)) {
                    dims.add(k);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(FIXED);
        header.add(DERIVED);
        header.addAll(dims);
        sb.append(String.join(",", header)).append('\n');
        for (Observation o : observations) {
            List<String> row = new ArrayList<>();
            row.add(o.period().text());
            row.add(o.measure());
            row.add(o.unit().name());
            row.add(o.value().token());
            row.add(num(o.value().range().lo()));
            row.add(num(o.value().range().hi()));
            row.add(o.note().orElse(""));
            row.add(o.derived().orElse(""));
            for (String k : dims) {
                row.add(o.dimensions().getOrDefault(k, ""));
            }
            sb.append(String.join(",", row.stream().map(Export::quote).toList()))
                    .append('\n');
        }
        return sb.toString();
    }

    /**
     * Reads observations from the CSV form written by {@link #csv(List)}.
     *
     * @param csv the text
     * @return the observations
     * @throws InvalidDatasetException naming the line if a row is malformed
     */
    public static List<Observation> readCsv(String csv) {
        Checks.nonNull(csv, "csv");
        String[] lines = csv.split("\n", -1);
        List<String> header = parseLine(lines[0]);
        if (header.size() < FIXED.size() || !header.subList(0, FIXED.size()).equals(FIXED)) {
            throw new InvalidDatasetException("csv[1]", "header must start with " + String.join(",", FIXED));
        }
        List<Observation> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            List<String> cells = parseLine(lines[i]);
            if (cells.size() != header.size()) {
                throw new InvalidDatasetException("csv[" + (i + 1) + "]", "expected " + header.size() + " cells");
            }
            TreeMap<String, String> dims = new TreeMap<>();
            boolean hasDerived =
                    header.size() > FIXED.size() && header.get(FIXED.size()).equals(DERIVED);
            int firstDim = FIXED.size() + (hasDerived ? 1 : 0);
            for (int k = firstDim; k < header.size(); k++) {
                if (!cells.get(k).isEmpty()) {
                    dims.put(header.get(k), cells.get(k));
                }
            }
            Unit unit;
            try {
                unit = Unit.valueOf(cells.get(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidDatasetException("csv[" + (i + 1) + "].unit", "unknown unit " + cells.get(2), e);
            }
            out.add(new Observation(
                    StatPeriod.parse(cells.get(0)),
                    dims,
                    cells.get(1),
                    unit,
                    Value.parse(cells.get(3)),
                    cells.get(6).isEmpty() ? Optional.empty() : Optional.of(cells.get(6)),
                    !hasDerived || cells.get(7).isEmpty() ? Optional.empty() : Optional.of(cells.get(7))));
        }
        return out;
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String quote(String s) {
        return CsvFields.quote(s);
    }

    private static List<String> parseLine(String line) {
        return CsvFields.split(line);
    }
}
