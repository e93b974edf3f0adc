package io.github.migratiekit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command line's contract for bad input: exit code 2, exactly one line on standard error that starts with the
 * option and the value exactly as typed, nothing on standard output, and no stack trace, Java class name, parser
 * configuration or internal value in the line. One row per case found by hand or by a tester.
 */
class CliContractTest {
    @TempDir
    static Path dir;

    private static final Path DUBLIN_CASE = Path.of("src/main/resources/dublin/ammr-documents-HU.json");
    private static final Path EVENTS = Path.of("src/main/resources/procedure/regular.json");

    /** Text that must never reach a user. */
    static final List<String> FORBIDDEN = List.of(
            "Exception",
            "java.",
            "javax.",
            "tools.jackson",
            "\tat ",
            "Feature.",
            "REDACTED",
            "[Source:",
            "POJO",
            "controlEpochDay",
            "epochDay",
            "io.github",
            "Caused by",
            "Constraints");

    private static Path file(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void files() throws IOException {
        file("null.json", "null\n");
        file("empty.json", "");
        file("blank.json", " \n\t\n");
        file("garbage.json", "{{{ not json");
        file("list.json", "[1, 2, 3]\n");
        file("string.json", "\"a case\"\n");
        file("truncated.json", "{\"kind\": \"REGULAR\", \"events\": [\n");
        file("unknown-kind.json", "{\"kind\": \"TOURIST\", \"events\": []}\n");
        file(
                "unknown-event.json",
                "{\"kind\": \"REGULAR\", \"events\": [{\"type\": \"bogus\", \"date\": \"2026-01-05\"}]}");
        file("big-number.json", "{\"kind\": \"REGULAR\", \"events\": [], \"x\": " + "9".repeat(2000) + "}");
        file("deep.json", "{\"kind\": " + "[".repeat(3000) + "]".repeat(3000) + "}");
        file(
                "null-date.json",
                "{\"kind\": \"REGULAR\", \"events\": [{\"type\": \"application-lodged\", \"date\": null}]}");
        Files.write(dir.resolve("latin1.json"), "{\"kind\": \"R\u00e9GULAR\"}".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(
                dir.resolve("dublin-unknown-state.json"),
                Files.readString(DUBLIN_CASE).replace("\"state\": \"NL\"", "\"state\": \"XX\""));
        Files.writeString(
                dir.resolve("dublin-bad-enum.json"),
                Files.readString(DUBLIN_CASE).replace("\"SHORT_STAY_VISA\"", "\"VISA\""));
        file("a-file", "not a directory\n");
        String header = "gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners_2025_01_01\n";
        // Long.MAX_VALUE is 9223372036854775807: two of these overflow a long sum
        file(
                "overflow.csv",
                header + "GM0001,A,PV20,Groningen,9000000000000000000\nGM0002,B,PV21,Friesland,9000000000000000000\n");
        file("large-population.csv", header + "GM0001,A,PV20,Groningen,1000000000000\nGM0002,B,PV21,Friesland,3\n");
        file("negative.csv", header + "GM0001,A,PV20,Groningen,-5\n");
        file("stays.csv", "travellerId,entry,exit\nT1,2026-01-05,2026-01-20\n");
        StringBuilder longLine = new StringBuilder(header);
        longLine.append("GM0001,").append("A".repeat(20_000)).append(",PV20,Groningen,5\n");
        file("long-line.csv", longLine.toString());
        Files.write(dir.resolve("nul.csv"), new byte[] {'g', 'm', 0, '\n'});
    }

    static Stream<Arguments> badInput() {
        String d = dir.toString();
        List<Arguments> cases = new ArrayList<>();
        // deadline: a term or extension past any calendar; the wrong option blamed
        cases.add(bad("--term", "P999999999Y", "deadline", "--received", "2024-01-01", "--term", "P999999999Y"));
        cases.add(bad("--term", "P150Y", "deadline", "--received", "2024-01-01", "--term", "P150Y"));
        // each fine alone, together past the Atw calendar (2100): both are named, the start first
        cases.add(bad(
                "--received",
                "2024-01-01",
                "deadline",
                "--received",
                "2024-01-01",
                "--term",
                "P90Y",
                "--calculus",
                "EU_REGULATION_1182_71"));
        cases.add(bad("--term", "P6X", "deadline", "--received", "2024-01-01", "--term", "P6X"));
        cases.add(bad("--term", "-P6W", "deadline", "--received", "2024-01-01", "--term", "-P6W"));
        cases.add(bad(
                "--extension",
                "P999999999Y:AWB_4_14:2024-01-02",
                "deadline",
                "--received",
                "2024-01-01",
                "--term",
                "P6W",
                "--extension",
                "P999999999Y:AWB_4_14:2024-01-02"));
        cases.add(bad(
                "--extension",
                "xx:AWB_4_14:2024-01-02",
                "deadline",
                "--received",
                "2024-01-01",
                "--term",
                "P6W",
                "--extension",
                "xx:AWB_4_14:2024-01-02"));
        cases.add(bad(
                "--extension",
                "-P1M:AWB_4_14:2024-01-02",
                "deadline",
                "--received",
                "2024-01-01",
                "--term",
                "P6W",
                "--extension",
                "-P1M:AWB_4_14:2024-01-02"));
        cases.add(bad(
                "--extension",
                "P1M:AWB_4_14:2025-06-01",
                "deadline",
                "--received",
                "2024-01-01",
                "--term",
                "P6W",
                "--extension",
                "P1M:AWB_4_14:2024-01-10",
                "--extension",
                "P1M:AWB_4_14:2025-06-01"));
        cases.add(bad(
                "--extension",
                "P1M:NOPE:2024-01-02",
                "deadline",
                "--received",
                "2024-01-01",
                "--term",
                "P6W",
                "--extension",
                "P1M:NOPE:2024-01-02"));
        cases.add(bad(
                "--suspension",
                "2023-01-01/2023-01-05",
                "deadline",
                "--received",
                "2024-01-01",
                "--term",
                "P6W",
                "--suspension",
                "2024-01-10/2024-01-12",
                "--suspension",
                "2023-01-01/2023-01-05"));
        cases.add(bad(
                "--suspension",
                "2024-01-10/2024-01-12:BOREDOM",
                "deadline",
                "--received",
                "2024-01-01",
                "--term",
                "P6W",
                "--suspension",
                "2024-01-10/2024-01-12:BOREDOM"));
        cases.add(bad(
                "--calculus", "ROMAN", "deadline", "--received", "2024-01-01", "--term", "P6W", "--calculus", "ROMAN"));
        cases.add(bad("--received", "2024-02-30", "deadline", "--received", "2024-02-30", "--term", "P6W"));
        cases.add(bad("--received", "+999999999-12-31", "deadline", "--received", "+999999999-12-31", "--term", "P6W"));
        cases.add(bad("--received", "2100-12-01", "deadline", "--received", "2100-12-01", "--procedure", "asylum"));
        cases.add(bad("--procedure", "holiday", "deadline", "--received", "2024-01-01", "--procedure", "holiday"));
        cases.add(
                bad("--term", "P6W", "deadline", "--received", "2024-01-01", "--procedure", "asylum", "--term", "P6W"));
        cases.add(bad(
                "--on", "9999-01-01", "deadline", "--received", "2024-01-01", "--term", "P6W", "--on", "9999-01-01"));
        cases.add(bad("--year", "99999", "holidays", "--year", "99999"));
        // JSON files: null, empty, garbage, the wrong shape, unknown values, not UTF-8, endless input
        for (String[] c :
                List.of(new String[] {"dublin", "--case"}, new String[] {"dublin-deadlines", "--case"}, new String[] {
                    "procedure", "--events"
                })) {
            for (String f : List.of(
                    "null.json",
                    "empty.json",
                    "blank.json",
                    "garbage.json",
                    "list.json",
                    "string.json",
                    "truncated.json",
                    "latin1.json",
                    "missing.json")) {
                cases.add(fileCase(c[0], c[1], d + "/" + f));
            }
            cases.add(fileCase(c[0], c[1], "/dev/zero"));
            cases.add(fileCase(c[0], c[1], d));
        }
        for (String f :
                List.of("unknown-kind.json", "unknown-event.json", "null-date.json", "big-number.json", "deep.json")) {
            cases.add(fileCase("procedure", "--events", d + "/" + f));
        }
        for (String f : List.of("dublin-unknown-state.json", "dublin-bad-enum.json")) {
            cases.add(fileCase("dublin", "--case", d + "/" + f));
        }
        cases.add(bad("--regime", "DUBLIN_II", "dublin", "--case", DUBLIN_CASE.toString(), "--regime", "DUBLIN_II"));
        cases.add(bad("--on", "2024-13-01", "procedure", "--events", EVENTS.toString(), "--on", "2024-13-01"));
        // charts: under a regular file, in a missing directory, a directory itself, a read-only place
        for (String chart : List.of(d + "/a-file/chart.svg", d + "/no-such-dir/chart.svg", d, "/proc/chart.svg")) {
            cases.add(bad(
                    "--chart",
                    chart,
                    "schengen",
                    "--stay",
                    "2026-01-10/2026-03-20",
                    "--on",
                    "2026-06-15",
                    "--chart",
                    chart));
            cases.add(
                    bad("--chart", chart, "taakstelling", "--period", "2024-II", "--total", "17000", "--chart", chart));
        }
        // CSV files: endless, NUL, overlong lines, sums past a long, negative numbers, missing
        for (String f : List.of(
                "/dev/zero",
                d + "/nul.csv",
                d + "/long-line.csv",
                d + "/overflow.csv",
                d + "/negative.csv",
                d + "/missing.csv",
                d)) {
            cases.add(
                    bad("--population", f, "taakstelling", "--period", "2024-II", "--total", "100", "--population", f));
            cases.add(bad("--population", f, "spreiding", "--places", "100", "--population", f));
        }
        for (String f : List.of("/dev/zero", d + "/nul.csv", d + "/long-line.csv", d + "/missing.csv")) {
            cases.add(bad("--weights", f, "spreiding", "--places", "100", "--weights", f));
            cases.add(bad("--realised", f, "taakstelling", "--period", "2024-II", "--total", "100", "--realised", f));
        }
        cases.add(
                bad("--total", "100000000000000", "taakstelling", "--period", "2024-II", "--total", "100000000000000"));
        cases.add(bad(
                "--total",
                "10000000",
                "taakstelling",
                "--period",
                "2024-II",
                "--total",
                "10000000",
                "--population",
                d + "/large-population.csv"));
        cases.add(bad("--total", "-1", "taakstelling", "--period", "2024-II", "--total", "-1"));
        cases.add(bad("--places", "-1", "spreiding", "--places", "-1"));
        cases.add(bad("--period", "2024-III", "taakstelling", "--period", "2024-III", "--total", "10"));
        cases.add(bad("--method", "cube", "taakstelling", "--period", "2024-II", "--total", "10", "--method", "cube"));
        // Schengen: dates past the supported years, conflicting stays, a stay too short or long
        cases.add(bad("--on", "9999-12-31", "schengen", "--stay", "2026-01-10/2026-03-20", "--on", "9999-12-31"));
        cases.add(bad("--on", "9999-12-31", "schengen-batch", "--input", d + "/stays.csv", "--on", "9999-12-31"));
        cases.add(bad("--entry", "1800-01-01", "schengen-batch", "--input", d + "/stays.csv", "--entry", "1800-01-01"));
        cases.add(bad(
                "--stay",
                "2026-01-15/2026-01-20",
                "schengen",
                "--stay",
                "2026-01-10/2026-03-20",
                "--stay",
                "2026-01-15/2026-01-20",
                "--on",
                "2026-06-15"));
        cases.add(bad("--stay", "2026-03-20/2026-01-10", "schengen", "--stay", "2026-03-20/2026-01-10"));
        // no @FILE expansion: the value is what was typed, and an endless file is never read
        cases.add(bad("--stay", "@/dev/zero", "schengen", "--stay", "@/dev/zero"));
        cases.add(bad(
                "--min-days",
                "91",
                "schengen",
                "--stay",
                "2026-01-10/2026-03-20",
                "--on",
                "2026-06-15",
                "--entry",
                "2026-07-01",
                "--min-days",
                "91"));
        return cases.stream();
    }

    private static Arguments bad(String option, String value, String... args) {
        return Arguments.of(option, value, List.of(args));
    }

    private static Arguments fileCase(String command, String option, String file) {
        return command.equals("dublin-deadlines")
                ? bad(option, file, command, option, file, "--on", "2026-06-01")
                : bad(option, file, command, option, file);
    }

    @ParameterizedTest(name = "{0} {1} in {2}")
    @MethodSource("badInput")
    void badInputGivesExitTwoAndOneLineNamingTheOptionAndTheValueAsTyped(
            String option, String value, List<String> args) {
        assertContract(CliRunner.run(args.toArray(String[]::new)), option, value);
    }

    /** Exit 2, one line naming the option and the value as typed, nothing on standard output, nothing internal. */
    static void assertContract(CliRunner.Result r, String option, String value) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).as(r.err()).hasSize(1);
        String line = lines.get(0);
        assertThat(line).startsWith("error: " + option + " " + OptionException.quote(value) + ": ");
        for (String f : FORBIDDEN) {
            assertThat(line).as("leaks '%s'", f).doesNotContain(f);
        }
        assertThat(r.out()).as("no partial output").isEmpty();
    }

