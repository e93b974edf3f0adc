package io.github.migratiekit.statistics.dataset;

import io.github.migratiekit.core.internal.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One figure of a dataset: a period, dimensions (nationality, track, permit purpose, procedure stage, …), the measure
 * (what is counted, e.g. {@code "decisions"} or {@code "grant_rate"}), the unit, and the value with its precision.
 *
 * <p>The {@link #key() key} (period, dimensions, measure) is unique within a dataset. Immutable; dimensions are kept
 * sorted by name.
 *
 * @param period the period the figure covers: a year, half year, quarter, month, or a reference date
 * @param dimensions dimension name to value, e.g. {@code {outcome=granted}}
 * @param measure the measure, lower-case with underscores
 * @param unit the unit of the value, e.g. persons, decisions or percent
 * @param value the value as printed, with its precision (exact, rounded, censored or corrected)
 * @param note a remark from the source (a footnote, a correction), if any
 * @param derived the formula, when the figure is not printed by the source but computed from printed figures (e.g.
 *     {@code "refugee_status + subsidiary_protection + humanitarian"}); empty for a printed figure
 */
public record Observation(
        StatPeriod period,
        SortedMap<String, String> dimensions,
        String measure,
        Unit unit,
        Value value,
        Optional<String> note,
        Optional<String> derived) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern DIM_VALUE = Pattern.compile("[^|=]+");

    /**
     * Validates names and copies the dimensions.
     *
     * @param period the period the figure covers: a year, half year, quarter, month, or a reference date
     * @param dimensions dimension name to value, e.g. {@code {outcome=granted}}
     * @param measure the measure, lower-case with underscores
     * @param unit the unit of the value, e.g. persons, decisions or percent
     * @param value the value as printed, with its precision (exact, rounded, censored or corrected)
     * @param note a remark from the source (a footnote, a correction), if any
     * @param derived the formula, when the figure is computed from printed figures; empty for a printed figure
     * @throws InvalidDatasetException if the measure or a dimension name is not lower-case with underscores, a
     *     dimension value is blank or holds {@code |} or {@code =}, or a dimension is called {@code period} or
     *     {@code measure}
     */
    public Observation {
        Checks.nonNull(period, "observation.period");
        Checks.nonNull(dimensions, "observation.dimensions");
        Checks.nonNull(measure, "observation.measure");
        Checks.nonNull(unit, "observation.unit");
        Checks.nonNull(value, "observation.value");
        Checks.nonNull(note, "observation.note");
        Checks.nonNull(derived, "observation.derived");
        if (!NAME.matcher(measure).matches()) {
            throw new InvalidDatasetException("measure", "must be lower-case with underscores, was '" + measure + "'");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : dimensions.entrySet()) {
            String k = e.getKey();
            if (!NAME.matcher(k).matches() || k.equals("period") || k.equals("measure") || k.equals("unit")) {
                throw new InvalidDatasetException("dimensions", "bad dimension name '" + k + "'");
            }
            if (e.getValue().isBlank() || !DIM_VALUE.matcher(e.getValue()).matches()) {
                throw new InvalidDatasetException("dimensions." + k, "bad value '" + e.getValue() + "'");
            }
            copy.put(k, e.getValue());
        }
        dimensions = Collections.unmodifiableSortedMap(copy);
        if (derived.isPresent() && derived.get().isBlank()) {
            throw new InvalidDatasetException("derived", "a derived figure needs its formula");
        }
    }

    /**
     * Returns a printed figure (not derived).
     *
     * @param period the period the figure covers
     * @param dimensions dimension name to value
     * @param measure the measure
     * @param unit the unit of the value
     * @param value the value as printed
     * @param note a remark from the source, if any
     */
    public Observation(
            StatPeriod period,
            SortedMap<String, String> dimensions,
            String measure,
            Unit unit,
            Value value,
            Optional<String> note) {
        this(period, dimensions, measure, unit, value, note, Optional.empty());
    }

    /**
     * Returns an observation without a note.
     *
     * @param period the period the figure covers: a year, half year, quarter, month, or a reference date
     * @param dimensions the dimensions
     * @param measure the measure
     * @param unit the unit of the value, e.g. persons, decisions or percent
     * @param value the value as printed, with its precision (exact, rounded, censored or corrected)
     * @return the observation
     */
    public static Observation of(
            StatPeriod period, Map<String, String> dimensions, String measure, Unit unit, Value value) {
        Checks.nonNull(period, "period");
        Checks.nonNull(dimensions, "dimensions");
        Checks.nonNull(measure, "measure");
        Checks.nonNull(unit, "unit");
        Checks.nonNull(value, "value");
        return new Observation(period, new TreeMap<>(dimensions), measure, unit, value, Optional.empty());
    }

    /**
     * Returns the key: period, dimensions and measure, e.g. {@code "2023|outcome=granted|decisions"}.
     *
     * @return the key, unique within a dataset
     */
    public String key() {
        StringBuilder sb = new StringBuilder(period.text());
        dimensions.forEach((k, v) -> sb.append('|').append(k).append('=').append(v));
        return sb.append('|').append(measure).toString();
    }

    /**
     * Returns the value of a coordinate: {@code "period"}, {@code "measure"}, or a dimension name.
     *
     * @param name the coordinate
     * @return its value, or empty when the observation has no such dimension
     */
    public Optional<String> coordinate(String name) {
        return switch (name) {
            case "period" -> Optional.of(period.text());
            case "measure" -> Optional.of(measure);
            default -> Optional.ofNullable(dimensions.get(name));
        };
    }

    /**
     * Returns whether every coordinate in the selector has the given value here.
     *
     * @param selector coordinate name to value ({@code period}, {@code measure}, or dimension names)
     * @return true when all match
     */
    public boolean matches(Map<String, String> selector) {
        for (Map.Entry<String, String> e : selector.entrySet()) {
            if (!coordinate(e.getKey()).map(e.getValue()::equals).orElse(false)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return key() + " = " + value.token() + " " + unit
                + derived.map(f -> " (derived: " + f + ")").orElse("");
    }
}
