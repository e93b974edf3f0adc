package io.github.migratiekit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandsTest {
    @TempDir
    Path dir;

    @Test
    void statsChartWritesAnSvg() throws Exception {
        Path file = dir.resolve("series.svg");
        CliRunner.Result r = CliRunner.run(
                "stats",
                "chart",
                "cbs-first-asylum-applications-monthly-top7-2015-2025",
                "--out",
                file.toString(),
                "--max-series",
                "3");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 series");
        assertThat(Files.readString(file)).contains("<svg");
    }

    @Test
    void statsChartRejectsASelectorThatMatchesNothing() {
        CliRunner.Result r = CliRunner.run(
                "stats",
                "chart",
                "cbs-first-asylum-applications-monthly-top7-2015-2025",
                "--out",
                dir.resolve("x.svg").toString(),
                "--where",
                "nationality=Atlantis");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: --where");
    }

    @Test
    void taakstellingChartWritesAnSvgAndKeepsTheJson() throws Exception {
        Path file = dir.resolve("provinces.svg");
        CliRunner.Result r = CliRunner.run(
                "taakstelling", "--period", "2024-II", "--total", "17000", "--chart", file.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"municipalities\"");
        assertThat(r.err()).contains("chart written to");
        assertThat(Files.readString(file)).contains("<svg");
    }
}
