package io.github.migratiekit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.examples.cli.testing.CliValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the command line over random option values: whatever a user types for one option of an otherwise
 * valid command line (any text, or text shaped like the option's values with random parts, or a file with random
 * content), the command either succeeds (exit 0) or refuses with exit 2 and one line naming that option; never
 * exit 1, a stack trace or an internal text. Deepen with {@code -DQT_EXAMPLES=…}.
 */
class CliRobustnessTest {
    @TempDir
    static Path dir;

    private static final AtomicLong FILES = new AtomicLong();

    /** How the generated text reaches the command: as the value, as a file's content, or as a chart file name. */
    enum Via {
        VALUE,
        FILE_CONTENT,
        CHART_NAME
    }

    /**
     * One option of one valid command line.
     *
     * @param option the option whose value is generated
     * @param base a valid command line; the option's value in it is replaced, or the option added
     * @param values the generated texts
     * @param via how the text reaches the command
     */
    record Slot(String option, List<String> base, Gen<String> values, Via via) {
        @Override
        public String toString() {
            return String.join(" ", base) + " [" + option + "]";
        }
    }

    /**
     * One generated case.
     *
     * @param slot the option
     * @param text the generated text
     */
    record Case(Slot slot, String text) {
        @Override
        public String toString() {
            return slot + " = " + OptionException.quote(text);
        }
    }

    @BeforeAll
    static void files() throws IOException {
        Files.writeString(dir.resolve("stays.csv"), "travellerId,entry,exit\nT1,2026-01-05,2026-01-20\n");
        Files.createDirectories(dir.resolve("charts"));
    }

    private static List<Slot> slots() {
        String dublin = read("src/main/resources/dublin/ammr-documents-HU.json");
        String events = read("src/main/resources/procedure/regular.json");
        String dublinFile = "src/main/resources/dublin/ammr-documents-HU.json";
        String stays = dir.resolve("stays.csv").toString();
        Gen<String> any = CliValues.anyText();
        List<String> term = List.of("deadline", "--received", "2024-04-10", "--term", "P6W");
        List<String> procedure = List.of("deadline", "--procedure", "asylum", "--received", "2024-04-10");
        List<String> schengen = List.of("schengen", "--stay", "2026-01-10/2026-03-20", "--on", "2026-06-15");
        List<String> plan =
                List.of("schengen", "--stay", "2026-01-10/2026-03-20", "--on", "2026-06-15", "--entry", "2026-07-01");
        List<String> batch = List.of("schengen-batch", "--input", stays, "--on", "2026-06-15");
        List<String> taak = List.of("taakstelling", "--period", "2024-II", "--total", "17000");
        List<String> spreiding = List.of("spreiding", "--places", "96000");
        List<Slot> s = new ArrayList<>();
        s.add(new Slot("--year", List.of("holidays", "--year", "2026"), any.mix(CliValues.numbers(), 60), Via.VALUE));
        s.add(new Slot("--received", term, any.mix(CliValues.isoLikeDates(), 70), Via.VALUE));
        s.add(new Slot("--term", term, any.mix(CliValues.periods(), 70), Via.VALUE));
        s.add(new Slot(
                "--calculus",
                term,
                any.mix(Generate.pick(List.of("DUBLIN_ART_42", "eu-regulation-1182-71")), 30),
                Via.VALUE));
        s.add(new Slot("--suspension", term, any.mix(CliValues.ranges(), 70), Via.VALUE));
        s.add(new Slot("--extension", term, any.mix(CliValues.extensions(), 70), Via.VALUE));
        s.add(new Slot("--on", term, any.mix(CliValues.isoLikeDates(), 70), Via.VALUE));
        s.add(new Slot(
                "--procedure",
                procedure,
                any.mix(Generate.pick(List.of("asylum", "objection", "regular")), 20),
                Via.VALUE));
        s.add(new Slot("--received", procedure, any.mix(CliValues.isoLikeDates(), 70), Via.VALUE));
        s.add(new Slot("--extension", procedure, any.mix(CliValues.extensions(), 70), Via.VALUE));
        s.add(new Slot(
                "--events", List.of("procedure", "--events", "x"), CliValues.jsonContents(events), Via.FILE_CONTENT));
        s.add(new Slot("--events", List.of("procedure", "--events", "x"), any, Via.VALUE));
        s.add(new Slot(
                "--on",
                List.of("procedure", "--events", "src/main/resources/procedure/regular.json"),
                any.mix(CliValues.isoLikeDates(), 70),
                Via.VALUE));
        s.add(new Slot("--case", List.of("dublin", "--case", "x"), CliValues.jsonContents(dublin), Via.FILE_CONTENT));
        s.add(new Slot("--regime", List.of("dublin", "--case", dublinFile), any, Via.VALUE));
        s.add(new Slot(
                "--case",
                List.of("dublin-deadlines", "--case", "x", "--on", "2026-10-01"),
                CliValues.jsonContents(dublin),
                Via.FILE_CONTENT));
        s.add(new Slot(
                "--on",
                List.of("dublin-deadlines", "--case", dublinFile, "--on", "2026-10-01"),
                any.mix(CliValues.isoLikeDates(), 70),
                Via.VALUE));
        s.add(new Slot("--stay", schengen, any.mix(CliValues.ranges(), 70), Via.VALUE));
        s.add(new Slot("--excluded", schengen, any.mix(CliValues.ranges(), 70), Via.VALUE));
        s.add(new Slot("--on", schengen, any.mix(CliValues.isoLikeDates(), 70), Via.VALUE));
        s.add(new Slot("--entry", plan, any.mix(CliValues.isoLikeDates(), 70), Via.VALUE));
        s.add(new Slot("--min-days", plan, any.mix(CliValues.numbers(), 70), Via.VALUE));
        s.add(new Slot("--chart", schengen, any, Via.CHART_NAME));
        s.add(new Slot("--on", batch, any.mix(CliValues.isoLikeDates(), 70), Via.VALUE));
        s.add(new Slot("--entry", batch, any.mix(CliValues.isoLikeDates(), 70), Via.VALUE));
        s.add(new Slot(
                "--period",
                taak,
                any.mix(Generate.pick(List.of("1900-I", "2200-II", "99999-I", "2024-0")), 20),
                Via.VALUE));
        s.add(new Slot("--total", taak, any.mix(CliValues.numbers(), 70), Via.VALUE));
        s.add(new Slot(
                "--method", taak, any.mix(Generate.pick(List.of("dhondt", "sainte-lague", "round")), 20), Via.VALUE));
        s.add(new Slot("--population", taak, CliValues.csvContents(), Via.FILE_CONTENT));
        s.add(new Slot("--realised", taak, CliValues.csvContents(), Via.FILE_CONTENT));
        s.add(new Slot("--chart", taak, any, Via.CHART_NAME));
        s.add(new Slot("--places", spreiding, any.mix(CliValues.numbers(), 70), Via.VALUE));
        s.add(new Slot("--weights", spreiding, CliValues.csvContents(), Via.FILE_CONTENT));
        s.add(new Slot("--population", spreiding, CliValues.csvContents(), Via.FILE_CONTENT));
        s.add(new Slot("--population", spreiding, any, Via.VALUE));
        return s;
    }

