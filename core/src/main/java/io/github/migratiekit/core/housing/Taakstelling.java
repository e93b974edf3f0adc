package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Apportions the national taakstelling of a half year over the municipalities in proportion to their inhabitants
 * (Huisvestingswet 2014 art. 28 ff.; Introductiedossier Migratie §4.5: "evenredig verdeeld naar het inwoneraantal
 * per gemeente").
 *
 * <p>The rounding practice of the ministry and the population reference date it uses are not published: both are
 * explicit parameters. Stateless and thread-safe.
 */
public final class Taakstelling {
    private Taakstelling() {}

    /**
     * Allocates a national total with Hamilton's largest-remainder method.
     *
     * @param period the half year
     * @param total the national number of status holders to be housed
     * @param registry the municipalities and their inhabitants
     * @return the allocation
     * @throws InvalidHousingInputException if the total is negative or the registry's population is zero
     */
    public static TaakstellingAllocation allocate(
            TaakstellingPeriod period, long total, MunicipalityRegistry registry) {
        Checks.nonNull(period, "period");
        Checks.nonNull(registry, "registry");
        return allocate(period, total, registry, StandardApportionmentMethod.HAMILTON);
    }

    /**
     * Allocates a national total with a chosen method.
     *
     * @param period the half year
     * @param total the national number of status holders to be housed; not negative
     * @param registry the municipalities and their inhabitants
     * @param method the apportionment method
     * @return the allocation, with per-province totals and an explanation
     * @throws InvalidHousingInputException if the total is negative or the registry's population is zero
     */
    public static TaakstellingAllocation allocate(
            TaakstellingPeriod period, long total, MunicipalityRegistry registry, ApportionmentMethod method) {
        Checks.nonNull(period, "period");
        Checks.nonNull(registry, "registry");
        Checks.nonNull(method, "method");
        List<WeightedKey> items = new ArrayList<>(registry.size());
        for (Municipality m : registry.municipalities()) {
            items.add(WeightedKey.of(m.code(), m.population()));
        }
        Apportionment a = Apportioner.apportion(total, items, method);
        List<MunicipalTask> lines = new ArrayList<>(registry.size());
        for (int i = 0; i < registry.size(); i++) {
            Municipality m = registry.municipalities().get(i);
            ApportionedShare s = a.shares().get(i);
            lines.add(
                    new MunicipalTask(m.code(), m.name(), m.provinceName(), m.population(), s.quota(), s.allocated()));
        }
        Explanation.Builder ex = Explanation.builder()
                .addAll(period.explanation())
                .step(
                        "The national taakstelling of " + total + " status holders is distributed in proportion to"
                                + " the inhabitants of each municipality",
                        HousingSources.HUISVESTINGSWET_29_31)
                .step("Each municipality houses its share", HousingSources.HUISVESTINGSWET_28)
                .fact("Population: " + registry.size() + " municipalities, " + registry.totalPopulation()
                        + " inhabitants on " + registry.referenceDate() + " (" + registry.source() + ")")
                .fact("Rounding to whole persons: " + method.description()
                        + " (the official rounding practice is not published; the method was chosen explicitly)");
        if (registry.referenceDate().isAfter(period.announcementDeadline())) {
            ex.fact("Note: the population reference date " + registry.referenceDate() + " is after the announcement"
                    + " deadline " + period.announcementDeadline() + "; an official allocation would have used older"
                    + " figures");
        }
        if (a.difference() != 0) {
            ex.fact("The rounded shares sum to " + a.allocatedSum() + ", a difference of " + signed(a.difference())
                    + " from the national total");
        }
        return new TaakstellingAllocation(
                period,
                period.announcementDeadline(),
                registry.referenceDate(),
                method.id(),
                total,
                a.allocatedSum(),
                a.difference(),
                lines,
                provinceTotals(lines),
                ex.build());
    }

    static String signed(long v) {
        return v > 0 ? "+" + v : Long.toString(v);
    }

    private static List<ProvinceTotal> provinceTotals(List<MunicipalTask> lines) {
        Map<String, long[]> sums = new TreeMap<>();
        Map<String, BigDecimal> quotas = new TreeMap<>();
        for (MunicipalTask t : lines) {
            long[] s = sums.computeIfAbsent(t.province(), k -> new long[3]);
            s[0]++;
            s[1] += t.population();
            s[2] += t.allocated();
            quotas.merge(t.province(), t.quota(), BigDecimal::add);
        }
        List<ProvinceTotal> out = new ArrayList<>();
        sums.forEach((p, s) ->
                out.add(new ProvinceTotal(p, (int) s[0], s[1], quotas.getOrDefault(p, BigDecimal.ZERO), s[2])));
        return out;
    }

    /**
     * Sums per-municipality lines per province (used for Spreidingswet allocations too).
     *
     * @param provinceOf the province of each line
     * @param population the population of each line
     * @param quota the quota of each line
     * @param allocated the allocated number of each line
     * @return the province totals sorted by name
     */
    static List<ProvinceTotal> provinceTotals(
            List<String> provinceOf, List<Long> population, List<BigDecimal> quota, List<Long> allocated) {
        List<MunicipalTask> lines = new ArrayList<>();
        for (int i = 0; i < provinceOf.size(); i++) {
            lines.add(new MunicipalTask(
                    "GM0000", "-", provinceOf.get(i), population.get(i), quota.get(i), allocated.get(i)));
        }
        return provinceTotals(lines);
    }
}
