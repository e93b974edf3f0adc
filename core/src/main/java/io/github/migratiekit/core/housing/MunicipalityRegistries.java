package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A set of {@link MunicipalityRegistry registries}, one per population reference date, from which the registry in
 * force on a date is selected: the one with the latest reference date on or before that date.
 *
 * <p>Which reference date the ministry uses for a taakstelling is not published (probably 1 January of a recent
 * year); selecting by the announcement date of the period ({@link #forPeriod}) is this library's explicit choice, and
 * the result names its reference date so the choice is visible.
 *
 * <p>Immutable and thread-safe.
 */
public final class MunicipalityRegistries {
    private final List<MunicipalityRegistry> registries;

    private MunicipalityRegistries(List<MunicipalityRegistry> registries) {
        List<MunicipalityRegistry> sorted = new ArrayList<>(registries);
        sorted.sort(Comparator.comparing(MunicipalityRegistry::referenceDate));
        this.registries = List.copyOf(sorted);
    }

    /**
     * Returns the bundled registries (CBS, 1 January 2024).
     *
     * @return the set
     */
    public static MunicipalityRegistries bundled() {
        return new MunicipalityRegistries(List.of(MunicipalityRegistry.cbs2024()));
    }

    /**
     * Creates a set from registries.
     *
     * @param registries the registries; reference dates must differ
     * @return the set
     * @throws InvalidHousingInputException if two registries share a reference date
     */
    public static MunicipalityRegistries of(List<MunicipalityRegistry> registries) {
        Checks.nonNull(registries, "registries");
        for (int i = 0; i < registries.size(); i++) {
            for (int j = i + 1; j < registries.size(); j++) {
                if (registries.get(i).referenceDate().equals(registries.get(j).referenceDate())) {
                    throw new InvalidHousingInputException(
                            "registries[" + j + "].referenceDate",
                            "two registries for " + registries.get(j).referenceDate());
                }
            }
        }
        return new MunicipalityRegistries(registries);
    }

    /**
     * Returns a copy with another registry added, replacing one of the same reference date.
     *
     * @param registry the registry, e.g. a user table for another year
     * @return the new set
     */
    public MunicipalityRegistries with(MunicipalityRegistry registry) {
        List<MunicipalityRegistry> list = new ArrayList<>();
        for (MunicipalityRegistry r : registries) {
            if (!r.referenceDate().equals(registry.referenceDate())) {
                list.add(r);
            }
        }
        list.add(registry);
        return new MunicipalityRegistries(list);
    }

    /**
     * Returns the registries.
     *
     * @return the registries, by reference date ascending
     */
    public List<MunicipalityRegistry> registries() {
        return registries;
    }

    /**
     * Selects the registry with the latest reference date on or before a date.
     *
     * @param date the date
     * @return the registry, or empty if every reference date is later
     */
    public Optional<MunicipalityRegistry> onOrBefore(LocalDate date) {
        MunicipalityRegistry found = null;
        for (MunicipalityRegistry r : registries) {
            if (!r.referenceDate().isAfter(date)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Selects the registry for a taakstelling period: the latest reference date on or before the period's
     * announcement deadline.
     *
     * @param period the half year
     * @return the registry
     * @throws InvalidHousingInputException if no registry is that old; the message names the available dates
     */
    public MunicipalityRegistry forPeriod(TaakstellingPeriod period) {
        return onOrBefore(period.announcementDeadline())
                .orElseThrow(() -> new InvalidHousingInputException(
                        "period",
                        "no population table with a reference date on or before " + period.announcementDeadline()
                                + " (announcement of " + period + "); available: "
                                + registries.stream()
                                        .map(r -> r.referenceDate().toString())
                                        .toList()));
    }
}
