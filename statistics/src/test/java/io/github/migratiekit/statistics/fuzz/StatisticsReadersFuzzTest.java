package io.github.migratiekit.statistics.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.json.testing.JsonFuzzing;
import io.github.migratiekit.statistics.analysis.ConsistencyCheck;
import io.github.migratiekit.statistics.analysis.Export;
import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.dataset.DatasetFiles;
import io.github.migratiekit.statistics.dataset.Observation;
import io.github.migratiekit.statistics.json.StatisticsJacksonModule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz tests of the statistics readers: dataset files (JSON with an optional CSV beside it), the CSV export read
 * back, and {@code Json.read} for every statistics type.
 *
 * <p>The invariant: only the library's typed exceptions, never anything else, and no value from an input that must
 * be refused (see {@link JsonFuzzing}). A plain {@code verify} runs each target over the committed inputs in {@code
 * StatisticsReadersFuzzTestInputs/<target>}; {@code -Pfuzz} fuzzes.
 */
class StatisticsReadersFuzzTest {
    private static final List<Class<?>> TYPES = JsonFuzzing.readableTypes(StatisticsJacksonModule.class);

    private static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    /** The dataset JSON, then a NUL byte, then the CSV any {@code "csv"} entry of the JSON names. */
    @FuzzTest(maxDuration = "60s")
    void datasetFile(byte[] input) {
        int nul = 0;
        while (nul < input.length && input[nul] != 0) {
            nul++;
        }
        String json = new String(input, 0, nul, StandardCharsets.UTF_8);
        byte[] csv = nul < input.length ? Arrays.copyOfRange(input, nul + 1, input.length) : new byte[0];
        Dataset d;
        try {
            d = DatasetFiles.read(json, name -> new ByteArrayInputStream(csv));
        } catch (InvalidInputException e) {
            return;
        }
        JsonFuzzing.onlyTypedExceptions(() -> ConsistencyCheck.check(List.of(d)));
        JsonFuzzing.onlyTypedExceptions(() -> Export.readCsv(Export.csv(d.observations())));
    }

    @FuzzTest(maxDuration = "60s")
    void exportCsv(byte[] input) {
        List<Observation> rows;
        try {
            rows = Export.readCsv(text(input));
        } catch (InvalidInputException e) {
            return;
        }
        // what was read is written and read back unchanged
        List<Observation> again = Export.readCsv(Export.csv(rows));
        if (!again.equals(rows)) {
            throw new AssertionError("the CSV export does not survive a round trip: " + text(input));
        }
    }

    @FuzzTest(maxDuration = "60s")
    void everyStatisticsTypeJson(byte[] input) {
        String json = text(input);
        for (Class<?> type : TYPES) {
            JsonFuzzing.readChecked(json, type);
        }
    }
}
