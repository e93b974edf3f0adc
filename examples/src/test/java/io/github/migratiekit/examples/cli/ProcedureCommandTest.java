package io.github.migratiekit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.core.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcedureCommandTest {
    private static final Path DIR = Path.of("src/main/resources/procedure");

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void generalProcedureAppealAndCourtPeriods() {
        Result r = run(
                "procedure", "--events", DIR.resolve("asylum-general.json").toString(), "--on", "2026-03-20", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> json = Json.read(r.out(), Map.class);
        assertThat(json.get("phase")).isEqualTo("APPEAL_LODGED");
        List<Map<String, Object>> terms = (List<Map<String, Object>>) json.get("deadlines");
        // Vw 2000 art. 69(2): decision announced 2026-03-12 + 1 week = 2026-03-19
        assertThat(terms).anySatisfy(t -> {
            assertThat(t.get("id")).isEqualTo("appeal-period");
            assertThat(t.get("deadline")).isEqualTo("2026-03-19");
            assertThat(t.get("status")).isEqualTo("MET");
        });
        // Vw 2000 art. 83b: four weeks from the appeal lodged 2026-03-18 = 2026-04-15
        assertThat(terms).anySatisfy(t -> {
            assertThat(t.get("id")).isEqualTo("court-decision");
            assertThat(t.get("deadline")).isEqualTo("2026-04-15");
        });
        // Vw 2000 art. 62(1): four weeks to leave from 2026-03-12 = 2026-04-09, the first to lapse
        Map<String, Object> next = (Map<String, Object>) json.get("next");
        assertThat(next.get("id")).isEqualTo("departure-period");
        assertThat(next.get("deadline")).isEqualTo("2026-04-09");
        assertThat(json.get("allowedNext")).isEqualTo(List.of("appeal-decided"));
    }

    @Test
    void everyExampleFileRuns() {
        for (String f : List.of(
                "asylum-general.json",
                "asylum-dublin-side-intake.json",
                "border.json",
                "nareis.json",
                "regular.json",
                "naturalisation.json",
                "departure.json")) {
            Result text = run("procedure", "--events", DIR.resolve(f).toString());
            assertThat(text.code()).as(f + ": " + text.err()).isZero();
            assertThat(text.out()).contains("Deadlines:");
            Result json = run("procedure", "--events", DIR.resolve(f).toString(), "--on", "2026-12-31", "--json");
            assertThat(json.code()).as(f + ": " + json.err()).isZero();
            assertThat(Json.read(json.out(), Map.class)).containsKeys("kind", "phase", "deadlines", "history");
        }
    }

    @Test
    void earlierReportDayLeavesLaterEventsOut() {
        Result r =
                run("procedure", "--events", DIR.resolve("asylum-general.json").toString(), "--on", "2026-03-12");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1 later event(s) left out").contains("besluit genomen");
    }

    @Test
    void badInputExitsWithTwoAndOneLine() {
        Result missing = run("procedure", "--events", "no-such-file.json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: --events 'no-such-file.json': cannot read: no such file");
        Result badDate = run("procedure", "--events", DIR.resolve("border.json").toString(), "--on", "tomorrow");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).startsWith("error: --on 'tomorrow':");
    }
}
