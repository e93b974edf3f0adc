package io.github.migratiekit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.core.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void grantRateJsonFollowsTheNamedDefinition() {
        assertThat(run("stats", "grant-rate", "--year", "2023", "--definition", "national", "--json"))
                .isEqualTo(0);
        Map<?, ?> json = Json.read(out.toString(), Map.class);
        // Staat van Migratie 2024, L2275: 54%
        assertThat(((Number) json.get("rate")).doubleValue()).isBetween(53.5, 54.5);
        assertThat(json.get("definition")).isEqualTo("national");
        assertThat(json.get("dataset")).isEqualTo("svm2024-fig66-first-asylum-decisions");
    }

    @Test
    void listShowAndCheck() {
        assertThat(run("stats", "list")).isEqualTo(0);
        assertThat(out.toString())
                .contains("svm2024-fig66-first-asylum-decisions")
                .contains("observations");
        assertThat(run("stats", "show", "ind2016-asylum", "--csv")).isEqualTo(0);
        assertThat(out.toString()).contains("18170~10!18250~10");
        assertThat(run("stats", "check")).isEqualTo(0);
        assertThat(out.toString()).contains("ERROR:").contains("L1970");
    }

    @Test
    void badInputExitsWithTwoAndOneLine() {
        assertThat(run("stats", "show", "no-such-dataset")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-dataset");
        assertThat(run("stats", "grant-rate", "--year", "2023", "--definition", "unhcr"))
                .isEqualTo(2);
        assertThat(run("stats", "show", "ind2016-asylum", "--json", "--csv")).isEqualTo(2);
        assertThat(run("stats", "grant-rate", "--year", "2016", "--definition", "national"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--definition");
    }
}
