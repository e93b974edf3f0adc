package io.github.migratiekit.core.housing.testing;

import io.github.migratiekit.core.housing.InterventionLadder;
import io.github.migratiekit.core.housing.LedgerEntry;
import io.github.migratiekit.core.housing.MetCriterion;
import io.github.migratiekit.core.housing.Municipality;
import io.github.migratiekit.core.housing.MunicipalityRegistry;
import io.github.migratiekit.core.housing.ProsperityCorrection;
import io.github.migratiekit.core.housing.Realisation;
import io.github.migratiekit.core.housing.StandardApportionmentMethod;
import io.github.migratiekit.core.housing.TaakstellingPeriod;
import io.github.migratiekit.core.housing.WeightedKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for the taakstelling and Spreidingswet types; shipped in core's test-jar.
 *
 * <p>Knobs that matter to testers: the number of items, the largest weight (small weights make ties and zero weights
 * frequent, which is where apportionment methods differ), the total, and the length of a ledger history.
 */
public final class HousingGenerators {
    private HousingGenerators() {}

    /**
     * Provinces used by generated municipalities (CBS codes and names).
     */
    private static final String[][] PROVINCES = {
        {"PV20", "Groningen"}, {"PV21", "Fryslân"}, {"PV22", "Drenthe"}, {"PV23", "Overijssel"},
        {"PV24", "Flevoland"}, {"PV25", "Gelderland"}, {"PV26", "Utrecht"}, {"PV27", "Noord-Holland"},
        {"PV28", "Zuid-Holland"}, {"PV29", "Zeeland"}, {"PV30", "Noord-Brabant"}, {"PV31", "Limburg"}
    };

    /**
     * Weight arrays in no particular order, with at least one positive weight.
     *
     * @param minSize the fewest weights, at least 1
     * @param maxSize the most weights
     * @param maxWeight the largest weight; small values make ties frequent
     * @return the generator
     */
    public static Gen<long[]> weights(int minSize, int maxSize, long maxWeight) {
        return SourceDSL.lists()
                .of(Generate.longRange(0, maxWeight))
                .ofSizeBetween(minSize, maxSize)
                .map(list -> {
                    long[] w = list.stream().mapToLong(Long::longValue).toArray();
                    if (java.util.Arrays.stream(w).sum() == 0) {
                        w[0] = 1;
                    }
                    return w;
                });
    }

    /**
     * Weighted keys with distinct CBS-like keys in random order, with at least one positive weight.
     *
     * @param minSize the fewest items
     * @param maxSize the most items
     * @param maxWeight the largest weight
     * @return the generator
     */
    public static Gen<List<WeightedKey>> weightedKeys(int minSize, int maxSize, long maxWeight) {
        return weights(minSize, maxSize, maxWeight).zip(Generate.longRange(0, Long.MAX_VALUE - 1), (w, seed) -> {
            List<String> codes = distinctCodes(w.length, seed);
            List<WeightedKey> items = new ArrayList<>();
            for (int i = 0; i < w.length; i++) {
                items.add(WeightedKey.of(codes.get(i), w[i]));
            }
            return items;
        });
    }

