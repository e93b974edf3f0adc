package io.github.migratiekit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.core.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HousingCommandsTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void taakstellingJsonHasTheFieldsOfTheIssue() {
        Result r = run("taakstelling", "--period", "2025-II", "--total", "13000", "--json");
        assertThat(r.code()).isZero();
        Map<String, Object> root = Json.read(r.out(), Map.class);
        assertThat(root).containsKeys("period", "announcementDate", "method", "total", "municipalities", "provinces");
        assertThat(root.get("period")).isEqualTo("2025-II");
        assertThat(root.get("announcementDate")).isEqualTo("2025-04-01");
        List<Map<String, Object>> ms = (List<Map<String, Object>>) root.get("municipalities");
        assertThat(ms).hasSize(342);
        assertThat(ms.get(0)).containsOnlyKeys("code", "name", "province", "population", "quota", "allocated");
        assertThat(ms.stream()
                        .mapToLong(m -> ((Number) m.get("allocated")).longValue())
                        .sum())
                .isEqualTo(13_000);
    }

    @Test
    @SuppressWarnings("unchecked")
    void realisationFileIsReported() throws Exception {
        Path f = dir.resolve("realised.csv");
        Files.writeString(f, "gemeentecode,positie_begin,gehuisvest\nGM0981,2,5\n");
        Result r = run("taakstelling", "--period", "2024-II", "--total", "17000", "--realised", f.toString(), "--json");
        assertThat(r.code()).isZero();
        Map<String, Object> root = Json.read(r.out(), Map.class);
        Map<String, Object> real = (Map<String, Object>) root.get("realisation");
        Map<String, Object> vaals = ((List<Map<String, Object>>) real.get("municipalities")).get(0);
        // Vaals' own task 10 (Hamilton) + backlog 2 = 12; housed 5 leaves 7
        assertThat(vaals.get("correctedTask")).isEqualTo(12);
        assertThat(vaals.get("backlog")).isEqualTo(7);
    }

    @Test
    void badInputExitsWithTwoAndOneLine() {
        Result neg = run("taakstelling", "--period", "2025-II", "--total", "-1");
        assertThat(neg.code()).isEqualTo(2);
        assertThat(neg.err()).startsWith("error: --total '-1':");
        Result method = run("taakstelling", "--period", "2025-II", "--total", "10", "--method", "cube");
        assertThat(method.code()).isEqualTo(2);
        assertThat(method.err().lines().count()).isEqualTo(1);
        Result file = run(
                "spreiding",
                "--places",
                "100",
                "--weights",
                dir.resolve("missing.csv").toString());
        assertThat(file.code()).isEqualTo(2);
        assertThat(file.err()).startsWith("error: --weights '" + dir.resolve("missing.csv") + "': cannot read");
    }

    @Test
    @SuppressWarnings("unchecked")
    void spreidingJson() {
        Result r = run("spreiding", "--places", "96000", "--json");
        assertThat(r.code()).isZero();
        Map<String, Object> root = Json.read(r.out(), Map.class);
        assertThat(root.get("places")).isEqualTo(96000);
        assertThat(root.get("unaccompaniedMinors")).isEqualTo(8160);
        assertThat((List<Object>) root.get("municipalities")).hasSize(342);
    }

    @Test
    @SuppressWarnings("unchecked")
    void userPopulationTable() throws Exception {
        Path f = dir.resolve("pop.csv");
        Files.writeString(
                f,
                "gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners_2025_01_01\n"
                        + "GM0001,A,PV20,Groningen,300\nGM0002,B,PV21,Fryslân,100\n");
        Result r = run("taakstelling", "--period", "2026-I", "--total", "4", "--population", f.toString(), "--json");
        assertThat(r.code()).isZero();
        Map<String, Object> root = Json.read(r.out(), Map.class);
        assertThat(root.get("populationReferenceDate")).isEqualTo("2025-01-01");
        assertThat((List<Object>) root.get("municipalities")).hasSize(2);
        Files.writeString(f, "gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners\nGM0001,A,PV20,G,3\n");
        Result bad = run("taakstelling", "--period", "2026-I", "--total", "4", "--population", f.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: --population '" + f + "': population[row 0].inwoners:");
    }
}
