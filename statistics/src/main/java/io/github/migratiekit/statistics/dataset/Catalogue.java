package io.github.migratiekit.statistics.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            out.add(new Entry(
                    d.id(),
                    d.title(),
                    d.source().citation(),
                    d.observations().size(),
                    d.relations().size()));
        }
        return out;
    }

    /**
     * One line of the catalogue listing.
     *
     * @param id the dataset id
     * @param title the title
     * @param source the source citation
     * @param observations the number of observations
     * @param relations the number of printed relations the check evaluates
     */
    public record Entry(String id, String title, String source, int observations, int relations) {}

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