    /**
     * A permutation of a list, chosen by a seed.
     *
     * @param list the list
     * @param seed the seed
     * @param <T> the element type
     * @return a shuffled copy
     */
    public static <T> List<T> shuffled(List<T> list, long seed) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    private static List<String> distinctCodes(int n, long seed) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add(String.format("GM%04d", 3 * i + 1));
        }
        return shuffled(codes, seed);
    }

    /**
     * Totals to apportion.
     *
     * @param max the largest total
     * @return the generator, 0 to {@code max}
     */
    public static Gen<Long> totals(long max) {
        return Generate.longRange(0, max);
    }

    /**
     * The built-in methods.
     *
     * @return the generator
     */
    public static Gen<StandardApportionmentMethod> methods() {
        return Generate.enumValues(StandardApportionmentMethod.class);
    }

    /**
     * The built-in methods whose results always sum to the total.
     *
     * @return the generator
     */
    public static Gen<StandardApportionmentMethod> exactMethods() {
        return Generate.pick(List.of(
                StandardApportionmentMethod.HAMILTON,
                StandardApportionmentMethod.DHONDT,
                StandardApportionmentMethod.SAINTE_LAGUE));
    }

    /**
     * Taakstelling periods between 1990 and 2100.
     *
     * @return the generator
     */
    public static Gen<TaakstellingPeriod> periods() {
        return Generate.range(1990, 2100).zip(Generate.range(1, 2), TaakstellingPeriod::of);
    }

    /**
     * Municipalities with distinct codes.
     *
     * @param minSize the fewest municipalities
     * @param maxSize the most municipalities
     * @param maxPopulation the largest population
     * @return the generator
     */
    public static Gen<List<Municipality>> municipalities(int minSize, int maxSize, long maxPopulation) {
        return weightedKeys(minSize, maxSize, maxPopulation).zip(Generate.longRange(0, 1_000_000), (items, seed) -> {
            Random r = new Random(seed);
            List<Municipality> ms = new ArrayList<>();
            for (WeightedKey k : items) {
                String[] p = PROVINCES[r.nextInt(PROVINCES.length)];
                ms.add(Municipality.of(k.key(), "Gemeente " + k.key().substring(2), p[0], p[1], k.weight()));
            }
            return ms;
        });
    }

    /**
     * Registries with a positive total population.
     *
     * @param minSize the fewest municipalities
     * @param maxSize the most municipalities
     * @param maxPopulation the largest population
     * @return the generator
     */
    public static Gen<MunicipalityRegistry> registries(int minSize, int maxSize, long maxPopulation) {
        return municipalities(minSize, maxSize, maxPopulation)
                .zip(
                        Generate.range(2000, 2030),
                        (ms, year) -> MunicipalityRegistry.of(LocalDate.of(year, 1, 1), "generated", ms));
    }

    /**
     * Histories of consecutive ledger entries.
     *
     * @param maxLength the most periods
     * @param maxNumber the largest task or number housed
     * @return the generator
     */
    public static Gen<List<LedgerEntry>> ledgerHistories(int maxLength, long maxNumber) {
        Gen<long[]> pair =
                Generate.longRange(0, maxNumber).zip(Generate.longRange(0, maxNumber), (a, b) -> new long[] {a, b});
        return periods().zip(SourceDSL.lists().of(pair).ofSizeBetween(0, maxLength), (start, pairs) -> {
            List<LedgerEntry> out = new ArrayList<>();
            TaakstellingPeriod p = start;
            for (long[] tp : pairs) {
                out.add(LedgerEntry.of(p, tp[0], tp[1]));
                p = p.next();
            }
            return out;
        });
    }

    /**
     * Realisations of one municipality.
     *
     * @param maxNumber the largest backlog, lead or number housed
     * @return the generator
     */
    public static Gen<Realisation> realisations(long maxNumber) {
        return Generate.range(1, 9999)
                .zip(
                        Generate.longRange(-maxNumber, maxNumber),
                        Generate.longRange(0, maxNumber),
                        (code, open, housed) -> Realisation.of(String.format("GM%04d", code), open, housed));
    }

    /**
     * Intervention ladders.
     *
     * @param maxStep the highest intervention step
     * @return the generator
     */
    public static Gen<InterventionLadder> ladders(int maxStep) {
        return Generate.range(1, maxStep).zip(Generate.enumValues(MetCriterion.class), InterventionLadder::of);
    }

    /**
     * Prosperity corrections for the municipalities of a registry: factors between 0 and {@code maxFactor} in
     * hundredths, some municipalities left at 1.
     *
     * @param registry the municipalities
     * @param maxFactor the largest factor
     * @return the generator
     */
    public static Gen<ProsperityCorrection> prosperityCorrections(MunicipalityRegistry registry, int maxFactor) {
        return Generate.longRange(0, Long.MAX_VALUE - 1).map(seed -> {
            Random r = new Random(seed);
            Map<String, BigDecimal> factors = new HashMap<>();
            for (Municipality m : registry.municipalities()) {
                if (r.nextInt(4) > 0) {
                    factors.put(m.code(), BigDecimal.valueOf(r.nextInt(maxFactor * 100 + 1), 2));
                }
            }
            if (factors.size() == registry.size() && factors.values().stream().allMatch(f -> f.signum() == 0)) {
                factors.remove(registry.municipalities().get(0).code());
            }
            return ProsperityCorrection.factors(factors, "generated");
        });
    }
}
