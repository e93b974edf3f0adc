package io.github.migratiekit.statistics.dataset;

import io.github.migratiekit.core.csv.CsvFields;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;

/**
 * Reads the compact transcription format of bundled dataset files (and CSV tables described by such a file) into
 * {@link Dataset}s.
 *
 * <p>A file gives the id, title, source, rounding (a preset {@code "svm2024"}, {@code "exact"}, {@code "fives"} or
 * an object {@code {"counts":10,"percent":1,"rule":"…"}}), default {@code measure} and {@code unit}, per-measure
 * {@code units}, then {@code columns} and {@code rows}. A column header is either a coordinate ({@code period},
 * {@code measure}, {@code unit}, {@code note} or a dimension name) that each row supplies, or a value column
 * {@code "k=v;k=v"} fixing coordinates for the cells under it (e.g. {@code "period=2023"},
 * {@code "measure=change_pct;period=2023"}), or {@code "value"}. Cells are numbers (interpreted by the rounding
 * rule), tokens ({@code "<5"}, {@code "18170!18250"}, {@code "1.20"}), or {@code null} for an empty cell. Instead of
 * rows, {@code "csv": {"file": …, "columns": {csvHeader: header}, "filter": {csvHeader: value}, "labels": {raw:
 * label}}} reads a CSV resource (labels renames raw label cells, e.g. {@code "Totaal"} to {@code "total"}).
 * Relations are given as {@code sum}, {@code linear}, {@code ratio}, {@code change} or {@code mean} objects, each
 * with its {@code location} (figure or table and page; older files say {@code lines}) and optionally a {@code basis}
 * {@code {"kind": "assumed_identity" | "reference_dates" | "data_versions" | "sources" | "constructed", "note": …}}
 * when the relation is not printed by the source (without it, the relation joins figures printed together).
 * {@code "overrides": [{"where": selector, "unit": …, "step": …}]} sets the unit or the rounding step of the matching
 * cells (e.g. decisions among applications, a year rounded to hundreds); {@code "derived": [{"where": selector,
 * "formula": …}]} marks cells that the source does not print but that were computed from printed figures. Optional
 * {@code titleEn} gives the English title and {@code source.carrier} the carrier the figures were copied from.
 *
 * <p>Stateless and thread-safe. Failures are {@link InvalidDatasetException}s naming the dataset and the element.
 */
public final class DatasetFiles {
    private DatasetFiles() {}

