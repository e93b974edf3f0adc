package io.github.migratiekit.core.bench;

import io.github.migratiekit.core.housing.Apportioner;
import io.github.migratiekit.core.housing.Municipality;
import io.github.migratiekit.core.housing.MunicipalityRegistry;
import io.github.migratiekit.core.housing.StandardApportionmentMethod;
import io.github.migratiekit.core.housing.Taakstelling;
import io.github.migratiekit.core.housing.TaakstellingAllocation;
import io.github.migratiekit.core.housing.TaakstellingPeriod;
import io.github.migratiekit.core.housing.WeightedKey;
import io.github.migratiekit.core.housing.testing.BruteForceApportionment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Allocation of a half-year taakstelling (17 000) over the 342 municipalities of 2024: the library against the
 * naive seat-by-seat oracle of the test sources (the baseline of the ratio).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ApportionmentBench {
    private MunicipalityRegistry registry;
    private List<WeightedKey> items;
    private final TaakstellingPeriod period = TaakstellingPeriod.parse("2024-II");

    @Setup
    public void setUp() {
        registry = MunicipalityRegistry.cbs2024();
        items = new ArrayList<>();
        for (Municipality m : registry.municipalities()) {
            items.add(WeightedKey.of(m.code(), m.population()));
        }
    }

    @Benchmark
    public TaakstellingAllocation libraryHamilton() {
        return Taakstelling.allocate(period, 17_000, registry, StandardApportionmentMethod.HAMILTON);
    }

    @Benchmark
    public TaakstellingAllocation libraryDhondt() {
        return Taakstelling.allocate(period, 17_000, registry, StandardApportionmentMethod.DHONDT);
    }

    @Benchmark
    public Object libraryApportionerDhondt() {
        return Apportioner.apportion(17_000, items, StandardApportionmentMethod.DHONDT);
    }

    @Benchmark
    public Map<String, Long> oracleHamilton() {
        return BruteForceApportionment.hamilton(17_000, items);
    }

    @Benchmark
    public Map<String, Long> oracleDhondt() {
        return BruteForceApportionment.divisor(17_000, items, 1);
    }
}
