package io.github.migratiekit.statistics.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Malformed dataset files found by fuzzing are refused with the dataset's typed exception, naming the place. */
class DatasetFileErrorsTest {

    private static String dataset(String columns, String row) {
        return """
                {"id": "test-set", "title": "Test",
                 "source": {"document": "Doc", "publisher": "Pub", "year": 2024, "licence": "public",
                            "table": "T", "lines": "L1"},
                 "rounding": "exact", "unit": "CASES",
                 "columns": %s, "rows": [%s]}
                """
                .formatted(columns, row);
    }

    private static Dataset read(String json) {
        return DatasetFiles.read(json, name -> new ByteArrayInputStream(new byte[0]));
    }

    @Test
    void aColumnThatFixesCoordinatesNeedsNameEqualsValueInEveryPart() {
        assertThat(read(dataset("[\"period\", \"measure=help_requests;category=x\"]", "[\"2020\", 5]"))
                        .observations())
                .hasSize(1);
        // "m;easure=first_applications" (the fuzzer's input) used to end in an ArrayIndexOutOfBoundsException
        assertThatThrownBy(() -> read(dataset("[\"period\", \"m;easure=help_requests\"]", "[\"2020\", 5]")))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageStartingWith("test-set.columns:")
                .hasMessageContaining("'m;easure=help_requests'");
        assertThatThrownBy(() -> read(dataset("[\"period\", \"=5\"]", "[\"2020\", 5]")))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageStartingWith("test-set.columns:");
    }

    @Test
    @Timeout(10)
    void aCoordinateWithAHugeExponentIsRefusedBeforeItIsWrittenOut() {
        assertThatThrownBy(() -> read(dataset("[\"period\", \"category\", \"value\"]", "[\"2020\", 1E+999999999, 5]")))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("more than 30 digits");
    }

    @Test
    void aNumberBeyondTheJsonParsersLimitsIsADatasetError() {
        // found by fuzzing: Jackson ends such a number in a NumberFormatException, not in a JacksonException
        assertThatThrownBy(() -> read(dataset("[\"period\", \"value\"]", "[\"2020\", 1e1000000137857]")))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageStartingWith("dataset: a number out of range");
    }

    @Test
    void anObjectWhereATextBelongsIsADatasetError() {
        // found by fuzzing: Jackson's JsonNodeException ("cannot coerce") escaped
        assertThatThrownBy(() -> read(dataset("[\"period\", \"value\"]", "[\"2020\", 5]")
                        .replace("\"title\": \"Test\"", "\"title\": {\"a\": 1}")))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageStartingWith("test-set");
        assertThatThrownBy(() -> read(dataset("[\"period\", \"value\"]", "[\"2020\", 5]")
                        .replace("\"id\": \"test-set\"", "\"id\": [1]")))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageStartingWith("dataset.id");
    }
}
