package io.github.migratiekit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
    @TempDir
    Path dir;

    @Test
    void writesAnSvgTimeSeriesWithALimitLine() throws Exception {
        List<LocalDate> days = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3));
        Path file = Charts.timeSeries(
                dir.resolve("used.svg"),
                "Days used",
                "days",
                List.of(new Charts.DailySeries("used", days, List.of(88, 89, 91))),
                90.0,
                "limit");
        assertThat(file).exists().hasFileName("used.svg");
        String svg = Files.readString(file);
        // XChart draws text as outlines: check the document and its size, not the words
        assertThat(svg).contains("<svg").contains("viewBox=\"0 0 900 450\"").contains("<path");
    }

    @Test
    void writesAnSvgBarChart() throws Exception {
        Path file = Charts.bars(
                dir.resolve("bars"),
                "Allocated and housed",
                "persons",
                List.of("Utrecht", "Zeeland"),
                List.of(
                        new Charts.CategorySeries("allocated", List.of(10, 20)),
                        new Charts.CategorySeries("housed", List.of(8, 21))));
        assertThat(file).exists().hasFileName("bars"); // exactly the name given, no ".svg" added
        assertThat(Files.readString(file)).contains("<svg").contains("viewBox=\"0 0 1000 500\"");
    }
}
