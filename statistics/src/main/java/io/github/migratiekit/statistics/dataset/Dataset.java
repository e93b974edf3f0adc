package io.github.migratiekit.statistics.dataset;

import io.github.migratiekit.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sourced table: an id, a title, its {@link SourceRef source}, the source's {@link RoundingRule rounding rule}, the
 * {@link Observation observations}, the {@link Relation relations} the source prints between them, documented
 * {@link SeriesBreak series breaks}, and notes.
 *
 * <p>Validated at construction: observation keys are unique, and every relation names cells that exist. Immutable
 * and thread-safe; the JSON form is the record's fields (values as tokens), and reading it back gives an equal
 * dataset.
 *
 * @param id the id, lower-case with digits and hyphens, e.g. {@code "svm2024-fig66-first-asylum-decisions"}
 * @param title the title, in the source's language
 * @param source where the figures come from
 * @param rounding how the source rounds
 * @param observations the figures, in source order
 * @param relations the arithmetic relations the source prints between the figures (totals, percentages, changes, means)
 * @param breaks documented breaks in the series
 * @param notes remarks on the transcription
 * @param titleEnglish the title in English (empty when not given)
 */
public record Dataset(
        String id,
        String title,
        SourceRef source,
        RoundingRule rounding,
        List<Observation> observations,
        List<Relation> relations,
        List<SeriesBreak> breaks,
        List<String> notes,
        String titleEnglish) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * Validates the dataset.
     *
     * @param id the id, lower-case with digits and hyphens, e.g. {@code "svm2024-fig66-first-asylum-decisions"}
     * @param title the title, in the source's language
     * @param source where the figures come from
     * @param rounding how the source rounds
     * @param observations the figures, in source order
     * @param relations the arithmetic relations the source prints between the figures (totals, percentages, changes,
     *     means)
     * @param breaks documented breaks in the series
     * @param notes remarks on the transcription
     * @param titleEnglish the title in English (empty when not given)
     * @throws InvalidDatasetException naming the dataset and the key: a bad id, a blank title, no observations, a
     *     duplicate observation key, or a relation whose target matches nothing
     */
    public Dataset {
        Checks.nonNull(id, "dataset.id");
        Checks.nonNull(title, "dataset.title");
        Checks.nonNull(source, "dataset.source");
        Checks.nonNull(rounding, "dataset.rounding");
        Checks.nonNull(observations, "dataset.observations");
        Checks.nonNull(relations, "dataset.relations");
        Checks.nonNull(breaks, "dataset.breaks");
        Checks.nonNull(notes, "dataset.notes");
        Checks.nonNull(titleEnglish, "dataset.titleEnglish");
        if (!ID.matcher(id).matches()) {
            throw new InvalidDatasetException(
                    "dataset.id", "must be lower-case letters, digits, hyphens: '" + id + "'");
        }
        if (title.isBlank()) {
            throw new InvalidDatasetException(id + ".title", "must not be blank");
        }
        if (observations.isEmpty()) {
            throw new InvalidDatasetException(id + ".observations", "a dataset needs at least one observation");
        }
        Set<String> keys = new java.util.HashSet<>();
        for (Observation o : observations) {
            if (!keys.add(o.key())) {
                throw new InvalidDatasetException(id + ".observations[" + o.key() + "]", "duplicate observation key");
            }
        }
        observations = List.copyOf(observations);
        relations = List.copyOf(relations);
        breaks = List.copyOf(breaks);
        notes = List.copyOf(notes);
        for (Relation r : relations) {
            boolean any = observations.stream().anyMatch(o -> o.matches(r.target()));
            if (!any) {
                throw new InvalidDatasetException(
                        id + ".relations[" + r.label() + "]", "the target " + r.target() + " matches no observation");
            }
        }
    }

    /**
     * Returns a dataset without an English title.
     *
     * @param id the id
     * @param title the title, in the source's language
     * @param source where the figures come from
     * @param rounding how the source rounds
     * @param observations the figures, in source order
     * @param relations the arithmetic relations the source prints between the figures
     * @param breaks documented breaks in the series
     * @param notes remarks on the transcription
     */
    public Dataset(
            String id,
            String title,
            SourceRef source,
            RoundingRule rounding,
            List<Observation> observations,
            List<Relation> relations,
            List<SeriesBreak> breaks,
            List<String> notes) {
        this(id, title, source, rounding, observations, relations, breaks, notes, "");
    }

    /**
     * Returns the observations matching a selector.
     *
     * @param selector coordinate name to value
     * @return the matching observations in dataset order
     */
    public List<Observation> select(Map<String, String> selector) {
        return observations.stream().filter(o -> o.matches(selector)).toList();
    }

    /**
     * Returns the one observation matching a selector.
     *
     * @param selector coordinate name to value
     * @return the observation, or empty when none matches
     * @throws InvalidDatasetException if more than one matches
     */
    public Optional<Observation> find(Map<String, String> selector) {
        List<Observation> found = select(selector);
        if (found.size() > 1) {
            throw new InvalidDatasetException(
                    id + ".select" + selector, found.size() + " observations match; add coordinates to the selector");
        }
        return found.stream().findFirst();
    }

    /**
     * Returns the one observation matching a selector, or fails.
     *
     * @param selector coordinate name to value
     * @return the observation
     * @throws InvalidDatasetException if none or more than one matches
     */
    public Observation get(Map<String, String> selector) {
        return find(selector)
                .orElseThrow(() -> new InvalidDatasetException(id + ".select" + selector, "no observation matches"));
    }

    /**
     * Returns the distinct values of a coordinate, in order of first appearance.
     *
     * @param coordinate {@code period}, {@code measure}, or a dimension name
     * @return the values
     */
    public List<String> values(String coordinate) {
        Set<String> out = new LinkedHashSet<>();
        for (Observation o : observations) {
            o.coordinate(coordinate).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    /**
     * Returns the dimension names used by any observation.
     *
     * @return the names, in order of first appearance
     */
    public List<String> dimensionNames() {
        Set<String> out = new LinkedHashSet<>();
        observations.forEach(o -> out.addAll(o.dimensions().keySet()));
        return new ArrayList<>(out);
    }

    /**
     * Returns the break, if any, that separates two periods.
     *
     * @param a one period
     * @param b the other
     * @return the first documented break between them
     */
    public Optional<SeriesBreak> breakBetween(StatPeriod a, StatPeriod b) {
        return breaks.stream().filter(br -> br.separates(a, b)).findFirst();
    }

    /**
     * Returns a copy holding only the observations that match the selector (a query result), keeping the source;
     * relations are dropped.
     *
     * @param selector coordinate name to value
     * @return the filtered dataset
     * @throws InvalidDatasetException if nothing matches
     */
    public Dataset filter(Map<String, String> selector) {
        Map<String, String> sel = new HashMap<>(selector);
        return new Dataset(id, title, source, rounding, select(sel), List.of(), breaks, notes, titleEnglish);
    }

    @Override
    public String toString() {
        return id + " (" + observations.size() + " observations; " + source.citation() + ")";
    }
}
