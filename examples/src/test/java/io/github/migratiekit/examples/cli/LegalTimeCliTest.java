package io.github.migratiekit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.core.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegalTimeCliTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return Json.read(text, Map.class);
    }

    @Test
    void holidaysJson() {
        CliRunner.Result r = CliRunner.run("holidays", "--year", "2026", "--json");
        assertThat(r.exitCode()).isZero();
        Map<String, Object> root = json(r.out());
        List<Map<String, Object>> days = (List<Map<String, Object>>) root.get("holidays");
        // legal-rules.md §D.4: 11 Atw days in 2026, Goede Vrijdag on 04-03
        assertThat(days).hasSize(11);
        assertThat(days).anySatisfy(d -> {
            assertThat(d.get("date")).isEqualTo("2026-04-03");
            assertThat(d.get("name")).isEqualTo("Goede Vrijdag");
            assertThat((String) d.get("source")).contains("art. 3(2)");
        });
    }

    @Test
    void holidaysText() {
        CliRunner.Result r = CliRunner.run("holidays", "--year", "2027");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("2027-05-07").contains("vrijdag na Hemelvaartsdag");
    }

    @Test
    void deadlineJsonHasTheContractFields() {
        // Vw 2000 art. 69(1): announced 2023-03-10, 4 weeks → Good Friday 2023-04-07 → 2023-04-11
        CliRunner.Result r = CliRunner.run(
                "deadline",
                "--procedure",
                "appeal-regular",
                "--received",
                "2023-03-10",
                "--on",
                "2023-04-12",
                "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Map<String, Object> root = json(r.out());
        assertThat(root)
                .containsEntry("deadline", "2023-04-11")
                .containsEntry("rawDeadline", "2023-04-07")
                .containsEntry("calculus", "DUTCH_STATUTORY")
                .containsEntry("daysLeft", -1);
        List<Map<String, Object>> steps = (List<Map<String, Object>>) root.get("explanation");
        assertThat(steps).anySatisfy(s -> {
            assertThat((String) s.get("text")).contains("Goede Vrijdag");
            assertThat((String) s.get("source")).contains("Algemene termijnenwet art. 3(2)");
        });
    }

    @Test
    void deadlineWithSuspensionAndExtension() {
        CliRunner.Result r = CliRunner.run(
                "deadline",
                "--procedure",
                "regular",
                "--received",
                "2025-12-01",
                "--suspension",
                "2026-01-05/2026-01-14:INCOMPLETE_APPLICATION",
                "--extension",
                "P90D:VW_25_2:2026-02-20",
                "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // 2025-12-01 + 90 days = 2026-03-01; + 90 days extension = 2026-05-30; + 10 suspended days = 2026-06-09
        assertThat(json(r.out()))
                .containsEntry("rawDeadline", "2026-06-09")
                .containsEntry("deadline", "2026-06-09")
                .doesNotContainKey("daysLeft");
    }

    @Test
    void arbitraryTermWithCalculus() {
        CliRunner.Result r = CliRunner.run(
                "deadline", "--term", "P6M", "--calculus", "DUBLIN_ART_42", "--received", "2025-08-31", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(json(r.out())).containsEntry("deadline", "2026-02-28");
    }

    @Test
    void badInputExitsWithTwoAndOneLine() {
        for (String[] args : List.of(
                new String[] {"deadline", "--procedure", "nope", "--received", "2026-01-01"},
                new String[] {"deadline", "--procedure", "regular", "--received", "2026-13-01"},
                new String[] {
                    "deadline",
                    "--procedure",
                    "regular",
                    "--received",
                    "2026-01-10",
                    "--suspension",
                    "2026-01-05/2026-01-20"
                },
                new String[] {
                    "deadline",
                    "--procedure",
                    "regular",
                    "--received",
                    "2026-01-10",
                    "--suspension",
                    "2026-02-05/2026-01-20"
                },
                new String[] {"deadline", "--term", "P-3D", "--received", "2026-01-10"},
                new String[] {"deadline", "--received", "2026-01-10", "--no-such-option"},
                new String[] {"holidays", "--year", "1900"})) {
            CliRunner.Result r = CliRunner.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("error: ").doesNotContain("\tat ");
            assertThat(r.err().lines().count()).isEqualTo(1);
        }
    }

    @Test
    void helpOnEveryCommand() {
        for (String cmd : List.of("tour", "holidays", "deadline")) {
            CliRunner.Result r = CliRunner.run(cmd, "--help");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Usage:");
        }
    }

    @Test
    void tourRuns() {
        CliRunner.Result r = CliRunner.run("tour");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // the deadlines example: Good Friday 2023 moves the appeal period to 2023-04-11
        assertThat(r.out()).contains("Legal deadlines").contains("2023-04-11").contains("2024-08-30");
    }
}
