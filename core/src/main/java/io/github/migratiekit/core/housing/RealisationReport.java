package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The realisation of a period's taakstelling per municipality and per province.
 *
 * <p>Only municipalities with a {@link Realisation} are reported; province lines sum those. Immutable and
 * thread-safe.
 *
 * @param period the half year of the allocation reported on
 * @param municipalities one line per reported municipality, sorted by code
 * @param provinces one line per province with reported municipalities, sorted by name
 */
public record RealisationReport(
        TaakstellingPeriod period, List<MunicipalRealisation> municipalities, List<ProvinceRealisation> provinces) {

    /**
     * Copies the lists into immutable lists.
     *
     * @param period the half year of the allocation reported on
     * @param municipalities one line per reported municipality, sorted by code
     * @param provinces one line per province with reported municipalities, sorted by name
     */
    public RealisationReport {
        Checks.nonNull(period, "realisationReport.period");
        Checks.nonNull(municipalities, "realisationReport.municipalities");
        Checks.nonNull(provinces, "realisationReport.provinces");
        municipalities = List.copyOf(municipalities);
        provinces = List.copyOf(provinces);
    }

    /**
     * Reports the realisation of an allocation.
     *
     * @param allocation the period's allocation
     * @param realisations what each reported municipality carried in and housed; at most one per code
     * @return the report
     * @throws InvalidTableRowException if a code appears twice (the row is the 1-based list position)
     * @throws UnknownMunicipalityException if a code is not in the allocation
     */
    public static RealisationReport of(TaakstellingAllocation allocation, List<Realisation> realisations) {
        Checks.nonNull(allocation, "allocation");
        Checks.nonNull(realisations, "realisations");
        Map<String, MunicipalTask> tasks = new HashMap<>();
        allocation.municipalities().forEach(t -> tasks.put(t.code(), t));
        Set<String> seen = new HashSet<>();
        Map<String, MunicipalRealisation> lines = new TreeMap<>();
        for (int i = 0; i < realisations.size(); i++) {
            Realisation r = realisations.get(i);
            MunicipalTask t = tasks.get(r.code());
            if (t == null) {
                throw new UnknownMunicipalityException(
                        "realised",
                        i + 1,
                        r.code(),
                        allocation.populationReferenceDate().toString());
            }
            if (!seen.add(r.code())) {
                throw new InvalidTableRowException("realised", i + 1, "gemeentecode", "duplicate CBS code " + r.code());
            }
            LedgerLine l = TaakstellingLedger.line(allocation.period(), r.openingPosition(), t.allocated(), r.housed());
            lines.put(
                    r.code(),
                    new MunicipalRealisation(
                            t.code(),
                            t.name(),
                            t.province(),
                            l.task(),
                            l.openingPosition(),
                            l.correctedTask(),
                            l.housed(),
                            l.closingPosition(),
                            l.percentage()));
        }
        Map<String, long[]> sums = new TreeMap<>();
        for (MunicipalRealisation m : lines.values()) {
            long[] s = sums.computeIfAbsent(m.province(), k -> new long[6]);
            s[0]++;
            s[1] += m.task();
            s[2] += m.openingPosition();
            s[3] += m.correctedTask();
            s[4] += m.housed();
            s[5] += m.backlog();
        }
        List<ProvinceRealisation> provinces = new ArrayList<>();
        sums.forEach((p, s) -> provinces.add(new ProvinceRealisation(
                p, (int) s[0], s[1], s[2], s[3], s[4], s[5], TaakstellingLedger.percentage(s[4], s[3]))));
        return new RealisationReport(allocation.period(), new ArrayList<>(lines.values()), provinces);
    }
}
