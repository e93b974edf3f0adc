package io.github.migratiekit.statistics.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.statistics.analysis.Stats;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DatasetFilesTest {
    private static final Function<String, InputStream> NO_FILES = name -> {
        throw new InvalidDatasetException("resource", name + " missing");
    };

    private static final String SOURCE = "\"source\": {\"document\": \"D\", \"table\": \"T\", \"lines\": \"L1\","
            + " \"publisher\": \"P\", \"year\": 2024, \"licence\": \"L\"},";

    private static String file(String source, String rows) {
        return "{\"id\": \"test-table\", \"title\": \"Test\", " + source + " \"rounding\": \"svm2024\","
                + " \"unit\": \"PERSONS\", \"measure\": \"count\", \"columns\": [\"period\", \"kind\", \"value\"],"
                + " \"rows\": [" + rows + "]}";
    }

    @Test
    void readsAWellFormedFile() {
        Dataset d = DatasetFiles.read(file(SOURCE, "[\"2023\", \"a\", 10], [\"2023\", \"b\", \"<5\"]"), NO_FILES);
        assertThat(d.observations()).hasSize(2);
        assertThat(d.get(Map.of("kind", "b")).value()).isEqualTo(Value.parse("<5"));
        assertThat(d.get(Map.of("kind", "a")).value()).isEqualTo(Value.parse("10~10"));
    }

    @Test
    void missingSourceNamesTheDataset() {
        assertThatThrownBy(() -> DatasetFiles.read(file("", "[\"2023\", \"a\", 10]"), NO_FILES))
                .isInstanceOf(InvalidDatasetException.class)
                .satisfies(
                        e -> assertThat(((InvalidDatasetException) e).field()).isEqualTo("test-table.source"));
    }

    @Test
    void sourceWithoutLinesOrPageIsRejected() {
        String src = "\"source\": {\"document\": \"D\", \"table\": \"T\", \"publisher\": \"P\", \"year\": 2024,"
                + " \"licence\": \"L\"},";
        assertThatThrownBy(() -> DatasetFiles.read(file(src, "[\"2023\", \"a\", 10]"), NO_FILES))
                .isInstanceOf(InvalidDatasetException.class)
                .satisfies(
                        e -> assertThat(((InvalidDatasetException) e).field()).startsWith("test-table.source"));
    }

    @Test
    void duplicateObservationKeyNamesDatasetAndKey() {
        assertThatThrownBy(
                        () -> DatasetFiles.read(file(SOURCE, "[\"2023\", \"a\", 10], [\"2023\", \"a\", 20]"), NO_FILES))
                .isInstanceOf(InvalidDatasetException.class)
                .satisfies(e -> assertThat(((InvalidDatasetException) e).field())
                        .isEqualTo("test-table.observations[2023|kind=a|count]"));
    }

    @Test
    void unitMismatchInASumNamesDatasetAndKey() {
        String json = "{\"id\": \"mixed\", \"title\": \"Mixed\", " + SOURCE + " \"rounding\": \"exact\","
                + " \"measure\": \"count\", \"columns\": [\"period\", \"kind\", \"unit\", \"value\"],"
                + " \"rows\": [[\"2023\", \"a\", \"PERSONS\", 10], [\"2023\", \"b\", \"DECISIONS\", 20]]}";
        Dataset d = DatasetFiles.read(json, NO_FILES);
        assertThatThrownBy(() -> Stats.total(d, Map.of("period", "2023")))
                .isInstanceOf(UnitMismatchException.class)
                .satisfies(e -> assertThat(((InvalidDatasetException) e).field())
                        .isEqualTo("mixed.observations[2023|kind=b|count]"));
    }

    @Test
    void badCellsNameTheRow() {
        assertThatThrownBy(() -> DatasetFiles.read(file(SOURCE, "[\"2023\", \"a\", \"ten\"]"), NO_FILES))
                .isInstanceOf(InvalidDatasetException.class)
                .satisfies(
                        e -> assertThat(((InvalidDatasetException) e).field()).startsWith("test-table.rows[0]"));
        assertThatThrownBy(() -> DatasetFiles.read(file(SOURCE, "[\"2023-13\", \"a\", 1]"), NO_FILES))
                .isInstanceOf(InvalidDatasetException.class)
                .satisfies(
                        e -> assertThat(((InvalidDatasetException) e).field()).startsWith("test-table.rows[0]"));
        assertThatThrownBy(() -> DatasetFiles.read(file(SOURCE, "[\"2023\", \"a\"]"), NO_FILES))
                .isInstanceOf(InvalidDatasetException.class)
                .satisfies(
                        e -> assertThat(((InvalidDatasetException) e).field()).isEqualTo("test-table.rows[0]"));
    }

    @Test
    void missingRoundingAndBadJsonAreTypedErrors() {
        String noRounding = "{\"id\": \"x\", \"title\": \"X\", " + SOURCE
                + " \"columns\": [\"period\", \"value\"], \"rows\": [[\"2023\", 1]]}";
        assertThatThrownBy(() -> DatasetFiles.read(noRounding, NO_FILES))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageStartingWith("x.rounding");
        assertThatThrownBy(() -> DatasetFiles.read("{not json", NO_FILES)).isInstanceOf(InvalidDatasetException.class);
    }

    @Test
    void relationWhoseTargetMatchesNothingIsRejected() {
        String json = "{\"id\": \"rel\", \"title\": \"R\", " + SOURCE + " \"rounding\": \"exact\","
                + " \"columns\": [\"period\", \"kind\", \"value\"], \"rows\": [[\"2023\", \"a\", 1]],"
                + " \"relations\": [{\"type\": \"sum\", \"lines\": \"L1\", \"total\": {\"kind\": \"total\"},"
                + " \"parts\": [{\"kind\": \"a\"}]}]}";
        assertThatThrownBy(() -> DatasetFiles.read(json, NO_FILES))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageStartingWith("rel.relations[");
    }

    @Test
    void readsCsvWithQuotedFieldsAndFilter() {
        String csv = "year,geo,citizen,persons\n2015,NL,\"Gambia, The\",55\n2015,BE,Syria,10\n";
        String json = "{\"id\": \"csv\", \"title\": \"C\", " + SOURCE + " \"rounding\": \"fives\","
                + " \"csv\": {\"file\": \"x.csv\", \"filter\": {\"geo\": \"NL\"},"
                + " \"columns\": {\"year\": \"period\", \"citizen\": \"citizen\", \"persons\": \"value\"}}}";
        Dataset d = DatasetFiles.read(json, name -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.observations()).hasSize(1);
        assertThat(d.get(Map.of("citizen", "Gambia, The")).value()).isEqualTo(Value.parse("55~5"));
    }
}
