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

    private static java.util.List<String> keys(Map<?, ?> m) {
        return m.keySet().stream().map(Object::toString).toList();
    }

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
        assertThat(out.toString())
                .contains("5 inconsistent, 14 unreconciled")
                .contains("INCONSISTENT (5):")
                .contains("UNRECONCILED (14):")
                // dashboard 246 300 against Figuur 26: 190 700 + 54 600 = 245 300
                .contains("arithmetic: 190700~100 + 54600~100 = 245300")
                .doesNotContain("ERROR")
                .doesNotContainPattern("\\bL\\d{3,4}\\b");
    }

    @Test
    void checkJsonKeepsItsFieldsAndAddsTheClasses() {
        assertThat(run("stats", "check", "--json")).isEqualTo(0);
        Map<?, ?> json = Json.read(out.toString(), Map.class);
        assertThat(json.get("inconsistent")).isEqualTo(5);
        assertThat(json.get("unreconciled")).isEqualTo(14);
        assertThat(keys(json)).contains("datasets", "evaluated", "findings", "withinRounding");
        Map<?, ?> first = (Map<?, ?>) ((java.util.List<?>) json.get("findings")).get(0);
        // the fields of earlier releases stay; classification, basis, arithmetic and location are added
        assertThat(keys(first))
                .contains("severity", "dataset", "relation", "lines", "cells", "printed", "computed", "feasible")
                .contains("message", "classification", "basis", "arithmetic", "location");
        assertThat(first.get("classification")).isEqualTo("INCONSISTENT");
    }

    @Test
    void listAndSearchShowTitlesUnitsAndPages() {
        assertThat(run("stats", "list")).isEqualTo(0);
        assertThat(out.toString())
                .contains("Afhandeling eerste asielaanvragen, 2022-2023")
                .contains("Decisions on first asylum applications, 2022-2023")
                .contains("units: decisions, percent")
                .contains("periods: 2022, 2023")
                .contains("Figuur 65, pp. 97–98")
                .contains("copied from: GitHub InfoMakersHub/grenzendicht");
        out.getBuffer().setLength(0);
        assertThat(run("stats", "search", "posted", "workers")).isEqualTo(0);
        assertThat(out.toString()).contains("svm2024-fig27-36-posted-workers").contains("1 datasets match");
        out.getBuffer().setLength(0);
        assertThat(run("stats", "search", "Fryslan", "--json")).isEqualTo(0);
        java.util.List<?> found = Json.read(out.toString(), java.util.List.class);
        assertThat(found).isNotEmpty();
        assertThat(keys((Map<?, ?>) found.get(0)))
                .contains(
                        "id", "title", "titleEnglish", "measures", "units", "periods", "document", "location", "page");
        assertThat(run("stats", "search", ";;")).isEqualTo(2);
        assertThat(err.toString()).contains("TEXT").contains("';;'");
    }

    @Test
    void theEurostatRateOfTheNationalTableIsRefused() {
        // Staat van Migratie 2024, Figuur 66 counts Dublin decisions among the rejections: not computable
        assertThat(run("stats", "grant-rate", "--year", "2023", "--definition", "eurostat"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("--definition")
                .contains("not computable")
                .contains("Dublin");
        assertThat(err.toString().lines().count()).isEqualTo(1);
        assertThat(run("stats", "grant-rate", "--year", "2023", "--definition", "eurostat", "--json"))
                .isEqualTo(2);
        Map<?, ?> json = Json.read(out.toString(), Map.class);
        assertThat(json.get("computable")).isEqualTo(false);
        assertThat((String) json.get("reason")).contains("Dublin");
        out.getBuffer().setLength(0);
        // Eurostat's own data leave Dublin decisions out: computable for 2016
        assertThat(run("stats", "grant-rate", "--year", "2016", "--definition", "eurostat", "--json"))
                .isEqualTo(0);
        assertThat(Json.read(out.toString(), Map.class).get("computable")).isEqualTo(true);
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
