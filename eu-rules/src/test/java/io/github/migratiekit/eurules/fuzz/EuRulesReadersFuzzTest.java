package io.github.migratiekit.eurules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.json.testing.JsonFuzzing;
import io.github.migratiekit.eurules.dublin.Dublin;
import io.github.migratiekit.eurules.dublin.DublinCase;
import io.github.migratiekit.eurules.dublin.DublinTimeline;
import io.github.migratiekit.eurules.json.EuRulesJacksonModule;
import io.github.migratiekit.eurules.schengen.ControlColumns;
import io.github.migratiekit.eurules.schengen.ShortStayBatch;
import io.github.migratiekit.eurules.schengen.StayColumns;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Fuzz tests of the EU-rules readers of user input: the Dublin case JSON (then the determination and the time
 * limits of the case read), {@code Json.read} for every EU-rules type, and the Schengen batch CSV.
 *
 * <p>The invariant: only the library's typed exceptions, never anything else, and no value from an input that must
 * be refused (see {@link JsonFuzzing}). A plain {@code verify} runs each target over the committed inputs in {@code
 * EuRulesReadersFuzzTestInputs/<target>}; {@code -Pfuzz} fuzzes.
 */
class EuRulesReadersFuzzTest {
    private static final List<Class<?>> TYPES = JsonFuzzing.readableTypes(EuRulesJacksonModule.class);

    private static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    @FuzzTest(maxDuration = "60s")
    void dublinCaseJson(byte[] input) {
        DublinCase c = JsonFuzzing.readChecked(text(input), DublinCase.class);
        if (c != null) {
            JsonFuzzing.onlyTypedExceptions(() -> Dublin.determine(c));
            JsonFuzzing.onlyTypedExceptions(
                    () -> DublinTimeline.of(c).on(c.application().registeredOn()));
        }
    }

    @FuzzTest(maxDuration = "60s")
    void everyEuRulesTypeJson(byte[] input) {
        String json = text(input);
        for (Class<?> type : TYPES) {
            JsonFuzzing.readChecked(json, type);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void stayCsv(byte[] input) {
        StayColumns cols;
        try {
            cols = StayColumns.parseCsv(text(input).lines().toList());
        } catch (InvalidInputException e) {
            return;
        }
        // columns read are consistent: one offset per traveller, every stay ends on or after it starts
        int[] offsets = cols.offsets();
        assertThat(offsets).hasSize(cols.travellerIds().size() + 1);
        for (int i = 0; i < cols.entries().length; i++) {
            assertThat(cols.exits()[i]).isGreaterThanOrEqualTo(cols.entries()[i]);
        }
        ShortStayBatch batch = cols.batch();
        ControlColumns out = ControlColumns.allocate(batch.travellers());
        JsonFuzzing.onlyTypedExceptions(
                () -> batch.control((int) LocalDate.of(2025, 6, 1).toEpochDay(), out));
    }
}
