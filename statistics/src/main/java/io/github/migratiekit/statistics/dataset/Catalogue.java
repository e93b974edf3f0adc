package io.github.migratiekit.statistics.dataset;

import io.github.migratiekit.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled datasets: tables transcribed from De Staat van Migratie 2024, De Staat van het Consulaire 2024 and the
 * IND annual report 2016, and CBS and Eurostat series, each with its source.
 *
 * <p>{@link #standard()} reads the classpath resources once; the catalogue is immutable and thread-safe.
 */
public final class Catalogue {
    private static final String BASE = "data/";

    private final Map<String, Dataset> datasets;

    private Catalogue(Map<String, Dataset> datasets) {
        this.datasets = datasets;
    }

    /**
     * Returns the bundled catalogue.
     *
     * @return the catalogue
     * @throws InvalidDatasetException if a bundled file is broken (a build error, caught by the tests)
     */
    public static Catalogue standard() {
        return Holder.STANDARD;
    }

    /**
     * Returns a catalogue of the given datasets.
     *
     * @param datasets the datasets
     * @return the catalogue
     * @throws InvalidDatasetException if two datasets share an id
     */
    public static Catalogue of(List<Dataset> datasets) {
        Checks.nonNull(datasets, "datasets");
        Map<String, Dataset> m = new LinkedHashMap<>();
        for (Dataset d : datasets) {
            if (m.put(d.id(), d) != null) {
                throw new InvalidDatasetException("catalogue[" + d.id() + "]", "duplicate dataset id");
            }
        }
        return new Catalogue(java.util.Collections.unmodifiableMap(m));
    }

    /**
     * Returns every dataset, in catalogue order.
     *
     * @return the datasets
     */
    public List<Dataset> datasets() {
        return List.copyOf(datasets.values());
    }

    /**
     * Returns the dataset ids, in catalogue order.
     *
     * @return the ids
     */
    public List<String> ids() {
        return List.copyOf(datasets.keySet());
    }

    /**
     * Returns a dataset by id.
     *
     * @param id the id
     * @return the dataset, or empty
     */
    public Optional<Dataset> find(String id) {
        return Optional.ofNullable(datasets.get(id));
    }

    /**
     * Returns a dataset by id, or fails.
     *
     * @param id the id
     * @return the dataset
     * @throws InvalidDatasetException if there is no such dataset
     */
    public Dataset get(String id) {
        Dataset d = datasets.get(id);
        if (d == null) {
            throw new InvalidDatasetException("dataset", "no dataset '" + id + "'; see the catalogue listing");
        }
        return d;
    }

    /**
     * Returns the total number of observations.
     *
     * @return the count over all datasets
     */
    public int observationCount() {
        return datasets.values().stream().mapToInt(d -> d.observations().size()).sum();
    }

    /**
     * Returns the catalogue listing: one entry per dataset.
     *
     * @return the entries
     */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Dataset d : datasets.values()) {
            out.add(entry(d));
        }
        return out;
    }

    /**
     * Finds datasets by words in their titles (Dutch and English), id, source, measures, series and labels (dimension
     * names and values). Matching ignores case and accents; every word of the query must occur somewhere in the
     * dataset.
     *
     * @param query one or more words, e.g. {@code "asylum decisions"} or {@code "Fryslân"}
     * @return the entries of the matching datasets, in catalogue order
     * @throws InvalidDatasetException if the query has no word
     */
    public List<Entry> search(String query) {
        List<String> words = new ArrayList<>();
        for (String w : fold(query).split("[^\\p{Alnum}%]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            throw new InvalidDatasetException("query", "give at least one word to search for");
        }
        List<Entry> out = new ArrayList<>();
        for (Dataset d : datasets.values()) {
            String hay = haystack(d);
            if (words.stream().allMatch(hay::contains)) {
                out.add(entry(d));
            }
        }
        return out;
    }

    private static String haystack(Dataset d) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(d.id());
        parts.add(d.title());
        parts.add(d.titleEnglish());
        parts.add(d.source().document());
        parts.add(d.source().table());
        d.source().provider().ifPresent(parts::add);
        for (Observation o : d.observations()) {
            parts.add(o.measure());
            parts.add(o.unit().name());
            o.dimensions().forEach((k, v) -> {
                parts.add(k);
                parts.add(v);
            });
        }
        return fold(String.join(" ", parts).replace('_', ' '));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    private static Entry entry(Dataset d) {
        Set<String> measures = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        for (Observation o : d.observations()) {
            measures.add(o.measure());
            units.add(o.unit().name().toLowerCase(Locale.ROOT));
        }
        List<StatPeriod> periods = d.observations().stream()
                .map(Observation::period)
                .distinct()
                .sorted()
                .toList();
        return new Entry(
                d.id(),
                d.title(),
                d.source().citation(),
                d.observations().size(),
                d.relations().size(),
                d.titleEnglish(),
                List.copyOf(measures),
                List.copyOf(units),
                periods(periods),
                d.source().document(),
                d.source().location(),
                d.source().page().orElse("not determined"),
                d.source().provider().orElse(""),
                d.source().carrier().orElse(""));
    }

    private static String periods(List<StatPeriod> periods) {
        if (periods.size() <= 3) {
            return String.join(", ", periods.stream().map(StatPeriod::text).toList());
        }
        return periods.get(0).text() + "–" + periods.get(periods.size() - 1).text() + " (" + periods.size()
                + " periods)";
    }

    /**
     * One line of the catalogue listing.
     *
     * @param id the dataset id
     * @param title the title, in the source's language
     * @param source the source citation
     * @param observations the number of observations
     * @param relations the number of printed relations the check evaluates
     * @param titleEnglish the title in English
     * @param measures the measures, e.g. {@code ["decisions", "grant_rate"]}
     * @param units the units of the measures, lower case, e.g. {@code ["decisions", "percent"]}
     * @param periods the periods covered, e.g. {@code "2022, 2023"} or {@code "2015-01–2025-12 (132 periods)"}
     * @param document the publication or database
     * @param location the table or figure and the page, e.g. {@code "Figuur 66, page not determined (§4.3.4, pp.
     *     98–100)"}
     * @param page the page in the original publication, or {@code "not determined (…)"}
     * @param provider the organisation that supplied the figures, or empty
     * @param carrier where the figures were copied from when that is not the publisher, or empty
     */
    public record Entry(
            String id,
            String title,
            String source,
            int observations,
            int relations,
            String titleEnglish,
            List<String> measures,
            List<String> units,
            String periods,
            String document,
            String location,
            String page,
            String provider,
            String carrier) {
        /**
         * Refuses a {@code null} value and copies the lists.
         *
         * @param id the dataset id
         * @param title the title, in the source's language
         * @param source the source citation
         * @param observations the number of observations
         * @param relations the number of printed relations the check evaluates
         * @param titleEnglish the title in English
         * @param measures the measures
         * @param units the units of the measures
         * @param periods the periods covered
         * @param document the publication or database
         * @param location the table or figure and the page
         * @param page the page in the original publication
         * @param provider the organisation that supplied the figures, or empty
         * @param carrier where the figures were copied from when that is not the publisher, or empty
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public Entry {
            Checks.nonNull(id, "entry.id");
            Checks.nonNull(title, "entry.title");
            Checks.nonNull(source, "entry.source");
            Checks.nonNull(titleEnglish, "entry.titleEnglish");
            Checks.nonNull(measures, "entry.measures");
            Checks.nonNull(units, "entry.units");
            Checks.nonNull(periods, "entry.periods");
            Checks.nonNull(document, "entry.document");
            Checks.nonNull(location, "entry.location");
            Checks.nonNull(page, "entry.page");
            Checks.nonNull(provider, "entry.provider");
            Checks.nonNull(carrier, "entry.carrier");
            measures = List.copyOf(measures);
            units = List.copyOf(units);
        }
    }

    private static final class Holder {
        static final Catalogue STANDARD = load();
    }

    private static Catalogue load() {
        String index = resource("index.txt");
        List<Dataset> list = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            list.add(DatasetFiles.read(resource(name), Catalogue::open));
        }
        return of(list);
    }

    private static InputStream open(String name) {
        InputStream in = Catalogue.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new InvalidDatasetException("resource", "bundled file " + name + " is missing");
        }
        return in;
    }

    private static String resource(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