    @Test
    void chartsAreWrittenToExactlyThePathGivenAndNoDirectoryIsCreated() throws IOException {
        Path chart = dir.resolve("days-used");
        CliRunner.Result r = CliRunner.run(
                "schengen", "--stay", "2026-01-10/2026-03-20", "--on", "2026-06-15", "--chart", chart.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(chart).exists();
        assertThat(dir.resolve("days-used.svg")).doesNotExist();
        assertThat(Files.readString(chart)).contains("<svg");
        Path nested = dir.resolve("new-dir/sub/chart.svg");
        CliRunner.Result refused =
                CliRunner.run("taakstelling", "--period", "2024-II", "--total", "17000", "--chart", nested.toString());
        assertContract(refused, "--chart", nested.toString());
        assertThat(dir.resolve("new-dir")).doesNotExist();
    }

    @Test
    void aChartInAReadOnlyDirectoryIsRefused() throws IOException {
        Path ro = Files.createDirectories(dir.resolve("read-only"));
        assumeTrue(ro.toFile().setWritable(false, false), "cannot make a read-only directory");
        try {
            // the superuser may write anywhere; then this case cannot be shown here
            assumeTrue(!Files.isWritable(ro), "running as the superuser");
            String chart = ro.resolve("chart.svg").toString();
            assertContract(
                    CliRunner.run(
                            "schengen", "--stay", "2026-01-10/2026-03-20", "--on", "2026-06-15", "--chart", chart),
                    "--chart",
                    chart);
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    @Test
    void aChartThatCannotBeWrittenLeavesNoFileAndNamesTheOption() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        CliRunner.Result r = CliRunner.run(
                "schengen", "--stay", "2026-01-10/2026-03-20", "--on", "2026-06-15", "--chart", "/dev/full");
        assertContract(r, "--chart", "/dev/full");
        assertThat(r.err()).contains("no space left on device");
    }

    @Test
    void outputToAFullDiskIsAnErrorNotASuccess() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        for (List<String> args : List.of(
                List.of("taakstelling", "--period", "2024-II", "--total", "17000"),
                List.of("holidays", "--year", "2026", "--json"),
                List.of("deadline", "--received", "2024-04-10", "--procedure", "asylum"))) {
            StringWriter err = new StringWriter();
            Writer full = new OutputStreamWriter(new FileOutputStream("/dev/full"), StandardCharsets.UTF_8);
            int code = Main.run(new PrintWriter(full), new PrintWriter(err), args.toArray(String[]::new));
            try {
                full.close();
            } catch (IOException expected) {
                // closing flushes again into the full device
            }
            assertThat(code).as(args + ": " + err).isEqualTo(2);
            assertThat(err.toString().lines().toList()).hasSize(1);
            assertThat(err.toString()).startsWith("error: standard output: cannot write");
        }
    }

    @Test
    void aByteOrderMarkInACsvHeaderIsAccepted() throws IOException {
        // as Excel writes "CSV UTF-8": EF BB BF before the header
        String bom = "\uFEFF";
        Path pop = file(
                "bom-population.csv",
                bom + "gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners_2025_01_01\r\n"
                        + "GM0001,A,PV20,Groningen,300\r\nGM0002,B,PV21,Friesland,100\r\n");
        CliRunner.Result r = CliRunner.run(
                "taakstelling", "--period", "2026-I", "--total", "4", "--population", pop.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // 300:100 of 4 = 3 and 1 (Huisvestingswet 2014 art. 28: in proportion to the inhabitants)
        assertThat(r.out()).contains("\"allocated\" : 3").contains("\"allocated\" : 1");
        Path weights = file("bom-weights.csv", bom + "gemeentecode,factor\r\nGM0014,1.2\r\n");
        CliRunner.Result w = CliRunner.run("spreiding", "--places", "100", "--weights", weights.toString());
        assertThat(w.exitCode()).as(w.err()).isZero();
        Path realised = file("bom-realised.csv", bom + "gemeentecode,gehuisvest\r\nGM0014,10\r\n");
        CliRunner.Result h = CliRunner.run(
                "taakstelling", "--period", "2024-II", "--total", "17000", "--realised", realised.toString());
        assertThat(h.exitCode()).as(h.err()).isZero();
    }

    @Test
    void everyHelpPrintsWithoutWarnings() {
        CommandLine root = new CommandLine(new Main());
        List<String> commands = new ArrayList<>(root.getSubcommands().keySet());
        commands.add(0, "");
        for (String command : commands) {
            for (String sub : subcommands(root, command)) {
                List<String> args = new ArrayList<>();
                if (!command.isEmpty()) {
                    args.add(command);
                }
                if (!sub.isEmpty()) {
                    args.add(sub);
                }
                args.add("--help");
                CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
                assertThat(r.exitCode()).as(args.toString()).isZero();
                assertThat(r.err()).as(args.toString()).isEmpty();
                assertThat(r.out()).as(args.toString()).doesNotContain("%n").contains("Usage:");
            }
        }
    }

    private static List<String> subcommands(CommandLine root, String command) {
        List<String> subs = new ArrayList<>();
        subs.add("");
        if (!command.isEmpty()) {
            subs.addAll(root.getSubcommands().get(command).getSubcommands().keySet());
        }
        return subs;
    }

    @Test
    void anArgumentFileIsNotReadButRefusedAsTyped() {
        CliRunner.Result r = CliRunner.run("holidays", "--year", "2026", "@/dev/zero");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("error: ").contains("'@/dev/zero'");
    }

    @Test
    void theParserLimitsAreThoseDocumented() throws IOException {
        // a CSV larger than the limit is refused after reading at most the limit
        Path big = dir.resolve("big.csv");
        Files.writeString(big, "a,b\n".repeat(40));
        InputFiles.Limits tiny = new InputFiles.Limits(100, 50);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputFiles.text("--x", big.toString(), tiny))
                .isInstanceOf(OptionException.class)
                .hasMessageContaining("larger than 100 bytes");
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, "a,b\n" + "c".repeat(51) + "\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputFiles.text("--x", wide.toString(), tiny))
                .isInstanceOf(OptionException.class)
                .hasMessageContaining("line 2 is longer than 50 bytes");
        Path fits = dir.resolve("fits.csv");
        Files.writeString(fits, "\uFEFF" + "a,b\n".repeat(20));
        assertThat(InputFiles.text("--x", fits.toString(), tiny))
                .startsWith("a,b\n")
                .hasSize(80);
    }
}