    private static Gen<Case> cases() {
        return Generate.pick(slots()).flatMap(slot -> slot.values().map(text -> new Case(slot, text)));
    }

    @Test
    void noOptionValueGivesAnExitCodeOtherThanZeroOrTwo() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(cases())
                .checkAssert(c -> {
                    String value = valueFor(c);
                    List<String> args = with(c.slot().base(), c.slot().option(), value);
                    CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
                    assertThat(r.exitCode()).as(c + "\n" + r.err()).isIn(0, 2);
                    if (r.exitCode() == 2) {
                        List<String> lines = r.err().lines().toList();
                        assertThat(lines).as(c.toString()).hasSize(1);
                        assertThat(lines.get(0))
                                .as(c.toString())
                                .startsWith("error: ")
                                .contains(c.slot().option());
                        for (String f : CliContractTest.FORBIDDEN) {
                            assertThat(lines.get(0)).as(c.toString()).doesNotContain(f);
                        }
                    }
                });
    }

    private static String valueFor(Case c) {
        switch (c.slot().via()) {
            case FILE_CONTENT:
                Path f = dir.resolve("input-" + FILES.incrementAndGet());
                try {
                    Files.write(f, c.text().getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return f.toString();
            case CHART_NAME:
                return dir.resolve("charts") + "/" + c.text();
            case VALUE:
            default:
                return c.text();
        }
    }

    /** The command line with the option's value replaced, or the option added. */
    static List<String> with(List<String> base, String option, String value) {
        List<String> args = new ArrayList<>(base);
        int i = args.indexOf(option);
        if (i >= 0) {
            args.set(i + 1, value);
        } else {
            args.add(option);
            args.add(value);
        }
        return args;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
