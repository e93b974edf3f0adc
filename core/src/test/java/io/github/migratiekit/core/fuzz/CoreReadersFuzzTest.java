package io.github.migratiekit.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.housing.HousingTables;
import io.github.migratiekit.core.housing.Municipality;
import io.github.migratiekit.core.housing.MunicipalityRegistry;
import io.github.migratiekit.core.housing.ProsperityCorrection;
import io.github.migratiekit.core.housing.Realisation;
import io.github.migratiekit.core.json.CoreJacksonModule;
import io.github.migratiekit.core.json.testing.JsonFuzzing;
import io.github.migratiekit.core.procedure.ProcedureCase;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fuzz tests of core's readers of user input: the procedure case JSON the CLI reads, {@code Json.read} for every
 * core type, and the taakstelling CSV tables (population, weights, realisations).
 *
 * <p>The invariant: only the library's typed exceptions ({@link InvalidInputException} and its subclasses), never
 * anything else, and no value from an input that must be refused (see {@link JsonFuzzing}). A plain {@code verify}
 * runs each target over the committed inputs in {@code CoreReadersFuzzTestInputs/<target>}; {@code -Pfuzz} fuzzes.
 */
class CoreReadersFuzzTest {
    private static final List<Class<?>> TYPES = JsonFuzzing.readableTypes(CoreJacksonModule.class);
    private static final MunicipalityRegistry REGISTRY = MunicipalityRegistry.cbs2024();

    private static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    @FuzzTest(maxDuration = "60s")
    void procedureCaseJson(byte[] input) {
        ProcedureCase c = JsonFuzzing.readChecked(text(input), ProcedureCase.class);
        if (c != null) {
            JsonFuzzing.onlyTypedExceptions(c::fold);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void everyCoreTypeJson(byte[] input) {
        String json = text(input);
        for (Class<?> type : TYPES) {
            JsonFuzzing.readChecked(json, type);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void populationCsv(byte[] input) {
        MunicipalityRegistry r;
        try {
            r = MunicipalityRegistry.parseCsv(text(input), "fuzz");
        } catch (InvalidInputException e) {
            return;
        }
        // a registry read is a valid one: CBS codes, each once, no negative population
        Set<String> codes = new HashSet<>();
        for (Municipality m : r.municipalities()) {
            assertThat(Municipality.isCode(m.code())).as(m.code()).isTrue();
            assertThat(codes.add(m.code())).as("duplicate " + m.code()).isTrue();
            assertThat(m.population()).isNotNegative();
        }
        assertThat(codes).isNotEmpty();
    }

    @FuzzTest(maxDuration = "60s")
    void weightsCsv(byte[] input) {
        ProsperityCorrection weights;
        try {
            weights = HousingTables.parseWeights(text(input), REGISTRY);
        } catch (InvalidInputException e) {
            return;
        }
        for (Municipality m : REGISTRY.municipalities()) {
            assertThat(weights.factor(m)).as(m.code()).isNotNegative();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void realisationsCsv(byte[] input) {
        List<Realisation> rows;
        try {
            rows = HousingTables.parseRealisations(text(input), REGISTRY);
        } catch (InvalidInputException e) {
            return;
        }
        // every row names a municipality of the registry, once, and houses no negative number
        Set<String> codes = new HashSet<>();
        for (Realisation row : rows) {
            assertThat(REGISTRY.find(row.code())).as(row.code()).isPresent();
            assertThat(codes.add(row.code())).as("duplicate " + row.code()).isTrue();
            assertThat(row.housed()).isNotNegative();
        }
    }
}