    /**
     * Reads a dataset file.
     *
     * @param json the file content
     * @param resources opens a sibling resource (a CSV) by file name; may throw if absent
     * @return the dataset
     * @throws InvalidDatasetException if the file breaks the format or a dataset rule; names the dataset and element
     */
    public static Dataset read(String json, Function<String, InputStream> resources) {
        Checks.nonNull(json, "json");
        Checks.nonNull(resources, "resources");
        JsonNode root;
        try {
            root = Json.mapper()
                    .reader()
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(json);
        } catch (JacksonException e) {
            throw new InvalidDatasetException("dataset", "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (NumberFormatException e) {
            // Jackson's number limits (e.g. an exponent of a million digits) end in this, not in a JacksonException
            String m = String.valueOf(e.getMessage());
            throw new InvalidDatasetException(
                    "dataset", "a number out of range: " + (m.length() > 120 ? m.substring(0, 120) + "…" : m), e);
        }
        String id;
        try {
            id = text(root, "id", "dataset");
        } catch (JacksonException e) {
            throw new InvalidDatasetException("dataset.id", "must be a text: " + e.getOriginalMessage(), e);
        }
        try {
            return parse(id, root, resources);
        } catch (InvalidDatasetException e) {
            if (e.field().startsWith(id)) {
                throw e;
            }
            throw new InvalidDatasetException(id + "." + e.field(), e.rule(), e);
        } catch (JacksonException e) {
            // an element of the wrong JSON type (an object where a text belongs, found by fuzzing): Jackson refuses
            // to coerce it; the file breaks the format
            throw new InvalidDatasetException(id, "an element has the wrong JSON type: " + e.getOriginalMessage(), e);
        }
    }

    private static Dataset parse(String id, JsonNode root, Function<String, InputStream> resources) {
        String title = text(root, "title", id);
        JsonNode src = root.get("source");
        if (src == null || !src.isObject()) {
            throw new InvalidDatasetException(id + ".source", "missing: every dataset must name its source");
        }
        SourceRef source = new SourceRef(
                text(src, "document", id + ".source"),
                text(src, "table", id + ".source"),
                optText(src, "lines"),
                optText(src, "page"),
                text(src, "publisher", id + ".source"),
                src.path("year").asInt(0),
                text(src, "licence", id + ".source"),
                optText(src, "provider"),
                optText(src, "note").orElse(""),
                optText(src, "carrier"));
        RoundingRule rounding = rounding(id, root.get("rounding"));
        String defMeasure = optText(root, "measure").orElse("count");
        Unit defUnit = unit(optText(root, "unit").orElse("PERSONS"), id + ".unit");
        Map<String, Unit> units = new HashMap<>();
        JsonNode u = root.get("units");
        if (u != null) {
            for (Map.Entry<String, JsonNode> e : u.properties()) {
                units.put(e.getKey(), unit(e.getValue().asString(), id + ".units." + e.getKey()));
            }
        }
        List<String> headers = new ArrayList<>();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        JsonNode csv = root.get("csv");
        if (csv != null) {
            readCsv(id, csv, resources, headers, rows);
        } else {
            JsonNode cols = root.get("columns");
            JsonNode rs = root.get("rows");
            if (cols == null || rs == null) {
                throw new InvalidDatasetException(id + ".rows", "give columns and rows, or csv");
            }
            cols.forEach(c -> headers.add(c.asString()));
            int r = 0;
            for (JsonNode row : rs) {
                if (row.size() != headers.size()) {
                    throw new InvalidDatasetException(
                            id + ".rows[" + r + "]", "has " + row.size() + " cells, expected " + headers.size());
                }
                List<@Nullable Object> cells = new ArrayList<>();
                row.forEach(c -> cells.add(cell(c)));
                rows.add(cells);
                r++;
            }
        }
        List<Observation> obs = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<@Nullable Object> row = rows.get(r);
            Map<String, String> coords = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                String h = headers.get(c);
                Object v = row.get(c);
                if (!h.contains("=") && !h.equals("value") && v != null) {
                    coords.put(
                            h,
                            v instanceof BigDecimal b
                                    ? plausible(b, b.toString()).toPlainString()
                                    : v.toString());
                }
            }
            for (int c = 0; c < headers.size(); c++) {
                String h = headers.get(c);
                Object v = row.get(c);
                if (v == null || !(h.contains("=") || h.equals("value"))) {
                    continue;
                }
                Map<String, String> all = new LinkedHashMap<>(coords);
                if (h.contains("=")) {
                    for (String part : h.split(";")) {
                        String[] kv = part.split("=", 2);
                        if (kv.length != 2 || kv[0].isBlank()) {
                            throw new InvalidDatasetException(
                                    id + ".columns",
                                    "a column that fixes coordinates must read name=value;name=value, not '" + h + "'");
                        }
                        all.put(kv[0].trim(), kv[1].trim());
                    }
                }
                String where = id + ".rows[" + r + "]." + h;
                obs.add(observation(where, all, v, defMeasure, defUnit, units, rounding));
            }
        }
        JsonNode ovs = root.get("overrides");
        if (ovs != null) {
            int i = 0;
            for (JsonNode on : ovs) {
                String where = id + ".overrides[" + i++ + "]";
                Map<String, String> sel = selector(on, "where", where);
                Optional<String> unitText = optText(on, "unit");
                Optional<Unit> newUnit = unitText.map(t -> unit(t, where + ".unit"));
                JsonNode step = on.get("step");
                boolean any = false;
                for (int k = 0; k < obs.size(); k++) {
                    Observation o = obs.get(k);
                    if (!o.matches(sel)) {
                        continue;
                    }
                    any = true;
                    Value v = o.value();
                    if (step != null) {
                        BigDecimal printed = v.printed()
                                .orElseThrow(() -> new InvalidDatasetException(
                                        where,
                                        "a step needs a printed number, not "
                                                + o.value().token()));
                        v = Value.rounded(printed, step.decimalValue());
                    }
                    obs.set(
                            k,
                            new Observation(
                                    o.period(),
                                    o.dimensions(),
                                    o.measure(),
                                    newUnit.orElse(o.unit()),
                                    v,
                                    o.note(),
                                    o.derived()));
                }
                if (!any) {
                    throw new InvalidDatasetException(where, "the selector " + sel + " matches no observation");
                }
            }
        }
        JsonNode der = root.get("derived");
        if (der != null) {
            int i = 0;
            for (JsonNode dn : der) {
                String where = id + ".derived[" + i++ + "]";
                Map<String, String> sel = selector(dn, "where", where);
                String formula = text(dn, "formula", where);
                boolean any = false;
                for (int k = 0; k < obs.size(); k++) {
                    Observation o = obs.get(k);
                    if (o.matches(sel)) {
                        any = true;
                        obs.set(
                                k,
                                new Observation(
                                        o.period(),
                                        o.dimensions(),
                                        o.measure(),
                                        o.unit(),
                                        o.value(),
                                        o.note(),
                                        Optional.of(formula)));
                    }
                }
                if (!any) {
                    throw new InvalidDatasetException(where, "the selector " + sel + " matches no observation");
                }
            }
        }
        List<Relation> relations = new ArrayList<>();
        JsonNode rels = root.get("relations");
        if (rels != null) {
            int i = 0;
            for (JsonNode rel : rels) {
                relations.add(relation(id + ".relations[" + i++ + "]", rel));
            }
        }
        List<SeriesBreak> breaks = new ArrayList<>();
        JsonNode brs = root.get("breaks");
        if (brs != null) {
            for (JsonNode b : brs) {
                breaks.add(new SeriesBreak(
                        StatPeriod.parse(text(b, "from", id + ".breaks")),
                        text(b, "description", id + ".breaks"),
                        location(b, id + ".breaks")));
            }
        }
        List<String> notes = new ArrayList<>();
        JsonNode ns = root.get("notes");
        if (ns != null) {
            ns.forEach(n -> notes.add(n.asString()));
        }
        return new Dataset(
                id,
                title,
                source,
                rounding,
                obs,
                relations,
                breaks,
                notes,
                optText(root, "titleEn").orElse(""));
    }

    private static Observation observation(
            String where,
            Map<String, String> coords,
            Object cell,
            String defMeasure,
            Unit defUnit,
            Map<String, Unit> units,
            RoundingRule rounding) {
        String periodText = coords.remove("period");
        if (periodText == null) {
            throw new InvalidDatasetException(where, "no period for this cell");
        }
        StatPeriod period;
        try {
            period = StatPeriod.parse(periodText);
        } catch (InvalidDatasetException e) {
            throw new InvalidDatasetException(where + ".period", e.rule(), e);
        }
        String measure = Optional.ofNullable(coords.remove("measure")).orElse(defMeasure);
        String unitText = coords.remove("unit");
        Unit unit = unitText != null ? unit(unitText, where + ".unit") : units.getOrDefault(measure, defUnit);
        String note = coords.remove("note");
        Value value;
        try {
            value = interpret(cell, unit, rounding);
        } catch (InvalidDatasetException e) {
            throw new InvalidDatasetException(where, e.rule(), e);
        }
        return new Observation(
                period,
                new TreeMap<>(coords),
                measure,
                unit,
                value,
                Optional.ofNullable(note).filter(n -> !n.isBlank()));
    }

    /**
     * Interprets a cell: a number by the rounding rule, or a token. Plain numbers on either side of a correction
     * ({@code "18170!18250"}) are interpreted by the rule too.
     *
     * @param cell a {@link BigDecimal} or a token string
     * @param unit the unit of the observation
     * @param rounding the dataset's rule
     * @return the value
     * @throws InvalidDatasetException if the token is malformed
     */
    public static Value interpret(Object cell, Unit unit, RoundingRule rounding) {
        Checks.nonNull(cell, "cell");
        Checks.nonNull(unit, "unit");
        Checks.nonNull(rounding, "rounding");
        if (cell instanceof BigDecimal b) {
            return rounding.interpret(plausible(b, b.toString()), unit);
        }
        String t = cell.toString().trim();
        int bang = t.indexOf('!');
        if (bang >= 0) {
            return new Value.Corrected(
                    interpret(t.substring(0, bang), unit, rounding), interpret(t.substring(bang + 1), unit, rounding));
        }
        if (t.startsWith("<") || t.contains("~")) {
            return Value.parse(t);
        }
        try {
            return rounding.interpret(plausible(new BigDecimal(t), t), unit);
        } catch (NumberFormatException e) {
            throw new InvalidDatasetException("value", "not a number or token: '" + t + "'", e);
        }
    }

    private static @Nullable Object cell(JsonNode c) {
        if (c.isNull()) {
            return null;
        }
        if (c.isNumber()) {
            return c.decimalValue();
        }
        return c.asString();
    }

    private static void readCsv(
            String id,
            JsonNode csv,
            Function<String, InputStream> resources,
            List<String> headers,
            List<List<@Nullable Object>> rows) {
        String file = text(csv, "file", id + ".csv");
        JsonNode map = csv.get("columns");
        if (map == null) {
            throw new InvalidDatasetException(id + ".csv.columns", "missing");
        }
        Map<String, String> labels = new HashMap<>();
        JsonNode lb = csv.get("labels");
        if (lb != null) {
            lb.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
        }
        Map<String, String> filter = new HashMap<>();
        JsonNode f = csv.get("filter");
        if (f != null) {
            f.properties().forEach(e -> filter.put(e.getKey(), e.getValue().asString()));
        }
        List<String> lines = new ArrayList<>();
        try (InputStream in = resources.apply(file);
                BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = br.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            throw new InvalidDatasetException(id + ".csv", file + " is empty");
        }
        String[] csvHeaders = CsvFields.split(lines.get(0)).toArray(new String[0]);
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < csvHeaders.length; i++) {
            JsonNode target = map.get(csvHeaders[i].trim());
            if (target != null) {
                headers.add(target.asString());
                used.add(i);
            }
        }
        if (headers.isEmpty()) {
            throw new InvalidDatasetException(id + ".csv.columns", "no column of " + file + " is mapped");
        }
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = CsvFields.split(lines.get(r)).toArray(new String[0]);
            if (cells.length != csvHeaders.length) {
                throw new InvalidDatasetException(id + ".csv[" + file + ":" + (r + 1) + "]", "wrong number of cells");
            }
            boolean keep = true;
            for (Map.Entry<String, String> e : filter.entrySet()) {
                int idx = indexOf(csvHeaders, e.getKey());
                if (idx < 0 || !cells[idx].trim().equals(e.getValue())) {
                    keep = false;
                }
            }
            if (!keep) {
                continue;
            }
            List<@Nullable Object> row = new ArrayList<>();
            for (int k = 0; k < used.size(); k++) {
                String raw = cells[used.get(k)].trim();
                String h = headers.get(k);
                boolean valueColumn = h.contains("=") || h.equals("value");
                if (raw.isEmpty()) {
                    row.add(null);
                } else if (valueColumn) {
                    row.add(raw.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(raw) : raw);
                } else {
                    row.add(slug(labels.getOrDefault(raw, raw)));
                }
            }
            rows.add(row);
        }
    }

    private static int indexOf(String[] headers, String name) {
        for (int i = 0; i < headers.length; i++) {
            if (headers[i].trim().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Turns a CSV label into a dimension value: kept as is except that {@code |} and {@code =} become spaces.
     *
     * @param raw the label
     * @return the value
     */
    static String slug(String raw) {
        return raw.replace('|', ' ').replace('=', ' ').trim();
    }

    private static Relation relation(String where, JsonNode r) {
        String type = text(r, "type", where);
        String lines = location(r, where);
        Relation.Basis basis = basis(r, where);
        List<String> each = new ArrayList<>();
        JsonNode e = r.get("each");
        if (e != null) {
            e.forEach(x -> each.add(x.asString()));
        }
        String label = optText(r, "label").orElse("");
        switch (type) {
            case "sum" -> {
                Map<String, String> total = selector(r, "total", where);
                List<Relation.Term> terms = new ArrayList<>();
                for (Map<String, String> p : selectors(r, "parts", where)) {
                    terms.add(new Relation.Term(1, p));
                }
                return new Relation.Linear(label.isEmpty() ? "sum " + total : label, lines, each, total, terms, basis);
            }
            case "linear" -> {
                Map<String, String> target = selector(r, "target", where);
                List<Relation.Term> terms = new ArrayList<>();
                JsonNode ts = r.get("terms");
                if (ts == null) {
                    throw new InvalidDatasetException(where + ".terms", "missing");
                }
                for (JsonNode t : ts) {
                    terms.add(new Relation.Term(t.path("coef").asDouble(1), selector(t, "cell", where)));
                }
                return new Relation.Linear(
                        label.isEmpty() ? "ledger " + target : label, lines, each, target, terms, basis);
            }
            case "ratio" -> {
                Map<String, String> target = selector(r, "target", where);
                return new Relation.Ratio(
                        label.isEmpty() ? "percentage " + target : label,
                        lines,
                        each,
                        target,
                        selectors(r, "numerator", where),
                        selectors(r, "denominator", where),
                        basis);
            }
            case "change" -> {
                Map<String, String> target = selector(r, "target", where);
                return new Relation.Change(
                        label.isEmpty() ? "change " + target : label,
                        lines,
                        each,
                        target,
                        selector(r, "from", where),
                        selector(r, "to", where),
                        basis);
            }
            case "mean" -> {
                Map<String, String> target = selector(r, "target", where);
                return new Relation.Mean(
                        label.isEmpty() ? "weighted mean " + target : label,
                        lines,
                        each,
                        target,
                        selectors(r, "counts", where),
                        selectors(r, "means", where),
                        basis);
            }
            default ->
                throw new InvalidDatasetException(
                        where + ".type", "expected sum, linear, ratio, change or mean, got '" + type + "'");
        }
    }

    private static String location(JsonNode n, String where) {
        Optional<String> loc = optText(n, "location");
        return loc.isPresent() ? loc.get() : text(n, "lines", where);
    }

    private static Relation.Basis basis(JsonNode r, String where) {
        JsonNode b = r.get("basis");
        if (b == null) {
            return Relation.Basis.printed();
        }
        String kind = text(b, "kind", where + ".basis");
        try {
            return new Relation.Basis(
                    Relation.Basis.Kind.valueOf(
                            kind.trim().toUpperCase(Locale.ROOT).replace('-', '_')),
                    optText(b, "note").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new InvalidDatasetException(where + ".basis.kind", "unknown kind '" + kind + "'", e);
        }
    }

    private static Map<String, String> selector(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isObject()) {
            throw new InvalidDatasetException(where + "." + field, "missing selector object");
        }
        Map<String, String> m = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> en = it.next();
            m.put(en.getKey(), en.getValue().asString());
        }
        return m;
    }

    private static List<Map<String, String>> selectors(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isArray() || n.isEmpty()) {
            throw new InvalidDatasetException(where + "." + field, "missing list of selectors");
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonNode x : n) {
            Map<String, String> m = new LinkedHashMap<>();
            x.properties().forEach(en -> m.put(en.getKey(), en.getValue().asString()));
            out.add(m);
        }
        return out;
    }

    private static RoundingRule rounding(String id, @Nullable JsonNode n) {
        if (n == null) {
            throw new InvalidDatasetException(id + ".rounding", "missing: say how the source rounds");
        }
        if (n.isString()) {
            return switch (n.asString()) {
                case "svm2024" ->
                    RoundingRule.of(
                            10,
                            1,
                            "Staat van Migratie 2024: counts rounded to tens, 1–4 shown as <5, 5–10 as 10;"
                                    + " percentages computed on unrounded counts (Bijlage IV Methodologie,"
                                    + " pp. 161–162)");
                case "exact" -> RoundingRule.of(0, 1, "counts published unrounded; percentages to whole points");
                case "fives" -> RoundingRule.of(5, 1, "counts rounded to fives (CBS, Eurostat)");
                case "hundreds" -> RoundingRule.of(100, 1, "counts rounded to hundreds");
                default ->
                    throw new InvalidDatasetException(
                            id + ".rounding",
                            "unknown preset '" + n.asString() + "' (svm2024, exact, fives, hundreds)");
            };
        }
        return new RoundingRule(
                n.path("counts").decimalValue(), n.path("percent").decimalValue(), text(n, "rule", id + ".rounding"));
    }

    private static Unit unit(String text, String where) {
        try {
            return Unit.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidDatasetException(where, "unknown unit '" + text + "'", e);
        }
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asString().isBlank()) {
            throw new InvalidDatasetException(where + "." + field, "missing");
        }
        return v.asString();
    }

    private static Optional<String> optText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(v.asString());
    }

    /** The most digits a printed statistic has before or after the decimal point. */
    static final int MAX_DIGITS = 30;

    /**
     * Refuses a number no statistical table prints: more than {@link #MAX_DIGITS} digits before or after the
     * decimal point (e.g. {@code 1e1000000}, whose arithmetic would take minutes).
     *
     * @param n the number
     * @param token the text it was read from, for the message
     * @return {@code n}
     * @throws InvalidDatasetException if it is out of that range
     */
    static BigDecimal plausible(BigDecimal n, String token) {
        if (n.scale() > MAX_DIGITS || n.precision() - n.scale() > MAX_DIGITS) {
            throw new InvalidDatasetException(
                    "value",
                    "more than " + MAX_DIGITS + " digits before or after the decimal point: '"
                            + (token.length() > 40 ? token.substring(0, 40) + "…" : token) + "'");
        }
        return n;
    }
}
