package io.github.migratiekit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.eurules.dublin.Criterion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The example case files (one per criterion and regime) and the {@code dublin} and {@code dublin-deadlines}
 * commands. Each file is named {@code <regime>-<criterion>-<STATE>.json}: the expected criterion and State, read from
 * the article the file illustrates (see docs/dublin.md).
 */
class DublinCliTest {
    private static final Path DIR = Path.of("src/main/resources/dublin");

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyExampleFileGivesTheCriterionInItsName() throws IOException {
        List<Path> files = files();
        assertThat(files).hasSizeGreaterThanOrEqualTo(26);
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".json", "");
            String regime = name.startsWith("ammr-") ? "AMMR" : "DUBLIN_III";
            String rest = name.substring(regime.equals("AMMR") ? 5 : 11);
            String state = rest.substring(rest.length() - 2);
            Criterion criterion = Criterion.valueOf(rest.substring(0, rest.length() - 3)
                    .toUpperCase(Locale.ROOT)
                    .replace('-', '_'));
            String[] r = run("dublin", "--case", f.toString(), "--json");
            assertThat(r[0]).as(name + ": " + r[2]).isEqualTo("0");
            JsonNode j = Json.mapper().readTree(r[1]);
            assertThat(j.get("regime").asString()).as(name).isEqualTo(regime);
            assertThat(j.get("responsibleState").asString()).as(name).isEqualTo(state);
            assertThat(j.get("criterion").asString()).as(name).isEqualTo(criterion.name());
            assertThat(j.get("article").asString())
                    .as(name)
                    .startsWith(criterion
                            .article(
                                    regime.equals("AMMR")
                                            ? io.github.migratiekit.eurules.dublin.Regime.AMMR
                                            : io.github.migratiekit.eurules.dublin.Regime.DUBLIN_III)
                            .orElseThrow());
            assertThat(j.get("explanation").size()).as(name).isGreaterThan(10);
        }
    }

    @Test
    void textOutputNamesStateAndArticle() {
        String[] r = run(
                "dublin",
                "--case",
                DIR.resolve("dublin-iii-irregular-entry-GR.json").toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("GR (Griekenland) is responsible under Dublin III art. 13(1)");
        String[] ammr = run(
                "dublin",
                "--case",
                DIR.resolve("dublin-iii-five-month-stay-AT.json").toString(),
                "--regime",
                "AMMR");
        assertThat(ammr[1]).contains("under AMMR art. 16(2)"); // no five-month rule in the AMMR
    }

    @Test
    void deadlinesReportOpenAndLapsedWithConsequences() throws IOException {
        Path f = DIR.resolve("dublin-iii-irregular-entry-GR.json");
        // accepted 2025-08-31, appeal decided 2025-10-20: transfer by 2026-04-20 (Dublin III art. 29(1), art. 42)
        String[] open = run("dublin-deadlines", "--case", f.toString(), "--on", "2026-01-05", "--json");
        assertThat(open[0]).isEqualTo("0");
        JsonNode j = Json.mapper().readTree(open[1]);
        assertThat(j.get("open").get(0).get("step").asString()).isEqualTo("transfer");
        assertThat(j.get("open").get(0).get("deadline").asString()).isEqualTo("2026-04-20");
        assertThat(j.get("met").size()).isEqualTo(2);
        String[] lapsed = run("dublin-deadlines", "--case", f.toString(), "--on", "2026-04-21");
        assertThat(lapsed[1]).contains("LAPSED  transfer", "responsibility passes to NL (art. 29(2))");
    }

    @Test
    void badInputExitsWithTwo() throws IOException {
        Path bad = Files.createTempFile("dublin", ".json");
        Files.writeString(
                bad,
                """
                {"applicant": {"dateOfBirth": "1990-01-01", "nationality": "SY", "unaccompanied": false},
                 "application": {"state": "XX", "registeredOn": "2025-03-10", "visaWaivedInThisState": false}}
                """);
        String[] r = run("dublin", "--case", bad.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("$.application.state").doesNotContain("\tat ");
        assertThat(run("dublin", "--case", "/nonexistent.json")[0]).isEqualTo("2");
        assertThat(run("dublin-deadlines", "--case", bad.toString(), "--on", "2025-13-01")[0])
                .isEqualTo("2");
        Files.delete(bad);
    }
}
